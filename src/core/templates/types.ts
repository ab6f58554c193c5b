// Reply templates: the words shared by the built-in packs, the renderer, the selector and the
// spreadsheet overrides. Pure data and types: no Node or Apps Script APIs.
import type { Intent, Lang } from '../types';

export const TEMPLATE_IDS = [
  'refill_confirmation',
  'refill_follow_up',
  'new_prescription_received',
  'appointment_confirmation',
  'appointment_reschedule',
  'lab_results_received',
  'invoice_sent',
  'insurance_in_progress',
  'stock_check',
  'out_of_stock',
  'delivery_pickup',
  'general_ack',
  'escalation_ack',
  'emergency_advice',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The only mustache names a template (built-in or from the spreadsheet) may use. */
export const PLACEHOLDERS = [
  'patientFirstName',
  'medication',
  'pharmacyName',
  'pharmacyPhone',
  'signature',
  'emergencyNumber',
  'date',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Values handed to the renderer. Anything missing, empty or refused by sanitising is "missing". */
export type TemplateValues = Partial<Record<Placeholder, string | null | undefined>>;

/** The longest value kept per placeholder; a longer value is refused (treated as missing), never cut. */
export const VALUE_LIMITS: Readonly<Record<Placeholder, number>> = {
  patientFirstName: 40,
  medication: 60,
  pharmacyName: 100,
  pharmacyPhone: 30,
  signature: 500,
  emergencyNumber: 20,
  date: 40,
};

/** One template as written in a language file (the language is the file's). */
export interface TemplateDef {
  id: TemplateId;
  /** The intents it answers; empty for `emergency_advice`, which the `emergency` reason selects. */
  intents: readonly Intent[];
  subject: string;
  body: string;
  version: string;
}

/** One language file: its templates and the words the renderer adds around them. */
export interface LanguagePack {
  language: Lang;
  /** The greeting used when the patient's first name is unknown ("Hello,", "Bonjour,"). */
  neutralGreeting: string;
  /** Last line of every rendered body: this mailbox is not for emergencies; may use {{emergencyNumber}}. */
  emergencyFooter: string;
  templates: readonly TemplateDef[];
}

/** A template ready to render: built-in or an override from the Templates tab. */
export interface Template {
  id: string;
  language: Lang;
  intents: readonly Intent[];
  subject: string;
  body: string;
  version: string;
  source: 'builtin' | 'override';
}

/** One row of the spreadsheet's Templates tab, as read. */
export interface TemplateRow {
  intent: string;
  language: string;
  subject: string;
  body: string;
  version: string;
  templateId?: string;
}

export interface TemplateRowError {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  code: string;
  detail?: string;
}

/** The template an intent gets when nothing escalates it; `automated` gets none. */
export const INTENT_TEMPLATE: Readonly<Record<Intent, TemplateId | null>> = {
  refill: 'refill_confirmation',
  new_prescription: 'new_prescription_received',
  appointment: 'appointment_confirmation',
  lab_results: 'lab_results_received',
  billing: 'invoice_sent',
  insurance: 'insurance_in_progress',
  // A stock question gets a neutral answer; "out of stock" is for staff to choose when it is true.
  stock: 'stock_check',
  delivery: 'delivery_pickup',
  clinical: 'escalation_ack',
  general: 'general_ack',
  automated: null,
};
