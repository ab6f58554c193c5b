// Triage labels on one thread. A label a person deleted is created again on first use, so an
// action never fails because of a missing label. One lookup per label name per call.
export function labelNamed(name: string, create: boolean): GoogleAppsScript.Gmail.GmailLabel | null {
  const existing = GmailApp.getUserLabelByName(name);
  if (existing || !create) return existing ?? null;
  return GmailApp.createLabel(name);
}

export function addLabels(thread: GoogleAppsScript.Gmail.GmailThread, names: string[]): void {
  for (const name of names) labelNamed(name, true)!.addToThread(thread);
}

export function removeLabels(thread: GoogleAppsScript.Gmail.GmailThread, names: string[]): void {
  for (const name of names) labelNamed(name, false)?.removeFromThread(thread);
}
