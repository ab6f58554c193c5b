import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import type { GmailThreadApi } from './gmail';
import type { Faked } from './types';

// tsc checks this file as part of `npm test`: every @ts-expect-error must point at a real type error.
function typeErrors(): void {
  const env = createGasEnvironment();
  const { GmailApp, SpreadsheetApp, PropertiesService, Utilities } = env.globals;
  const thread = GmailApp.getThreadById('x');

  // @ts-expect-error addLabel takes a GmailLabel, not a label name
  thread.addLabel('Triage/Refill');
  // @ts-expect-error getId returns a string
  const id: number = thread.getId();
  // @ts-expect-error search takes a query string
  GmailApp.search(42);
  // @ts-expect-error getLastMessageDate returns a Date
  thread.getLastMessageDate().toUpperCase();
  // @ts-expect-error setValues needs a two-dimensional array
  SpreadsheetApp.create('a').getSheets()[0]?.getRange('A1').setValues(['x']);
  // @ts-expect-error getProperty may return null
  const value: string = PropertiesService.getScriptProperties().getProperty('k');
  // @ts-expect-error computeHmacSha256Signature returns bytes, not a string
  Utilities.computeHmacSha256Signature('a', 'b').toLowerCase();

  // A fake whose method drifts from the real Apps Script signature does not compile.
  type FirstSubject = Faked<GoogleAppsScript.Gmail.GmailThread, 'getFirstMessageSubject'>;
  // @ts-expect-error getFirstMessageSubject must return a string
  const drifted: FirstSubject = { getFirstMessageSubject: () => 1 };
  type AddLabel = Faked<GoogleAppsScript.Gmail.GmailThread, 'addLabel'>;
  // @ts-expect-error addLabel must accept a label object, not only a string
  const wrongParam: AddLabel = { addLabel: (name: string) => thread.addLabel(name as never) };
  // @ts-expect-error a picked method name must exist on the real interface
  type Missing = Faked<GoogleAppsScript.Gmail.GmailThread, 'getSnippet'>;
  const api: GmailThreadApi = thread;
  void [id, value, drifted, wrongParam, api, undefined as unknown as Missing];
}

describe('typecheck', () => {
  it('is a compile-time test; at runtime the fakes exist', () => {
    expect(typeof typeErrors).toBe('function');
    expect(typeof createGasEnvironment().globals.GmailApp.search).toBe('function');
  });
});
