// `npx tsx scripts/escalation-report.ts [--lang xx] [--misses]`: escalation quality on the TRAINING
// split, for whoever extends the rule files. The dev split is for the final measurement only.
import { triageMessage } from '../src/core/triage';
import { loadCorpus } from './corpus';

const langIndex = process.argv.indexOf('--lang');
const languages = langIndex > 0 ? [process.argv[langIndex + 1]!] : undefined;
const rows = loadCorpus('train', languages);
let tp = 0;
let fp = 0;
let fn = 0;
let emergencies = 0;
let emergenciesFound = 0;
let falseEmergencies = 0;
for (const row of rows) {
  const result = triageMessage(row);
  const expectedEmergency = row.reasons.includes('emergency');
  const gotEmergency = result.reasons.includes('emergency');
  if (row.escalate && result.escalate) tp++;
  else if (row.escalate) fn++;
  else if (result.escalate) fp++;
  if (expectedEmergency) emergencies++;
  if (expectedEmergency && gotEmergency) emergenciesFound++;
  if (!expectedEmergency && gotEmergency) falseEmergencies++;
  if (
    process.argv.includes('--misses') &&
    (row.escalate !== result.escalate || expectedEmergency !== gotEmergency)
  )
    console.log(
      `${row.id}: expected ${row.escalate ? `[${row.reasons.join(',')}]` : 'no escalation'}, got ${result.intent} [${result.reasons.join(',')}]`,
    );
}
console.log(
  `train${languages ? ` (${languages.join(',')})` : ''}: ${rows.length} messages; escalation recall ${(tp / (tp + fn)).toFixed(3)}, precision ${(tp / (tp + fp)).toFixed(3)}; emergency recall ${emergenciesFound}/${emergencies}, false emergencies ${falseEmergencies}`,
);
