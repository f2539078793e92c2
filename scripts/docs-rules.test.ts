import { describe, expect, it } from 'vitest';
import { ruleKindList } from '../shared/rules/kinds/index.ts';
import { renderRuleDocs, staleRuleDocs } from './docs-rules.ts';

describe('npm run docs:rules', () => {
  const files = renderRuleDocs();

  it('writes one page per rule kind and per default pack, with the explanation and the options', () => {
    for (const k of ruleKindList) expect(files.has(`docs/rules/kinds/${k.meta.kind}.md`)).toBe(true);
    const prazo = files.get('docs/rules/kinds/prazo-envio.md')!;
    expect(prazo).toContain('## Como corrigir');
    expect(prazo).toMatch(/\| `maxDias` \| inteiro \| sim \| — \|/);
    expect(prazo).toContain('1701 — COBRANÇA FORA DO PRAZO DE VALIDADE');
    const ipam = files.get('docs/rules/packs/ipam.md')!;
    expect(ipam).toContain('`consulta-prazo-retorno`');
    expect(ipam).toContain('Desligada: o manual não informa o prazo de retorno');
    expect(files.get('docs/rules/packs/345474.md')).toMatch(/`cirurgia` \| Cirurgia em geral \| 3\*; exceto 30909\*/);
  });

  it('committed docs and pack.schema.json are up to date', () => {
    expect(staleRuleDocs()).toEqual([]);
  });
});
