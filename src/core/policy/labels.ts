// Gmail label names. They stay the same in every interface language: the scanner finds work by
// them and the dashboard counts them. Only the prefix is the pharmacy's choice.
import type { Intent } from '../types';

export const DEFAULT_LABEL_PREFIX = 'Triage';

const INTENT_LABELS: Record<Intent, string> = {
  refill: 'Refill',
  new_prescription: 'New prescription',
  appointment: 'Appointment',
  lab_results: 'Lab results',
  billing: 'Billing',
  insurance: 'Insurance',
  stock: 'Stock',
  delivery: 'Delivery',
  clinical: 'Clinical',
  general: 'General',
  automated: 'Automated',
};

export interface LabelNames {
  intent(intent: Intent): string;
  allIntents(): string[];
  escalate: string;
  urgent: string;
  handled: string;
  error: string;
  /** Put on a thread after every effect of its triage is done: the scanner's "seen" marker. */
  processed: string;
  draftReady: string;
}

export function labelNames(prefix = DEFAULT_LABEL_PREFIX): LabelNames {
  const p = prefix.replace(/\/+$/, '') || DEFAULT_LABEL_PREFIX;
  return {
    intent: (intent) => `${p}/${INTENT_LABELS[intent]}`,
    allIntents: () => Object.values(INTENT_LABELS).map((l) => `${p}/${l}`),
    escalate: `${p}/Escalate`,
    urgent: `${p}/Escalate/Urgent`,
    handled: `${p}/Handled`,
    error: `${p}/Error`,
    processed: `${p}/Processed`,
    draftReady: `${p}/Draft ready`,
  };
}

/** Gmail's search syntax for a label: `/` and spaces become `-`, as Gmail itself writes it. */
export function labelQuery(name: string): string {
  return `label:${name.toLowerCase().replace(/[/\s]+/g, '-')}`;
}

/** Labels that follow from a triage result. */
export function labelsFor(
  result: { intent: Intent; escalate: boolean; priority: string },
  names: LabelNames,
): string[] {
  const labels = [names.intent(result.intent)];
  if (result.escalate) labels.push(names.escalate);
  if (result.priority === 'urgent') labels.push(names.urgent);
  return labels;
}
