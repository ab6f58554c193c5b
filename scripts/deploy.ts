// `npm run deploy`: pushes dist/ with clasp, or explains in one paragraph what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const projectFile =
  process.env.clasp_config_project ?? process.argv.find((a) => a.endsWith('.clasp.json')) ?? '.clasp.json';

const HOW_TO = `Nothing was pushed. To deploy: (1) run \`npx clasp login\` once with the Google account that will own the add-on (a Workspace account of your pharmacy); (2) either run \`npx clasp create --type standalone --title "Pharmacy Inbox Triage" --rootDir dist\` or paste the id of an existing Apps Script project into "scriptId" in ${projectFile} (keep "rootDir": "dist"); (3) run \`npm run deploy\` again, which builds and pushes dist/Code.js and dist/appsscript.json; (4) in the Apps Script editor choose Deploy > Test deployments > Google Workspace add-on > Install, then open Gmail. For separate test and live projects keep one file per project (e.g. .clasp.dev.json, .clasp.prod.json) and run \`npm run deploy -- .clasp.prod.json\`. The README's "Deploy" section has the details, including the scanner trigger for the shared mailbox.`;

function fail(reason: string): never {
  console.error(`${reason}\n\n${HOW_TO}`);
  process.exit(1);
}

const path = join(ROOT, projectFile);
if (!existsSync(path)) fail(`${projectFile} is missing.`);
const config = JSON.parse(readFileSync(path, 'utf8')) as { scriptId?: string; rootDir?: string };
if (!config.scriptId || /PASTE|YOUR|placeholder/i.test(config.scriptId))
  fail(`${projectFile} still holds the placeholder script id.`);
if (config.rootDir !== 'dist')
  fail(`${projectFile} must have "rootDir": "dist" so that only the built files are pushed.`);
if (!existsSync(join(homedir(), '.clasprc.json')) && !process.env.CLASP_CREDENTIALS)
  fail('clasp has no credentials on this machine.');

const args = ['clasp', ...(projectFile === '.clasp.json' ? [] : ['-P', projectFile]), 'push', '--force'];
const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) fail('clasp push failed (see its message above).');
