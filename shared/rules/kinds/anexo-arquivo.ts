// Size and format of a file before the portal's dropzone gets it (anexos de lote, de recurso, nota fiscal,
// XML upload). The portal shows "Formatos de arquivo aceitos" and "Tamanho máximo" per dropzone.
import * as z from 'zod/mini';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { fileExtension, formatBytes } from '../text.ts';

const destinos = ['anexo-lote', 'anexo-recurso', 'anexo-nota-fiscal', 'upload-xml'] as const;

export const anexoArquivo = defineRuleKind({
  meta: {
    kind: 'anexo-arquivo',
    description: 'Tamanho máximo e formatos aceitos de um arquivo, conforme o destino (anexo, recurso, XML).',
    options: z.object({
      destino: z.enum(destinos),
      maxBytes: z.number().check(z.int(), z.positive()),
      /** Accepted extensions in upper case ("PDF"); absent = any format ("TODOS"). */
      formatos: z.optional(
        z.array(z.string().check(z.regex(/^[A-Z0-9]+$/, 'extensão em maiúsculas, sem ponto'))).check(z.minLength(1)),
      ),
      /** Formats the operadora prefers; others give an info finding. */
      preferidos: z.optional(
        z.array(z.string().check(z.regex(/^[A-Z0-9]+$/, 'extensão em maiúsculas, sem ponto'))).check(z.minLength(1)),
      ),
    }),
    facts: ['arquivos'],
    placeholders: ['arquivo', 'tamanho', 'limite', 'formato', 'formatos'],
    messages: {
      formato: 'O arquivo "{arquivo}" ({formato}) não é aceito aqui; formatos aceitos: {formatos}.',
      preferido: 'O arquivo "{arquivo}" ({formato}) é aceito, mas a operadora prefere {formatos}.',
    },
    defaultMessage: 'O arquivo "{arquivo}" tem {tamanho}; o limite é {limite} por arquivo. Reduza ou divida o arquivo.',
    defaultSource: 'serpro-comunicado-anexos-2020 § 3. Até quantos documentos posso anexar no lote?',
    glosas: ['3166'],
  },
  check(context, o) {
    const out: RuleReport[] = [];
    for (const arquivo of context.arquivos ?? []) {
      if (arquivo.destino !== o.destino) continue;
      const formato = fileExtension(arquivo.nome) || 'sem extensão';
      // Just over the limit rounds to the limit ("15 MB"); then show exact bytes so the numbers differ.
      const close = formatBytes(arquivo.tamanho) === formatBytes(o.maxBytes);
      const size = (n: number) => (close ? `${n.toLocaleString('pt-BR')} bytes` : formatBytes(n));
      const base = {
        arquivo: arquivo.nome,
        tamanho: size(arquivo.tamanho),
        limite: size(o.maxBytes),
        formato,
      };
      const where = { field: arquivo.nome };
      if (arquivo.tamanho > o.maxBytes) out.push({ data: { ...base, formatos: '' }, where });
      if (o.formatos && !o.formatos.includes(formato))
        out.push({ messageId: 'formato', data: { ...base, formatos: o.formatos.join(', ') }, where });
      else if (o.preferidos && !o.preferidos.includes(formato))
        out.push({
          messageId: 'preferido',
          severity: 'info',
          data: { ...base, formatos: o.preferidos.join(', ') },
          where,
        });
    }
    return out;
  },
});
