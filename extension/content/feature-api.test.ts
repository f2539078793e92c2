import { describe, expect, it } from 'vitest';
import { questionKey } from './feature-api.ts';

describe('check: one answer per question in a run', () => {
  it('tells a fact set to undefined from a fact not given (JSON.stringify alone drops it)', () => {
    // recurso-prazo asks with { recurso: undefined } to take the page's recurso out of the facts.
    expect(questionKey({ recurso: undefined })).not.toBe(questionKey({}));
    expect(questionKey(undefined)).toBe(questionKey({}));
    expect(questionKey({ acao: 'recurso-glosa', recurso: undefined })).not.toBe(questionKey({ acao: 'recurso-glosa' }));
  });

  it('keeps the same question the same key, and tells undefined from null', () => {
    expect(questionKey({ acao: 'fechar-lote' })).toBe(questionKey({ acao: 'fechar-lote' }));
    expect(questionKey({ acao: 'fechar-lote' })).not.toBe(questionKey({ acao: 'enviar-lote' }));
    const comNulo = { lote: { numero: null } } as unknown as Parameters<typeof questionKey>[0];
    const semValor = { lote: { numero: undefined } };
    expect(questionKey(comNulo)).not.toBe(questionKey(semValor));
  });
});
