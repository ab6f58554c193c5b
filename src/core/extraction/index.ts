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
 * same text `detectEscalation` reads, so its `medications` input can be this output. The name and
 * the dates are only read by cards and templates: they are found on first use.
 */
export function extract(input: ExtractInput): Extraction {
  const text = joinSubjectBody(input.subject, input.body);
  let name: string | null | undefined;
  let dates: string[] | undefined;
  return {
    get patientFirstName(): string | null {
      if (name === undefined)
        name = extractPatientFirstName({
          from: input.from,
          body: input.body,
          signature: input.signature,
          language: input.language,
        });
      return name;
    },
    medications: findMedications(text),
    get dates(): string[] {
      dates ??= extractDates(text, input.language);
      return dates;
    },
  };
}
