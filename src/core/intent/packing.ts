// The intent model ships as base64 inside the bundle: for each selected feature, its bucket
// (delta-coded varint) and one signed 4-bit weight per intent. 4 bits lose nothing measurable
// against float weights on the dev split and keep the model near 100 KB. Parsed once, on first use.
import { decodeBase64, encodeBase64 } from '../text/base64';

export type FeatureWeights = Map<number, Int8Array>;
export const WEIGHT_LEVELS = 7;

export function packWeights(weights: FeatureWeights, classes: number): string {
  const bytes: number[] = [];
  const varint = (n: number): void => {
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    bytes.push(n);
  };
  let previous = 0;
  for (const bucket of [...weights.keys()].sort((a, b) => a - b)) {
    const w = weights.get(bucket)!;
    varint(bucket - previous);
    previous = bucket;
    for (let c = 0; c < classes; c += 2) {
      const lo = ((w[c] ?? 0) + 8) & 0x0f;
      const hi = ((c + 1 < classes ? (w[c + 1] ?? 0) : 0) + 8) & 0x0f;
      bytes.push(lo | (hi << 4));
    }
  }
  return encodeBase64(Uint8Array.from(bytes));
}

export function unpackWeights(packed: string, classes: number): FeatureWeights {
  const bytes = decodeBase64(packed);
  const weights: FeatureWeights = new Map();
  const perFeature = Math.ceil(classes / 2);
  let i = 0;
  let bucket = 0;
  while (i < bytes.length) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++] ?? 0;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    bucket += delta;
    const w = new Int8Array(classes);
    for (let k = 0; k < perFeature; k++) {
      const byte = bytes[i++] ?? 0;
      w[2 * k] = (byte & 0x0f) - 8;
      if (2 * k + 1 < classes) w[2 * k + 1] = (byte >> 4) - 8;
    }
    weights.set(bucket, w);
  }
  return weights;
}
