/** FNV-1a, 32-bit: a stable, dependency-free hash for feature buckets and rule-set versions. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}
