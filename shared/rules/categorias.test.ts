import { describe, expect, it } from 'vitest';
import { guiaNaCategoria, itensDaCategoria } from './categorias.ts';
import { guiaSchema } from './context.ts';
import { categoriaSchema } from './pack-schema.ts';

const cirurgia = categoriaSchema.parse({
  id: 'cirurgia',
  nome: 'Cirurgia',
  codigos: [{ prefixo: '3' }],
  excluir: [{ prefixo: '30909' }, { de: '31008011', ate: '31008020' }],
  verificado: false,
  fonte: 'teste',
});
const guia = (procedimentos: { codigo: string; tabela?: string }[], extra = {}) =>
  guiaSchema.parse({ numero: '1', procedimentos, ...extra });

describe('categorias', () => {
  it('matches by prefix, leaving out excluded codes and ranges', () => {
    expect(
      itensDaCategoria(cirurgia, guia([{ codigo: '30101018' }, { codigo: '30909031' }, { codigo: '31008020' }])),
    ).toEqual([1]);
    expect(guiaNaCategoria(cirurgia, guia([{ codigo: '30909031' }]))).toBe(false);
  });

  it('only matches TUSS Tabela 22 items (a material code can look like a procedure)', () => {
    expect(guiaNaCategoria(cirurgia, guia([{ codigo: '30101018', tabela: '19' }]))).toBe(false);
    expect(guiaNaCategoria(cirurgia, guia([{ codigo: '30101018', tabela: '22' }]))).toBe(true);
  });

  it('matches by guia-level facts', () => {
    const hemodialise = categoriaSchema.parse({
      id: 'hemodialise',
      nome: 'Hemodiálise',
      guia: { tipoAtendimento: ['10'] },
      verificado: true,
      fonte: 'teste',
    });
    expect(guiaNaCategoria(hemodialise, guia([], { tipoAtendimento: '10' }))).toBe(true);
    expect(guiaNaCategoria(hemodialise, guia([], { tipoAtendimento: '23' }))).toBe(false);
  });
});
