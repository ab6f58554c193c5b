// The triage pipeline: the same function serves the sidebar, the scanner and the command line.
// Order matters for safety: escalation rules run on every message a person wrote, and a reason
// escalates whatever the intent; the intent is the model's (which sees the rules' findings), except
// that a person's question about a medicine goes to the pharmacist and machine mail is never guessed.
import { emergencyFromModel, emergencyModel } from './escalation/emergency-model';
import { detectEscalation, type DetectResult, type ExtraRule } from './escalation/detect';
import { extract } from './extraction';
import { extractFeatures, type FeatureSet } from './intent/features';
import { isMedicineQuestion } from './intent/medicine-question';
import { intentModel, predictIntent } from './intent/model';
import { detectLanguage } from './language/detect';
import { prepareMessage, type PreparedMessage } from './text/prepare';
import type {
  DetectedLang,
  Evidence,
  Extraction,
  Intent,
  MessageInput,
  Priority,
  Reason,
  TriageOutput,
  TriageResult,
} from './types';

/** Above this confidence the model's administrative intent stands even for a question naming a medicine. */
export const MEDICINE_QUESTION_OVERRULES = 0.6;

export interface TriageOptions {
  extraRules?: ExtraRule[];
}

export function priorityOf(intent: Intent, reasons: Reason[], escalate: boolean): Priority {
  if (reasons.includes('emergency')) return 'urgent';
  if (escalate) return 'high';
  return intent === 'automated' ? 'low' : 'normal';
}

/** What the intent model sees beside the words: machine-mail hints, attachments, and the rules' findings. */
export function signalsOf(
  prepared: PreparedMessage,
  escalation: Pick<DetectResult, 'hits' | 'clinicalQuestion'>,
): string[] {
  const signals: string[] = [];
  if (prepared.automated) signals.push(`auto-${prepared.automated.kind}`);
  if (prepared.attachmentNames.length) signals.push('attachment');
  if (prepared.attachmentNames.some((n) => /\.(pdf|jpe?g|png|heic|tiff?)$/i.test(n)))
    signals.push('attachment-document');
  if (prepared.fresh.includes('?')) signals.push('question');
  for (const reason of new Set(escalation.hits.map((h) => h.reason))) signals.push(`reason-${reason}`);
  if (escalation.clinicalQuestion) signals.push('clinical-question');
  return signals;
}

export interface Analysis {
  prepared: PreparedMessage;
  language: DetectedLang;
  extraction: Extraction;
  escalation: DetectResult;
  features: FeatureSet;
  machineMade: boolean;
  returnedMail: boolean;
}

/** Everything but the intent decision: shared with training, so the model learns on what it will see. */
export function analyse(input: MessageInput, options: TriageOptions = {}): Analysis {
  const prepared = prepareMessage(input);
  const language = detectLanguageOf(prepared);
  const extraction = extract({
    from: input.from ?? '',
    subject: prepared.subject,
    body: prepared.fresh,
    signature: prepared.signature,
    language,
  });
  const machineMade = prepared.automated?.strong === true;
  const returnedMail =
    machineMade && (prepared.automated?.kind === 'bounce' || prepared.automated?.kind === 'report');
  const escalation = detectEscalation({
    subject: returnedMail ? '' : prepared.subject,
    body: returnedMail ? '' : prepared.fresh,
    language,
    medications: extraction.medications,
    extraRules: options.extraRules,
    subjectIsHistory: prepared.reply,
  });
  const attachmentText = prepared.attachmentNames.map((n) =>
    n.replace(/\.[a-z0-9]{2,4}$/i, '').replace(/[_.-]+/g, ' '),
  );
  const features = extractFeatures({
    subject: prepared.subject,
    text: [prepared.fresh, ...attachmentText].join('\n'),
    language,
    signals: signalsOf(prepared, escalation),
  });
  return { prepared, language, extraction, escalation, features, machineMade, returnedMail };
}

function uniqueSorted<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

function detectLanguageOf(prepared: PreparedMessage): DetectedLang {
  const text = `${prepared.subject}\n${prepared.fresh}`;
  const guess = detectLanguage(text);
  if (guess.language !== 'und' || prepared.fresh.length > 40) return guess.language;
  // A two-word reply: the quoted history is in the same conversation, usually the same language.
  return detectLanguage(`${text}\n${prepared.quoted.slice(0, 1_000)}`).language;
}

const PERSONAL_MAX_WORDS = 40;
/** Below this, the model alone may not file a message as automated (a contact form relaying a patient). */
export const AUTOMATED_MIN_CONFIDENCE = 0.8;

function looksPersonal(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= PERSONAL_MAX_WORDS && !/https?:\/\/|www\./i.test(text);
}

function secondBest(probabilities: Record<Intent, number>, not: Intent): Intent {
  let best: Intent = 'general';
  for (const [intent, p] of Object.entries(probabilities) as Array<[Intent, number]>)
    if (intent !== not && p > probabilities[best]) best = intent;
  return best;
}

export function triageMessage(input: MessageInput, options: TriageOptions = {}): TriageResult {
  const { prepared, language, extraction, escalation, features, machineMade, returnedMail } = analyse(
    input,
    options,
  );
  const model = intentModel();
  const prediction = predictIntent(features, model);

  let intent: Intent = prediction.intent;
  let confidence = prediction.confidence;
  if (
    intent === 'automated' &&
    !machineMade &&
    ((!prepared.automated && looksPersonal(prepared.fresh)) || confidence < AUTOMATED_MIN_CONFIDENCE)
  ) {
    // "Automated" is the label nobody reads: without mail software's own headers the model must be
    // sure, and a line or two without links and without any sign of mail software is somebody
    // writing. Otherwise the model's best human intent stands.
    intent = secondBest(prediction.probabilities, 'automated');
    confidence = prediction.probabilities[intent];
  }
  let decidedBy: TriageResult['decidedBy'] = 'model';
  let intentEvidence: Evidence[] = prediction.evidence;
  // Mail software's own messages (auto-replies, newsletters, spam) only escalate on an emergency
  // phrase: their "call 112 in an emergency" footers and drug adverts are not reports.
  const ruled = machineMade ? escalation.hits.filter((h) => h.reason === 'emergency') : escalation.hits;
  // The learned second opinion only adds an emergency the rules missed, and never on mail software's own mail.
  const learned =
    machineMade || ruled.some((h) => h.reason === 'emergency') ? null : emergencyFromModel(features);
  // an emergency explains the symptoms, as it does when a rule finds it
  const hits = learned ? [...ruled.filter((h) => h.reason !== 'symptoms'), learned] : ruled;
  if (machineMade && prepared.automated) {
    intent = 'automated';
    confidence = Math.max(confidence, prediction.intent === 'automated' ? prediction.confidence : 0.95);
    decidedBy = 'rule';
    intentEvidence = [prepared.automated.evidence];
  } else if (
    intent !== 'clinical' &&
    // Without any sign of mail software, a question about a medicine is a person's, however sure the model is.
    (prediction.confidence < MEDICINE_QUESTION_OVERRULES ||
      (intent === 'automated' && !prepared.automated)) &&
    (escalation.clinicalQuestion ||
      isMedicineQuestion(prepared.fresh || prepared.subject, extraction.medications, language))
  ) {
    // A question about a medicine that the model cannot place firmly elsewhere is a pharmacist's question.
    intent = 'clinical';
    confidence = Math.max(prediction.probabilities.clinical, model.threshold);
    decidedBy = 'rule';
    const because = escalation.clinicalQuestion ?? {
      phrase: extraction.medications[0]?.text ?? '?',
      rule: 'rule.medicine-question',
    };
    intentEvidence = [because, ...intentEvidence.slice(0, 2)];
  }

  const reasons = uniqueSorted(hits.map((h) => h.reason));
  const escalate = intent === 'clinical' || reasons.length > 0;
  const historyHints =
    prepared.quoted && !returnedMail
      ? detectEscalation({ subject: '', body: prepared.quoted, language, medications: [] }).hits.map(
          ({ phrase, rule }) => ({
            phrase,
            rule,
          }),
        )
      : [];
  const evidence = [...new Set([...intentEvidence, ...hits].map((e) => e.phrase))].slice(0, 8);

  return {
    id: input.id,
    language,
    intent,
    escalate,
    priority: priorityOf(intent, reasons, escalate),
    reasons,
    confidence: Math.round(confidence * 1000) / 1000,
    evidence,
    reasonHits: hits,
    intentEvidence,
    decidedBy,
    needsReview: decidedBy === 'model' && confidence < model.threshold,
    historyHints: historyHints.slice(0, 3),
    extraction,
    warnings: prepared.warnings,
    ruleSetVersion: `${escalation.ruleSetVersion}.${model.version}.${emergencyModel().version}`,
  };
}

/** The contract line, exactly: nothing else goes out of the command line. */
export function toOutput(result: TriageResult): TriageOutput {
  const { id, language, intent, escalate, priority, reasons, confidence, evidence } = result;
  return { id, language, intent, escalate, priority, reasons, confidence, evidence };
}
