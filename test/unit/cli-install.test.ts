// The CLI as someone gets it from the package: `npm pack`, then `npm install --omit=dev` of the tarball in an
// empty folder (from the npm cache where it can: --prefer-offline), then `npx tiss-preflight validate`. Proves the published CLI needs
// no dev dependency (no tsx, no TypeScript at run time) and that the tarball carries the built bundle.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from '../support/tiss-fixtures.ts';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tiss-install-'));
const env = {
  ...process.env,
  NO_COLOR: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  return r.stdout;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed CLI, installed without dev dependencies', () => {
  it('validates a TISS file with npx tiss-preflight', () => {
    // The bundle in dist/cli is fresh (unit global setup builds it); --ignore-scripts skips `prepare`, which
    // would rebuild it and regenerate the extension's .wxt types for nothing.
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const paths = packed!.files.map((f) => f.path);
    expect(paths).toContain('dist/cli/main.cjs');
    expect(paths).toContain('bin/tiss-preflight.cjs');
    expect(paths.filter((p) => p.endsWith('.ts'))).toEqual([]);

    const app = join(dir, 'app');
    mkdirSync(app);
    npm(['init', '-y'], app);
    npm(['install', '--omit=dev', '--prefer-offline', join(dir, packed!.filename)], app);
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed).toContain('tiss-preflight');
    for (const dev of ['tsx', 'typescript', 'esbuild', 'vitest', 'wxt']) expect(installed).not.toContain(dev);

    const file = join(app, '00000000000000000101_0edb617e5e1ba4d7fa19a38b5450bacd.xml');
    writeFileSync(file, fixtureBytes('valid/consulta-3-guias.xml'));
    const r = spawnSync('npx', ['--no-install', 'tiss-preflight', 'validate', file], {
      cwd: app,
      encoding: 'utf8',
      env,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('3 guias de consulta');
    expect(r.stdout).toContain('hash do epílogo: confere');
    expect(r.stdout).toContain('nenhum problema encontrado');
  }, 240_000);
});
