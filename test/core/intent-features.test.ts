import { describe, expect, it } from 'vitest';
import { extractFeatures, HASH_BITS } from '../../src/core/intent/features';
import { packWeights, unpackWeights } from '../../src/core/intent/packing';
import { decodeBase64, encodeBase64 } from '../../src/core/text/base64';
import { fnv1a } from '../../src/core/text/hash';
import { stem } from '../../src/core/intent/stem';

describe('intent features', () => {
  it('hashes character 3- and 4-grams in place into the same buckets as hashing the gram text', () => {
    const set = extractFeatures({ subject: '', text: 'refill', language: 'und', signals: [] });
    const mask = (1 << HASH_BITS) - 1;
    for (const gram of ['<re', 'ref', 'ill>', '<ref', 'fill'])
      expect(set.counts.has(fnv1a(`c:${gram}`) & mask), gram).toBe(true);
  });

  it('keeps the phrase each word feature came from, for the evidence shown to staff', () => {
    const set = extractFeatures({
      subject: 'Renouvellement',
      text: "l'ordonnance de Levothyrox",
      language: 'fr',
      signals: ['question'],
    });
    expect([...set.phrases.values()]).toEqual(expect.arrayContaining(['ordonnance', 'levothyrox']));
    // Signals weigh in the score but are no evidence: staff see the message's own words.
    expect([...set.phrases.values()]).not.toContain('question');
  });
});

describe('model packing', () => {
  it('round-trips 4-bit weights and varint buckets', () => {
    const weights = new Map<number, Int8Array>([
      [3, Int8Array.from([7, -7, 0, 1, -1, 2, -2, 3, -3, 4, -4])],
      [200_000, Int8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5])],
    ]);
    expect(unpackWeights(packWeights(weights, 11), 11)).toEqual(weights);
  });

  it('decodes what it encodes in base64 without atob', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => i % 256);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });
});

describe('seeded hashing', () => {
  it('puts words, stems and pairs in the buckets of their prefixed keys', () => {
    const set = extractFeatures({
      subject: 'refill',
      text: 'renewing prescriptions',
      language: 'en',
      signals: [],
    });
    const mask = (1 << HASH_BITS) - 1;
    const pair = `b:${stem('renewing', 'en')} ${stem('prescriptions', 'en')}`;
    for (const key of ['w:renewing', `s:${stem('renewing', 'en')}`, pair, 't:w:refill', 'bias'])
      expect(set.counts.has(fnv1a(key) & mask), key).toBe(true);
  });
});
