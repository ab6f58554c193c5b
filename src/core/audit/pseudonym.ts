import type { Hmac } from './chain';

/** The patient as the audit sheet knows them: a keyed hash of the sender's address, never the address. */
export function patientPseudonym(fromHeader: string | undefined, hmac: Hmac): string {
  const match = /<([^>]+)>/.exec(fromHeader ?? '');
  const address = (match?.[1] ?? fromHeader ?? '').trim().toLowerCase();
  if (!address) return '';
  return `p-${hmac(`patient:${address}`).slice(0, 16)}`;
}
