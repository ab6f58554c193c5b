// Every trap of the training corpus in the first-class languages (negation, the past, quoted
// history, signatures, question versus report) as its own test: the escalation must be the
// labelled one, and a message that must not escalate must carry no reason at all.
// KNOWN_MISSES are today's failures, kept visible: each runs as an expected failure, so fixing one
// makes its test fail until it is taken off the list.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus';
import { triageMessage } from '../../src/core/triage';

const KNOWN_MISSES = new Set<string>([
  'da-train-228',
  'da-train-253',
  'da-train-613',
  'da-train-664',
  'da-train-925',
  'da-train-927',
  'da-train-1919',
  'da-train-1930',
  'da-train-021',
  'da-train-113',
  'en-train-218',
  'en-train-244',
  'en-train-297',
  'en-train-416',
  'en-train-613',
  'en-train-664',
  'en-train-904',
  'en-train-911',
  'en-train-916',
  'en-train-918',
  'en-train-1951',
  'en-train-1957',
  'en-train-1958',
  'en-train-1963',
  'en-train-1966',
  'en-train-001',
  'en-train-024',
  'en-train-123',
  'en-train-126',
  'fr-train-211',
  'fr-train-347',
  'fr-train-740',
  'fr-train-741',
  'fr-train-742',
  'fr-train-926',
  'fr-train-1911',
  'fr-train-1917',
  'fr-train-1923',
  'fr-train-1958',
  'nl-train-1512',
  'nl-train-1578',
  'nl-train-288',
  'nl-train-398',
  'nl-train-822',
  'nl-train-1901',
  'nl-train-1911',
  'nl-train-1921',
  'nl-train-1923',
  'nl-train-1970',
  'nl-train-079',
  'nl-train-086',
  'nl-train-092',
  'nl-train-109',
  'nl-train-119',
]);

const traps = loadCorpus('train', ['en', 'fr', 'nl', 'da']).filter((row) => row.trap);

describe('corpus traps', () => {
  it('covers every first-class language and every kind of trap', () => {
    expect(new Set(traps.map((t) => t.language))).toEqual(new Set(['en', 'fr', 'nl', 'da']));
    for (const kind of ['negation', 'quoted', 'question', 'past', 'signature'])
      expect(
        traps.some((t) => t.trap === kind),
        kind,
      ).toBe(true);
    expect(KNOWN_MISSES.size / traps.length).toBeLessThan(0.2);
  });

  for (const row of traps) {
    const test = KNOWN_MISSES.has(row.id) ? it.fails : it;
    test(`${row.id} (${row.trap})`, () => {
      const result = triageMessage(row);
      expect(result.escalate).toBe(row.escalate);
      if (row.escalate) expect(result.reasons).toEqual(expect.arrayContaining(row.reasons));
      else expect(result.reasons).toEqual([]);
    });
  }
});
