// Who is acting. Session can answer with an empty address (consumer accounts, some domain
// policies): callers must then refuse, never guess.
export function activeUserEmail(): string | null {
  try {
    const email = Session.getActiveUser().getEmail();
    return email ? email.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function effectiveUserEmail(): string | null {
  try {
    const email = Session.getEffectiveUser().getEmail();
    return email ? email.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isoTimestamp(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
}
