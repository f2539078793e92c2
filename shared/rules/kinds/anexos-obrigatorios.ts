// Documents the operadora requires per procedure category or guia type. Where the pack names the portal
// document types that satisfy a document, the rule checks the anexos; otherwise it reminds the clerk.
// "Se houver"/"quando realizado" documents only ever give warnings.
import * as z from 'zod/mini';
import type { Severity } from '../../findings.ts';
import { guiaNaCategoria } from '../categorias.ts';
import { acaoSchema, type Guia, tipoGuiaSchema } from '../context.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { listaGuias, listaPt, tipoGuiaLabel } from '../labels.ts';
import { normalizeText } from '../text.ts';

const documentoSchema = z.object({
  nome: z.string().check(z.minLength(1)),
  /**
   * Portal document types that satisfy it ("04-INDICACAO CLINICA"), each one of the pack's `tiposDocumento` (the
   * portal's "Tipo de Documento" list, so a misspelt type is refused rather than never found); empty = cannot be
   * checked, only reminded.
   */
  tipos: z._default(z.array(z.string().check(z.minLength(1))), []),
  condicao: z.optional(z.enum(['se-houver', 'quando-realizado'])),
});

const options = z
  .object({
    categoria: z.optional(z.string()),
    tiposGuia: z.optional(z.array(tipoGuiaSchema).check(z.minLength(1))),
    documentos: z.array(documentoSchema).check(z.minLength(1)),
    /** Actions on which missing documents are reported (the anexos are on the page). */
    verificarEm: z._default(z.array(acaoSchema), ['fechar-lote', 'enviar-lote']),
    /** Actions on which the list is only a reminder (anexos come after, e.g. after the XML upload). */
    lembrarEm: z._default(z.array(acaoSchema), ['upload-xml']),
  })
  .check(
    z.refine((o) => o.categoria !== undefined || o.tiposGuia !== undefined, {
      message: 'informe "categoria" ou "tiposGuia"',
      path: ['categoria'],
    }),
  );

const condicaoLabel = { 'se-houver': 'se houver', 'quando-realizado': 'quando realizado' } as const;

type Documento = z.output<typeof documentoSchema>;

function docLabel(d: Documento): string {
  return d.condicao ? `${d.nome} (${condicaoLabel[d.condicao]})` : d.nome;
}

/** "Guia 72004" / "Guias E1 e E2": the word agrees with the count. */
function guiasTexto(guias: readonly Guia[]): string {
  return `${guias.length === 1 ? 'Guia' : 'Guias'} ${listaGuias(guias.map((g) => g.numero))}`;
}

/** Shortest page text taken as a cut-off document type name ("19-JUSTIFICATIVA TÉCNICA PARA" in a narrow column). */
const MIN_TRUNCATED = 8;

function anexado(d: Documento, tiposAnexados: string[]): boolean {
  const wanted = d.tipos.map(normalizeText);
  return tiposAnexados.some((t) =>
    wanted.some((w) => t === w || t.startsWith(w) || (t.length >= MIN_TRUNCATED && w.startsWith(t))),
  );
}

export const anexosObrigatorios = defineRuleKind({
  meta: {
    kind: 'anexos-obrigatorios',
    description: 'Documentos que devem ser anexados conforme a categoria do procedimento ou o tipo de guia.',
    options,
    facts: ['guias', 'acao'],
    placeholders: ['guia', 'guias', 'categoria', 'documento', 'documentos', 'condicao'],
    messages: {
      condicional: 'Guia {guia} ({categoria}): falta o anexo "{documento}" — obrigatório {condicao}.',
      conferir: '{guias} ({categoria}): confira se anexou {documentos}.',
      lembrete: '{guias} ({categoria}): depois de enviar, anexe ao lote {documentos}.',
    },
    defaultMessage:
      'Guia {guia} ({categoria}): falta o anexo obrigatório "{documento}"; anexe-o com "Incluir Anexo" na página do lote.',
    defaultSource: 'serpro-comunicado-anexos-2020 § DOCUMENTOS POR TIPO DE GUIA',
    glosas: ['3052', '1822', '2714'],
    refs: (o) => [
      ...(o.categoria ? [{ tipo: 'categoria' as const, id: o.categoria, path: ['categoria'] }] : []),
      ...o.documentos.flatMap((d, i) =>
        d.tipos.map((id, j) => ({ tipo: 'tipoDocumento' as const, id, path: ['documentos', i, 'tipos', j] })),
      ),
    ],
    severities: (o, ruleSeverity) => {
      const out = new Set<Severity>();
      for (const d of o.documentos) out.add(d.tipos.length === 0 || d.condicao ? 'warning' : ruleSeverity);
      if (o.lembrarEm.length) out.add('info');
      return [...out];
    },
  },
  check(context, o, { pack }) {
    const acao = context.acao;
    if (!acao) return [];
    const verificar = o.verificarEm.includes(acao);
    if (!verificar && !o.lembrarEm.includes(acao)) return [];
    const categoria = o.categoria ? pack.categorias.find((c) => c.id === o.categoria) : undefined;
    const nome = categoria?.nome ?? listaPt((o.tiposGuia ?? []).map((t) => tipoGuiaLabel[t]));
    const inScope = (g: Guia) =>
      (categoria !== undefined && guiaNaCategoria(categoria, g)) ||
      (o.tiposGuia !== undefined && g.tipo !== undefined && o.tiposGuia.includes(g.tipo));
    const guias = (context.guias ?? []).filter(inScope);
    if (guias.length === 0) return [];
    const documentos = listaPt(o.documentos.map(docLabel));
    if (!verificar) {
      const first = guias[0]!;
      return [
        {
          messageId: 'lembrete',
          severity: 'info',
          data: { guias: guiasTexto(guias), categoria: nome, documentos, guia: first.numero },
          where: { guia: first.numero, line: first.line },
        },
      ];
    }
    const loteTipos = (context.lote?.anexos ?? []).map((a) => normalizeText(a.tipo));
    const out: RuleReport[] = [];
    for (const g of guias) {
      const tipos = [...loteTipos, ...g.anexos.map((a) => normalizeText(a.tipo))];
      const where = { guia: g.numero, line: g.line, field: 'Anexos' };
      for (const d of o.documentos) {
        if (d.tipos.length === 0 || anexado(d, tipos)) continue;
        const condicao = d.condicao ? condicaoLabel[d.condicao] : '';
        const data = { guia: g.numero, categoria: nome, documento: d.nome, condicao };
        out.push(d.condicao ? { messageId: 'condicional', severity: 'warning', data, where } : { data, where });
      }
    }
    // Documents the pack cannot match to a portal type: one grouped reminder, not one per guia.
    const semTipo = o.documentos.filter((d) => d.tipos.length === 0);
    if (semTipo.length) {
      const first = guias[0]!;
      out.push({
        messageId: 'conferir',
        severity: 'warning',
        data: {
          guia: first.numero,
          guias: guiasTexto(guias),
          categoria: nome,
          documentos: listaPt(semTipo.map(docLabel)),
        },
        where: { guia: first.numero, line: first.line, field: 'Anexos' },
      });
    }
    return out;
  },
});
