// The draft dry run also runs every rule on real TISS messages (XML fixtures bundled into the worker): a rule that
// breaks only on real data blocks publication and is reported with the fixture's name.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPacks } from '../../shared/packs/index.ts';
import type { RuleKind } from '../../shared/rules/kind.ts';
import { ruleKinds } from '../../shared/rules/kinds/index.ts';
import { validateTiss } from '../../shared/tiss/index.ts';
import { dryRunPack } from '../dry-run.ts';
import { xmlFixtures } from '../fixtures/xml-fixtures.generated.ts';
import { api, createToken, json, seedTestPack, TEST_ANS, testPack } from './helpers.ts';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Makes `kind` throw on contexts read from an uploaded XML (as a rule with a bug on real data would). */
function breakOnXml(kind: string): () => void {
  const kinds = ruleKinds as Record<string, RuleKind>;
  const original = kinds[kind]!;
  kinds[kind] = {
    meta: original.meta,
    check: (context, options, ruleEnv) => {
      if (context.arquivos?.some((a) => a.nome.endsWith('.xml')))
        throw new TypeError('guia.procedimentos is undefined');
      return original.check(context, options, ruleEnv);
    },
  };
  return () => {
    kinds[kind] = original;
  };
}

type DryRunBody = {
  ok: boolean;
  dryRun: {
    contexts: number;
    findings: { context: string; rule: string }[];
    failures: { context: string; rule: string; message: string }[];
  };
};

describe('XML fixtures bundled for the dry run', () => {
  it('are byte for byte the files in test/fixtures/tiss/valid (run node worker/fixtures/generate.mjs if not)', async () => {
    const bundled = xmlFixtures();
    expect(bundled.map((f) => f.nome).sort()).toEqual([
      'consulta-3-guias.xml',
      'odonto-2-guias.xml',
      'recurso-glosa.xml',
      'sadt-5-guias.xml',
    ]);
    for (const { nome, bytes } of bundled) expect(await sha256(bytes), nome).toBe(env.XML_FIXTURE_SHA256[nome]);
  });

  it('are read by the TISS engine without any finding (ISO-8859-1 accents and hash intact)', () => {
    for (const { nome, bytes } of xmlFixtures()) {
      const report = validateTiss(bytes);
      expect(report.findings, nome).toEqual([]);
      expect(report.summary.encoding, nome).toMatch(/8859-1/i);
    }
  });
});

describe('draft dry run on the XML fixtures', () => {
  let editor: string;
  beforeEach(async () => {
    await seedTestPack();
    editor = await createToken('editor', 'ana (edição)');
  });

  it('blocks a draft whose rule throws only on real XML, naming each fixture', async () => {
    const restore = breakOnXml('lote-max-guias');
    try {
      const res = await api(`/v1/admin/operadoras/${TEST_ANS}/draft/validate`, {
        method: 'POST',
        token: editor,
        body: JSON.stringify({ pack: testPack() }),
      });
      const body = await json<DryRunBody>(res);
      expect(body.ok).toBe(false);
      const where = body.dryRun.failures.map((f) => f.context);
      expect(where).toContain('XML consulta-3-guias.xml');
      expect(where).toContain('XML sadt-5-guias.xml');
      expect(where.every((c) => c.startsWith('XML '))).toBe(true);
      expect(body.dryRun.failures[0]).toMatchObject({
        rule: 'lote-max-guias',
        message: 'guia.procedimentos is undefined',
      });
    } finally {
      restore();
    }
  });

  it('runs a valid default pack on the fixtures: their findings come back under the fixture names', async () => {
    const pack = defaultPacks.find((p) => p.operadora.chave === '345474')!;
    const res = await api('/v1/admin/operadoras/345474/draft/validate', {
      method: 'POST',
      token: editor,
      body: JSON.stringify({ pack }),
    });
    const body = await json<DryRunBody>(res);
    expect(body).toMatchObject({ ok: true, dryRun: { failures: [] } });
    const fromXml = body.dryRun.findings
      .filter((f) => f.context.startsWith('XML '))
      .map((f) => `${f.context}: ${f.rule}`);
    // Jan/2026 atendimentos are past 90 days on the dry run's fixed date; SP/SADT exams ask for their reports.
    expect(fromXml).toContain('XML consulta-3-guias.xml: documentacao-fisica-90-dias');
    expect(fromXml).toContain('XML sadt-5-guias.xml: anexos-endoscopia');
    expect(body.dryRun.contexts).toBe(dryRunPack(pack).contexts);
  });
});
