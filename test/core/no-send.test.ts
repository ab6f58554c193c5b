// Nothing in src/ may be able to send mail: the add-on prepares drafts and a person sends them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const FORBIDDEN: [string, RegExp][] = [
  ['sendEmail', /\bsendEmail\b/],
  ['.reply(', /\.reply\s*\(/],
  ['.replyAll(', /\.replyAll\s*\(/],
  ['.forward(', /\.forward\s*\(/],
  ['MailApp', /\bMailApp\b/],
  ['.send(', /\.send\s*\(/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

describe('no code path can send mail', () => {
  it('finds the source files', () => expect(files(SRC).length).toBeGreaterThan(10));

  it('no file in src/ calls sendEmail, reply, replyAll, forward, send or MailApp', () => {
    const hits: string[] = [];
    for (const file of files(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [name, pattern] of FORBIDDEN)
            if (pattern.test(line)) hits.push(`${path.relative(SRC, file)}:${i + 1} ${name}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('the patterns catch what they must and spare drafts', () => {
    const caught = (line: string) => FORBIDDEN.some(([, p]) => p.test(line));
    expect(caught('GmailApp.sendEmail(to, s, b)')).toBe(true);
    expect(caught('message.reply(body)')).toBe(true);
    expect(caught('thread.replyAll (body)')).toBe(true);
    expect(caught('message.forward(addr)')).toBe(true);
    expect(caught('draft.send()')).toBe(true);
    expect(caught('MailApp.sendEmail({})')).toBe(true);
    expect(caught('message.createDraftReply(body)')).toBe(false);
    expect(caught('GmailApp.createDraft(to, s, b)')).toBe(false);
  });
});
