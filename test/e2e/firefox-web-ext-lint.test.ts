// Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org runs on upload) over the Firefox
// production build, as `npm run build` makes it: an error would get the add-on refused, so it fails the run.
// Warnings are printed; those left are library code (zod's eval probe, Preact's innerHTML support): the README says
// why they are harmless and why no build option removes them.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const buildDir = join(root, '.output', 'firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;

beforeAll(() => {
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`wxt build -b firefox falhou:\n${build.stdout}\n${build.stderr}`);
  const lint = spawnSync(
    join(root, 'node_modules', '.bin', 'web-ext'),
    ['lint', '--source-dir', buildDir, '--output', 'json', '--no-config-discovery'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  try {
    report = JSON.parse(lint.stdout);
  } catch {
    throw new Error(`web-ext lint não deu um relatório JSON (status ${lint.status}):\n${lint.stdout}\n${lint.stderr}`);
  }
  for (const w of report.warnings) console.info(`web-ext lint, aviso: ${show(w)}`);
});

describe('web-ext lint on the Firefox production build', () => {
  it('reports no error', () => {
    expect(report.errors.map(show)).toEqual([]);
  });

  it('has a manifest every Firefox it claims to support accepts (no manifest warning)', () => {
    expect(report.warnings.filter((w) => w.file === 'manifest.json').map(show)).toEqual([]);
  });
});
