// The words of ../shared/TRIAGE_SPEC.md, shared by the engine, the add-on and the command line.

export const FIRST_CLASS_LANGUAGES = ['en', 'fr', 'nl', 'da'] as const;
export const LANGUAGES = ['en', 'fr', 'nl', 'da', 'de', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type DetectedLang = Lang | 'und';

export const INTENTS = [
  'refill',
  'new_prescription',
  'appointment',
  'lab_results',
  'billing',
  'insurance',
  'stock',
  'delivery',
  'clinical',
  'general',
  'automated',
] as const;
export type Intent = (typeof INTENTS)[number];

export const REASONS = [
  'adverse_reaction',
  'allergy',
  'controlled_substance',
  'dosing',
  'emergency',
  'medication_conflict',
  'pregnancy',
  'prior_auth',
  'symptoms',
] as const;
export type Reason = (typeof REASONS)[number];

export type Priority = 'urgent' | 'high' | 'normal' | 'low';

/** One message as every reader (eml, mbox, JSON Lines, Gmail) hands it to the engine. */
export interface MessageInput {
  id: string;
  from?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
  html?: string;
  /** Header names in lower case; values as received (unfolded). */
  headers?: Record<string, string>;
  /** MIME types of the parts, e.g. `message/delivery-status`; lets reports be recognised. */
  contentTypes?: string[];
  attachmentNames?: string[];
  date?: string;
}

/** A piece of evidence: the phrase as it stands in the message, and the rule that found it. */
export interface Evidence {
  phrase: string;
  rule: string;
}

export interface ReasonHit extends Evidence {
  reason: Reason;
}

export interface MedicationMention {
  /** As written in the message. */
  text: string;
  /** Lower-case generic (or the brand when the generic is unknown). */
  generic: string;
  start: number;
  end: number;
}

export interface Extraction {
  patientFirstName: string | null;
  medications: MedicationMention[];
  dates: string[];
}

/** The line the command line prints, per the contract. */
export interface TriageOutput {
  id: string;
  language: DetectedLang;
  intent: Intent;
  escalate: boolean;
  priority: Priority;
  reasons: Reason[];
  confidence: number;
  evidence: string[];
}

/** What the add-on and scanner use: the contract line plus what explains and acts on it. */
export interface TriageResult extends TriageOutput {
  reasonHits: ReasonHit[];
  intentEvidence: Evidence[];
  decidedBy: 'model' | 'rule';
  /** True when the intent's confidence is under the threshold: a person should choose. */
  needsReview: boolean;
  /** Alarming words found only in quoted history: "check the thread history". */
  historyHints: Evidence[];
  extraction: Extraction;
  /** Set when the body could not be read fully (too big, broken encoding); the result still stands. */
  warnings: string[];
  ruleSetVersion: string;
}
