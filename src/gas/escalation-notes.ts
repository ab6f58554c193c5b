// The optional note staff leave for the pharmacist when escalating. It is internal: kept in
// script properties per thread (never in the audit sheet or logs) and removed when the thread is
// handled or the escalation cleared, so the store stays small.
import { deleteProperty, readJson, writeJson } from './properties';

const PREFIX = 'escalation.note.';
export const MAX_NOTE_CHARS = 500;

export interface EscalationNote {
  by: string;
  at: number;
  text: string;
}

export function readNote(threadId: string): EscalationNote | null {
  const note = readJson<EscalationNote>(PREFIX + threadId);
  return note && typeof note.text === 'string' ? note : null;
}

export function writeNote(threadId: string, note: EscalationNote): void {
  writeJson(PREFIX + threadId, { ...note, text: note.text.slice(0, MAX_NOTE_CHARS) });
}

export function deleteNote(threadId: string): void {
  deleteProperty(PREFIX + threadId);
}
