// Extraction for one message: who to greet, which medicines, which dates.
import type { DetectedLang, Extraction } from '../types';
import { joinSubjectBody } from '../escalation/detect';
import { extractDates } from './dates';
import { findMedications } from './medications';
import { extractPatientFirstName } from './patient';

export { extractDates } from './dates';
export { findMedications, skeleton } from './medications';
export { extractPatientFirstName, type PatientInput } from './patient';

export interface ExtractInput {
  from?: string;
  subject?: string;
  body?: string;
  signature?: string;
  language: DetectedLang;
}

/**
 * Medication offsets refer to `joinSubjectBody(subject, body)` (subject, blank line, body), the
 * same text `detectEscalation` reads, so its `medications` input can be this output.
 */
export function extract(input: ExtractInput): Extraction {
  const text = joinSubjectBody(input.subject, input.body);
  return {
    patientFirstName: extractPatientFirstName({
      from: input.from,
      body: input.body,
      signature: input.signature,
      language: input.language,
    }),
    medications: findMedications(text),
    dates: extractDates(text, input.language),
  };
}
