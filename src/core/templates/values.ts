import { emergencyNumberFor, type Settings } from '../config/settings';
import type { TriageResult } from '../types';
import type { TemplateValues } from './types';

/** Values for a reply: the patient's first name, medicine and date from the email, the rest from settings. */
export function templateValues(result: Pick<TriageResult, 'extraction'>, settings: Settings): TemplateValues {
  return {
    patientFirstName: result.extraction.patientFirstName,
    medication: result.extraction.medications[0]?.text,
    pharmacyName: settings.pharmacyName,
    pharmacyPhone: settings.phone,
    signature: settings.signature,
    emergencyNumber: emergencyNumberFor(settings),
    date: result.extraction.dates[0],
  };
}
