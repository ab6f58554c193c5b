import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));

describe('appsscript.json', () => {
  it('asks for exactly the scopes the README justifies', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/gmail.addons.execute',
      'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
      'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
      'https://www.googleapis.com/auth/gmail.modify',
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.locale',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const scope of manifest.oauthScopes)
      expect(readme, scope).toContain(scope.replace('https://www.googleapis.com/auth/', ''));
  });

  it('is a V8 Gmail add-on with the triggers the design needs', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.addOns.common.useLocaleFromApp).toBe(true);
    expect(manifest.addOns.gmail.contextualTriggers[0].unconditional).toEqual({});
    expect(manifest.addOns.gmail.composeTrigger.draftAccess).toBe('NONE');
  });

  it('pushes only dist/ with clasp', () => {
    const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
  });
});
