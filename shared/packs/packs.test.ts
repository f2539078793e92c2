// Every default pack validates, cites the manuals (docs/sources.md), takes its codes from the verified tables, and gives the
// expected findings on the synthetic fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFromTiss } from '../rules/context-from-tiss.ts';
import { runRules } from '../rules/engine.ts';
import { parseRulePack } from '../rules/pack-schema.ts';
import { validateTiss } from '../tiss/index.ts';
import { validateXml } from '../validate.ts';
import { defaultPackFiles, defaultPacks } from './index.ts';

const SEEDS = [
  'serpro-comunicado-anexos-2020',
  'pasa-faturamento-2023',
  'pasa-recurso-glosa-2023',
  'funssest-conecta-2024',
  'ipam-portal-saude-2024',
];
const categoriesCsv = readFileSync(new URL('../../data/tiss-tables/procedure-categories.csv', import.meta.url), 'utf8');
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/tiss/${name}`, import.meta.url)));

/** Rule ids the pack gives on the facts of an XML message read without the XSD step (as from a portal page). */
function packRulesOnFacts(file: string, chave: string): string[] {
  const pack = defaultPacks.find((p) => p.operadora.chave === chave)!;
  const parsed = validateTiss(fixture(file));
  if (!parsed.facts) throw new Error(`${file} não foi lido`);
  return runRules(pack, contextFromTiss(parsed.facts, '2026-03-01', 'enviar-lote')).map((f) => f.rule);
}

/** Rule ids of the pack findings (TISS engine findings left out), in order. */
function packRules(file: string, opts: { operadora?: string; hoje?: string; fileName?: string } = {}): string[] {
  const report = validateXml(fixture(file), { hoje: '2026-03-01', ...opts });
  return report.findings.map((f) => f.rule).filter((r) => !r.startsWith('tiss/'));
}

describe('default packs', () => {
  it('one JSON per operadora in the seeds, all loaded', () => {
    const jsonFiles = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(jsonFiles.sort()).toEqual(
      Object.keys(defaultPackFiles)
        .map((k) => `${k}.json`)
        .sort(),
    );
    expect(defaultPacks.map((p) => p.operadora.chave).sort()).toEqual(
      ['331988', '345474', 'arcelormittal-tubarao-funssest', 'ipam'].sort(),
    );
  });

  for (const [key, raw] of Object.entries(defaultPackFiles)) {
    describe(key, () => {
      const parsed = parseRulePack(raw);
      it('passes the pack schema', () => {
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      });
      if (!parsed.ok) return;
      const pack = parsed.pack;

      it('every rule cites a seed manual and a section, or is marked as outside the manuals', () => {
        for (const r of pack.regras) {
          // Public facts about the portal beyond the manuals (docs/conecta-portal.md) say so.
          if (r.source.startsWith('notas-portal-conecta § ')) {
            expect(r.observacao, r.id).toMatch(/^Fora do manual/);
            continue;
          }
          expect(
            SEEDS.some((s) => r.source.startsWith(`${s} § `)),
            r.id,
          ).toBe(true);
        }
      });

      it('every disabled rule says why', () => {
        for (const r of pack.regras.filter((x) => !x.enabled)) expect(r.observacao, r.id).toBeTruthy();
      });

      it('category codes come from procedure-categories.csv (no invented range)', () => {
        for (const c of pack.categorias) {
          expect(c.fonte).toContain('procedure-categories.csv');
          for (const crit of [...c.codigos, ...c.excluir]) {
            if ('prefixo' in crit) expect(categoriesCsv, `${c.id} ${crit.prefixo}*`).toContain(`${crit.prefixo}*`);
            else if ('codigo' in crit) expect(categoriesCsv, `${c.id} ${crit.codigo}`).toContain(crit.codigo);
            else throw new Error(`${c.id}: ranges must be listed in procedure-categories.csv first`);
          }
          const g = c.guia ?? {};
          const domains: [string, string[] | undefined][] = [
            ['dm_tipoAtendimento', g.tipoAtendimento],
            ['dm_regimeInternacao', g.regimeInternacao],
            ['dm_regimeAtendimento', g.regimeAtendimento],
            ['dm_outrasDespesas', g.outrasDespesas],
          ];
          for (const [domain, values] of domains)
            for (const v of values ?? [])
              expect(categoriesCsv, `${c.id} ${domain}=${v}`).toMatch(new RegExp(`${domain}=[\\d|]*\\b${v}\\b`));
        }
      });
    });
  }
});

describe('default packs on the fixtures', () => {
  it('PAS SERPRO (detected from registroANS 345474): consultas only get the documentation reminder', () => {
    expect(packRules('valid/consulta-3-guias.xml')).toEqual(['documentacao-fisica-90-dias']);
  });

  it('PAS SERPRO on SP/SADT with TC/RM and colonoscopia: anexo reminders, and a warning that the file is for another operadora', () => {
    expect(packRules('valid/sadt-5-guias.xml', { operadora: '345474' }).sort()).toEqual(
      [
        'anexos-endoscopia',
        'anexos-ressonancia-tomografia',
        'documentacao-fisica-90-dias',
        'pack/operadora-diferente',
      ].sort(),
    );
  });

  it('PAS SERPRO on honorários of surgical codes: cirurgia documents reminder', () => {
    expect(packRules('valid/honorarios-2-guias.xml')).toContain('anexos-cirurgia');
  });

  it('PAS SERPRO: no documentation reminder for a recurso de glosa', () => {
    expect(packRules('valid/recurso-glosa.xml')).toEqual([]);
  });

  it('PASA (331988): a clean SP/SADT lote has no finding; a mixed lote is refused', () => {
    expect(packRules('valid/sadt-5-guias.xml')).toEqual([]);
    // On the XML the XSD already refuses the mix, so the pack does not say it twice; on the same facts read
    // elsewhere (the portal) the pack rule speaks.
    expect(packRules('invalid/mixed-guia-types.xml')).toEqual([]);
    expect(packRulesOnFacts('invalid/mixed-guia-types.xml', '331988')).toEqual(['lote-um-tipo-de-guia']);
  });

  it('ArcelorMittal: odonto needs senha; 90 days from atendimento (day 90 ok, day 91 refused)', () => {
    const arcelor = 'arcelormittal-tubarao-funssest';
    // The fixture is addressed to PASA (331988); FUNSSEST's pack now knows its registro (330809), so the
    // clerk is also told the chosen rules are another operadora's.
    const outra = 'pack/operadora-diferente';
    expect(packRules('valid/odonto-2-guias.xml', { operadora: arcelor, hoje: '2026-04-14' }).sort()).toEqual(
      ['odonto-senha', 'odonto-senha', outra].sort(),
    );
    expect(packRules('valid/odonto-2-guias.xml', { operadora: arcelor, hoje: '2026-04-15' }).sort()).toEqual(
      ['odonto-senha', 'odonto-senha', 'prazo-90-dias-atendimento', 'prazo-90-dias-atendimento', outra].sort(),
    );
  });

  it('ArcelorMittal accepts only TISS 4.01.00', () => {
    // Addressed to PAS SERPRO (345474): the other-operadora warning comes with it.
    expect(packRules('invalid/wrong-padrao.xml', { operadora: 'arcelormittal-tubarao-funssest' }).sort()).toEqual(
      ['versao-tiss-4-01-00', 'pack/operadora-diferente'].sort(),
    );
  });

  it('PASA: atendimento older than 90 days refused (fora do manual: public Conecta material)', () => {
    expect(packRules('valid/sadt-5-guias.xml', { hoje: '2026-03-01' })).not.toContain('prazo-90-dias-atendimento');
    expect(packRules('valid/sadt-5-guias.xml', { hoje: '2027-01-01' })).toContain('prazo-90-dias-atendimento');
  });

  it('IPAM (999991 in the manual): 101 guias refused; XML-only upload', () => {
    expect(packRules('invalid/sadt-101-guias.xml')).toEqual([]); // the XSD error says it
    expect(packRulesOnFacts('invalid/sadt-101-guias.xml', 'ipam')).toEqual(['lote-max-100-guias']);
    expect(packRules('valid/resumo-internacao-2-guias.xml')).toEqual([]);
    expect(packRules('valid/sadt-100-guias.xml')).toEqual([]);
    expect(packRules('valid/resumo-internacao-2-guias.xml', { fileName: 'lote.zip' })).toEqual(['upload-somente-xml']);
  });
});
