// What may be prepared without a person: never anything clinical or escalated, and nothing is
// ever sent. Drafts wait in Gmail for a person to read, edit and send.
import type { Intent, TriageResult } from '../types';

export const ROUTINE_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'refill',
  'new_prescription',
  'appointment',
  'lab_results',
  'billing',
  'insurance',
  'stock',
  'delivery',
]);

export function mayPrepareRoutineDraft(
  result: Pick<TriageResult, 'intent' | 'escalate' | 'needsReview'>,
): boolean {
  return ROUTINE_INTENTS.has(result.intent) && !result.escalate && !result.needsReview;
}

export function mayPrepareEmergencyDraft(result: Pick<TriageResult, 'reasons'>): boolean {
  return result.reasons.includes('emergency');
}
