// Data the build stores deflated (rules and lexicon, see scripts/pack-data.ts): Code.js stays small
// and Apps Script parses less on every execution; the text is inflated once, on first use.
import { inflateSync, strFromU8 } from 'fflate';
import { decodeBase64 } from './base64';

export function unpackText(packed: string): string {
  return strFromU8(inflateSync(decodeBase64(packed)));
}

/** A value packed as JSON, inflated when `load` is first called. */
export function lazyJson<T>(packed: string): () => T {
  let value: T | undefined;
  return () => (value ??= JSON.parse(unpackText(packed)) as T);
}
