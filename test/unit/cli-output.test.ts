// How the CLI's report reaches its standard output when a script reads it: whole when read to the end, and no
// crash when the reader stops early (`tiss-preflight validate --json … | head`): the run still ends with the
// validation's exit code and nothing on stderr.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/tiss-fixtures.ts';

const bin = new URL('../../bin/tiss-preflight.cjs', import.meta.url).pathname;

/** Runs the CLI with stdout on a pipe; reads `limit` bytes of it (all when undefined), then closes the pipe. */
function run(args: string[], limit?: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let read = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out.push(d);
      read += d.length;
      if (limit !== undefined && read >= limit) child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(out).toString(), err }));
  });
}

// 300 times the same file: a JSON report of ~370 kB, more than a pipe holds, so the writer meets the closed pipe.
const files = Array.from({ length: 300 }, () => fixturePath('valid/recurso-glosa.xml'));

describe('tiss-preflight validate output', () => {
  it('writes a report larger than a pipe holds in full', async () => {
    const r = await run(['validate', '--json', ...files]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as { summary: { tipoTransacao: string } }[];
    expect(reports).toHaveLength(300);
    expect(reports[299]!.summary.tipoTransacao).toBe('RECURSO_GLOSA');
  });

  it('stops quietly, with the exit code of the validation, when the reader closes the pipe early', async () => {
    const r = await run(['validate', '--json', ...files], 100);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('[')).toBe(true);
  });
});
