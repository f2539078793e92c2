import { describe, expect, it } from 'vitest';
import { previewMessage, unknownPlaceholders } from '../pack/message-preview.ts';
import { bumpVersion, suggestBump } from '../pack/semver.ts';
import { ApiError, explainError } from './errors.ts';

describe('admin API errors in plain words', () => {
  it('a stale publish names the version someone else published', () => {
    const e = new ApiError(412, 'stale-version', 'stale', { current: { versao: '1.0.3', sequence: 4 } });
    expect(explainError(e)).toBe(
      'Outra pessoa publicou a versão 1.0.3 enquanto você editava. Recarregue e reaplique suas alterações.',
    );
  });
  it('401 and 403 say what to do', () => {
    expect(explainError(new ApiError(401, 'unauthorized', 'x'))).toMatch(/chave de acesso não foi aceita/);
    expect(explainError(new ApiError(403, 'forbidden', 'x', { required: 'publisher' }))).toMatch(
      /perfil de publicação/,
    );
  });
  it('no connection is not shown as a stack trace', () => {
    expect(explainError(new TypeError('Failed to fetch'))).toMatch(/Não foi possível falar com o servidor/);
  });
});

describe('message preview and version suggestion', () => {
  it('fills placeholders from the rule options first, then example values', () => {
    expect(previewMessage('Prazo de {dias} dias para a guia {guia}; {x}', { dias: 60 })).toBe(
      'Prazo de 60 dias para a guia 2026000123; «x»',
    );
    expect(unknownPlaceholders('{dias} {foo}', ['dias'])).toEqual(['foo']);
  });
  it('suggests patch for option changes and minor for new rules', () => {
    expect(suggestBump({ rulesAdded: 0, rulesRemoved: 0 })).toBe('patch');
    expect(suggestBump({ rulesAdded: 1, rulesRemoved: 0 })).toBe('minor');
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
  });
});
