// The pack is chosen from every way the portal and the XML show an operadora; the ArcelorMittal/FUNSSEST
// pack, once never chosen, is chosen by its registro ANS (330809) and by its names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTiss } from '../tiss/index.ts';
import { validateXml } from '../validate.ts';
import { choosePack, parseOperadoraShown } from './choose.ts';
import { defaultPacks } from './index.ts';

const chave = (texts: (string | undefined)[]) => choosePack(defaultPacks, texts)?.operadora.chave;
const FUNSSEST = 'arcelormittal-tubarao-funssest';

describe('parseOperadoraShown', () => {
  it.each([
    ['POSTAL SAÚDE | 419133', { nome: 'POSTAL SAÚDE', registroAns: '419133' }],
    ['IPAM - ANS nº 999991', { nome: 'IPAM', registroAns: '999991' }],
    ['IPAM - ANS nº 99999-1', { nome: 'IPAM', registroAns: '999991' }],
    ['Registro Operadora - ANS Nº 33.080-9', { nome: 'Registro Operadora', registroAns: '330809' }],
    ['33198-8', { registroAns: '331988' }],
    ['330809', { registroAns: '330809' }],
    ['FUNSSEST', { nome: 'FUNSSEST' }],
    ['CLÍNICA 2000 LTDA', { nome: 'CLÍNICA 2000 LTDA' }],
    ['   ', {}],
  ])('%s', (text, expected) => {
    expect(parseOperadoraShown(text)).toEqual(expected);
  });
});

describe('choosePack on the portal', () => {
  it('chooses FUNSSEST by its registro ANS in every form the portal shows', () => {
    expect(chave(['FUNSSEST | 330809'])).toBe(FUNSSEST);
    expect(chave(['ARCELORMITTAL TUBARAO - ANS nº 330809'])).toBe(FUNSSEST);
    expect(chave(['ANS nº 33.080-9'])).toBe(FUNSSEST);
    expect(chave(['330809'])).toBe(FUNSSEST);
  });

  it('chooses FUNSSEST by name when the registro shown is not one a pack knows', () => {
    expect(chave(['FUNSSEST | 123456'])).toBe(FUNSSEST);
    expect(chave(['ArcelorMittal Tubarão'])).toBe(FUNSSEST);
    expect(chave(['ARCELORMITTAL / FUNSSEST'])).toBe(FUNSSEST);
  });

  it('chooses IPAM by the manual’s registro and by name on a base with another registro', () => {
    expect(chave(['IPAM - ANS nº 999991'])).toBe('ipam');
    expect(chave(['IPAM | 412345'])).toBe('ipam');
    expect(chave(['ipam'])).toBe('ipam');
  });

  it('PAS SERPRO and PASA stay apart although one name starts like the other', () => {
    expect(chave(['PAS SERPRO | 345474'])).toBe('345474');
    expect(chave(['PASA | 331988'])).toBe('331988');
    expect(chave(['PASA'])).toBe('331988');
    expect(chave(['SERPRO'])).toBe('345474');
    expect(chave(['PAS'])).toBeUndefined();
  });

  it('takes the first text that names a known operadora: the lote’s field before the header picker', () => {
    expect(chave(['FUNSSEST | 330809', 'PASA | 331988'])).toBe(FUNSSEST);
    expect(chave(['POSTAL SAÚDE | 419133', 'PASA | 331988'])).toBe('331988');
    expect(chave([undefined, '', 'IPAM - ANS nº 999991'])).toBe('ipam');
  });

  it('a registro wins over a name that fits another pack', () => {
    expect(chave(['PASA | 345474'])).toBe('345474');
  });

  it('an operadora no pack knows gets none, not a guess', () => {
    expect(chave(['POSTAL SAÚDE | 419133'])).toBeUndefined();
    expect(chave(['Vale'])).toBeUndefined();
    expect(chave([])).toBeUndefined();
  });
});

/** A copy of a fixture addressed to another registro ANS, with its epilogo hash made right again. */
function addressedTo(file: string, from: string, to: string): Uint8Array {
  const text = readFileSync(new URL(`../../test/fixtures/tiss/${file}`, import.meta.url), 'latin1').replaceAll(
    `<ans:registroANS>${from}</ans:registroANS>`,
    `<ans:registroANS>${to}</ans:registroANS>`,
  );
  const report = validateTiss(Buffer.from(text, 'latin1'));
  const hash = report.summary.hash!;
  return new Uint8Array(Buffer.from(text.replace(hash.declarado!, hash.calculado), 'latin1'));
}

describe('choosePack by the XML', () => {
  it('a lote for registroANS 330809 gets the FUNSSEST rules without --operadora', () => {
    const bytes = addressedTo('valid/sadt-5-guias.xml', '331988', '330809');
    const report = validateXml(bytes, { hoje: '2026-03-01' });
    expect(report.summary.registroAnsDestino).toBe('330809');
    expect(report.findings.filter((f) => f.rule === 'tiss/hash')).toEqual([]);
    expect(report.regras?.chave).toBe(FUNSSEST);
  });

  it('the CLI’s --operadora takes a name as well as a registro', () => {
    const bytes = addressedTo('valid/sadt-5-guias.xml', '331988', '330809');
    expect(validateXml(bytes, { hoje: '2026-03-01', operadora: 'FUNSSEST' }).regras?.chave).toBe(FUNSSEST);
    expect(validateXml(bytes, { hoje: '2026-03-01', operadora: '33.080-9' }).regras?.chave).toBe(FUNSSEST);
  });
});
