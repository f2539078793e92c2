// The recurso draft of one protocolo as a TISS 4.01.00 recursoGlosa message, for the operadoras that take the
// recurso as XML (FUNSSEST: "a estrutura do XML deverá ser em recurso glosa", 003 Q13). Written in the XSD's
// element order (ctm_recursoGlosa), hash stamped, named as the portal lists imports, and validated by the
// project's own validator before it is offered: a file that fails is never returned.
import type { Finding } from '../findings.ts';
import type { RulePack } from '../rules/pack-schema.ts';
import { expectedFileName, FILE_NAME_RULE } from '../tiss/file-name.ts';
import { validateXml } from '../validate.ts';
import type { AlvoRecurso, RascunhoRecurso } from './draft.ts';
import { decimalOf } from './money.ts';
import { JUSTIFICATIVA_MAX } from './template.ts';
import { stampEpilogoHash } from './tiss-tree.ts';
import { el as e, mensagemTiss, type XmlTree as Tree } from './xml-writer.ts';

export const RECURSO_XML_VERSAO = '4.01.00';
const RULE = 'glosas/recurso-xml';
const MAX_GUIAS = 100; // recursoGuia maxOccurs

export interface RecursoXmlOptions {
  /** dataRecurso and dataRegistroTransacao, 'YYYY-MM-DD'. */
  hoje: string;
  /** horaRegistroTransacao, 'HH:MM:SS'. */
  hora: string;
  /** numeroGuiaRecGlosaPrestador: the prestador's own number for this recurso (texto 20). */
  numeroGuiaRecurso: string;
  pack?: RulePack;
}

export type RecursoXml =
  | { ok: true; bytes: Uint8Array; fileName: string; hash: string; valorTotal: number; findings: Finding[] }
  | { ok: false; findings: Finding[] };

const problem = (message: string, where: Finding['where'] = {}): Finding => ({
  rule: RULE,
  kind: 'glosas',
  severity: 'error',
  message,
  where,
});

/** What the clerk must fix in the draft before the XML can be written, in pt-BR. */
function problemsOf(r: RascunhoRecurso, alvos: AlvoRecurso[], opts: RecursoXmlOptions): Finding[] {
  const out: Finding[] = [];
  if (!alvos.length) out.push(problem('Nenhuma glosa marcada para recurso.'));
  if (!/^\d{1,12}$/.test(r.protocolo))
    out.push(problem(`O protocolo "${r.protocolo}" não é numérico; o XML do recurso exige o número do protocolo.`));
  if (!/^\S.{0,19}$/.test(opts.numeroGuiaRecurso))
    out.push(problem('Informe o número da guia de recurso do prestador (até 20 caracteres).'));
  const protocolo = alvos.filter((a) => a.nivel === 'protocolo');
  if (protocolo.length && protocolo.length < alvos.length)
    out.push(
      problem(
        'O recurso do protocolo inteiro não se junta a recursos de guias no mesmo XML: marque só o protocolo, ou só as guias e procedimentos.',
      ),
    );
  const guias = new Map<string, Set<string>>();
  for (const a of alvos) if (a.guia) guias.set(a.guia, (guias.get(a.guia) ?? new Set()).add(a.nivel));
  for (const [guia, niveis] of guias)
    if (niveis.size > 1)
      out.push(
        problem(
          `Guia ${guia}: o XML aceita o recurso da guia inteira ou de seus procedimentos, não os dois. Desmarque um deles.`,
          { guia },
        ),
      );
  if (guias.size > MAX_GUIAS)
    out.push(problem(`O recurso tem ${guias.size} guias; um XML aceita até ${MAX_GUIAS}. Divida o recurso.`));
  for (const a of alvos) {
    const where = a.guia ? { guia: a.guia } : {};
    if (a.valorRecursado > a.valorGlosado)
      out.push(problem(`${rotulo(a)}: o Vlr. Recursado passa do Vlr. Glosado.`, where));
    for (const j of a.justificativas) {
      if (!j.texto.trim()) out.push(problem(`${rotulo(a)}, glosa ${j.codigo}: escreva a justificativa.`, where));
      else if (j.texto.length > JUSTIFICATIVA_MAX)
        out.push(
          problem(
            `${rotulo(a)}, glosa ${j.codigo}: a justificativa tem ${j.texto.length} caracteres; o limite é ${JUSTIFICATIVA_MAX}.`,
            where,
          ),
        );
    }
  }
  return out;
}

export function rotulo(a: AlvoRecurso): string {
  if (a.nivel === 'item') return `Guia ${a.guia}, procedimento ${a.item?.codigo}`;
  if (a.nivel === 'guia') return `Guia ${a.guia}`;
  return 'Protocolo';
}

/** itensGuia entries of one procedimento: one per glosa code, the recursado split in order up to each code's value. */
function itens(a: AlvoRecurso): Tree[] {
  let restante = a.valorRecursado;
  return a.justificativas.map((j, n) => {
    const last = n === a.justificativas.length - 1;
    const valor = last ? restante : Math.min(restante, j.valorGlosado ?? restante);
    restante -= valor;
    const i = a.item!;
    return e(
      'itensGuia',
      e('sequencialItem', i.sequencial),
      e('dataInicio', i.dataRealizacao),
      e(
        'procRecurso',
        e('codigoTabela', i.tabela),
        e('codigoProcedimento', i.codigo),
        e('descricaoProcedimento', i.descricao),
      ),
      i.grauParticipacao !== undefined && e('grauParticipacao', i.grauParticipacao),
      e('codGlosaItem', j.codigo),
      e('valorRecursado', decimalOf(valor)),
      e('justificativaItem', j.texto.trim()),
    );
  });
}

function opcaoRecurso(alvos: AlvoRecurso[]): Tree {
  const protocolo = alvos.find((a) => a.nivel === 'protocolo');
  if (protocolo) {
    const j = protocolo.justificativas[0]!;
    return e(
      'opcaoRecurso',
      e('recursoProtocolo', e('codigoGlosaProtocolo', j.codigo), e('justificativaProtocolo', j.texto.trim())),
    );
  }
  const porGuia = new Map<string, AlvoRecurso[]>();
  for (const a of alvos) porGuia.set(a.guia!, [...(porGuia.get(a.guia!) ?? []), a]);
  return e(
    'opcaoRecurso',
    ...[...porGuia.values()].map((list) => {
      const first = list[0]!;
      const completa = first.nivel === 'guia';
      return e(
        'recursoGuia',
        e('numeroGuiaOrigem', first.guia!),
        first.guiaOperadora !== undefined && e('numeroGuiaOperadora', first.guiaOperadora),
        first.senha !== undefined && e('senha', first.senha),
        e(
          'opcaoRecursoGuia',
          ...(completa
            ? first.justificativas.map((j) =>
                e('recursoGuiaCompleta', e('codGlosaGuia', j.codigo), e('justificativaGuia', j.texto.trim())),
              )
            : list.flatMap(itens)),
        ),
      );
    }),
  );
}

export function gerarRecursoXml(r: RascunhoRecurso, opts: RecursoXmlOptions): RecursoXml {
  const alvos = r.alvos.filter((a) => a.incluir);
  const problems = problemsOf(r, alvos, opts);
  if (problems.length) return { ok: false, findings: problems };
  const valorTotal = alvos.reduce((s, a) => s + a.valorRecursado, 0);
  const contratado = e('dadosContratado', e(r.contratado.tipo, r.contratado.valor));
  const origem =
    r.contratado.tipo === 'codigoPrestadorNaOperadora'
      ? e('codigoPrestadorNaOperadora', r.contratado.valor)
      : e(r.contratado.tipo === 'cnpjContratado' ? 'CNPJ' : 'CPF', r.contratado.valor);
  const text = mensagemTiss(
    e(
      'cabecalho',
      e(
        'identificacaoTransacao',
        e('tipoTransacao', 'RECURSO_GLOSA'),
        e('sequencialTransacao', opts.numeroGuiaRecurso.slice(0, 12)),
        e('dataRegistroTransacao', opts.hoje),
        e('horaRegistroTransacao', opts.hora),
      ),
      e('origem', e('identificacaoPrestador', origem)),
      e('destino', e('registroANS', r.registroANS)),
      e('Padrao', RECURSO_XML_VERSAO),
    ),
    e(
      'prestadorParaOperadora',
      e(
        'recursoGlosa',
        e(
          'guiaRecursoGlosa',
          e('registroANS', r.registroANS),
          e('numeroGuiaRecGlosaPrestador', opts.numeroGuiaRecurso),
          e('nomeOperadora', r.nomeOperadora),
          e('objetoRecurso', alvos.some((a) => a.nivel === 'protocolo') ? '1' : '2'),
          contratado,
          e('numeroLote', r.lote),
          e('numeroProtocolo', r.protocolo),
          opcaoRecurso(alvos),
          e('valorTotalRecursado', decimalOf(valorTotal)),
          e('dataRecurso', opts.hoje),
        ),
      ),
    ),
  );
  const stamped = stampEpilogoHash(text);
  if (!stamped.ok)
    return { ok: false, findings: [problem(`Não foi possível gerar o XML do recurso: ${stamped.motivo}.`)] };
  const fileName = expectedFileName(r.lote, stamped.hash);
  const report = validateXml(stamped.bytes, {
    fileName,
    hoje: opts.hoje,
    packs: opts.pack ? [opts.pack] : [],
    ...(opts.pack ? { operadora: opts.pack.operadora.chave } : {}),
  });
  // Our own file: any schema, hash or file-name remark means a bug here, so nothing is offered.
  const blocking = report.findings.filter(
    (f) =>
      f.severity === 'error' || (f.rule.startsWith('tiss/') && f.severity === 'warning') || f.rule === FILE_NAME_RULE,
  );
  if (blocking.length) return { ok: false, findings: blocking };
  return { ok: true, bytes: stamped.bytes, fileName, hash: stamped.hash, valorTotal, findings: report.findings };
}
