// Output for people: a fixed-width table of results and a readable evaluation report.
import type { TriageOutput } from '../core/types';
import type { Evaluation } from './evaluate';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function tableHeader(): string {
  return `${'id'.padEnd(28)} ${'lang'.padEnd(4)} ${'intent'.padEnd(16)} ${'conf'.padStart(5)} ${'priority'.padEnd(8)} reasons`;
}

export function tableRow(r: TriageOutput): string {
  const id = r.id.length > 28 ? `…${r.id.slice(-27)}` : r.id.padEnd(28);
  return `${id} ${r.language.padEnd(4)} ${r.intent.padEnd(16)} ${r.confidence.toFixed(2).padStart(5)} ${r.priority.padEnd(8)} ${r.reasons.join(',')}`;
}

export function evaluationReport(e: Evaluation): string {
  const lines: string[] = [];
  lines.push(`messages: ${e.count}`);
  lines.push(`intent accuracy ${pct(e.intentAccuracy)}   macro-F1 ${e.macroF1.toFixed(3)}`);
  lines.push(
    `escalation recall ${pct(e.escalationRecall)}   precision ${pct(e.escalationPrecision)}   emergency recall ${pct(e.emergencyRecall)} (${e.emergencyCount})`,
  );
  lines.push(`language accuracy ${pct(e.languageAccuracy)}`);
  lines.push('', 'per language:');
  for (const [lang, s] of Object.entries(e.perLanguage)) {
    lines.push(
      `  ${lang.padEnd(4)} n=${String(s.count).padEnd(4)} macro-F1 ${s.macroF1.toFixed(3)}  accuracy ${pct(s.intentAccuracy)}  esc recall ${pct(s.escalationRecall)}  esc precision ${pct(s.escalationPrecision)}  language ${pct(s.languageAccuracy)}`,
    );
  }
  lines.push('', 'per intent F1:');
  for (const [intent, f1] of Object.entries(e.perIntentF1))
    lines.push(`  ${intent.padEnd(17)} ${f1.toFixed(3)}`);
  const predicted = [...new Set(Object.values(e.confusion).flatMap((row) => Object.keys(row)))].sort();
  lines.push('', 'confusion (rows expected, columns predicted):');
  lines.push(`  ${''.padEnd(17)}${predicted.map((p) => p.slice(0, 6).padStart(7)).join('')}`);
  for (const [intent, row] of Object.entries(e.confusion).sort()) {
    lines.push(`  ${intent.padEnd(17)}${predicted.map((p) => String(row[p] ?? '.').padStart(7)).join('')}`);
  }
  lines.push('', `missed escalations: ${e.missedEscalations.length}`);
  for (const m of e.missedEscalations)
    lines.push(
      `  ${m.id}: expected [${m.expected.join(',')}], got ${m.got.intent} [${m.got.reasons.join(',')}]`,
    );
  lines.push(
    `false escalations: ${e.falseEscalations.length}${e.falseEscalations.length ? ` (${e.falseEscalations.slice(0, 20).join(', ')})` : ''}`,
  );
  return lines.join('\n');
}
