// Rule facts from a parsed TISS message: lote, guias (dates, senha, caráter/tipo de atendimento, procedures
// with codes, dates, dente/região), recurso items. Read leniently: the schema validator reports structure;
// here a missing element just leaves the fact out, so the rules that need it do not run.
import { childAt, childNamed, findDescendant, GUIA_ELEMENTS } from '../tiss/locate.ts';
import type { XmlDocument, XmlElement } from '../tiss/xml-tree.ts';
import type { Guia, Procedimento, RuleContext } from './context.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(el: XmlElement | undefined): string | undefined {
  const t = el?.text.trim();
  return t ? t : undefined;
}

function textIn(el: XmlElement, name: string): string | undefined {
  return text(findDescendant(el, name));
}

function dateIn(el: XmlElement, ...names: string[]): string | undefined {
  for (const n of names) {
    const t = textIn(el, n);
    if (t && ISO_DATE.test(t)) return t;
  }
  return undefined;
}

function numberIn(el: XmlElement, ...names: string[]): number | undefined {
  for (const n of names) {
    const t = textIn(el, n);
    if (t === undefined) continue;
    const v = Number(t);
    if (Number.isFinite(v)) return v;
  }
  return undefined;
}

/** The elements that are one billed item of a guia, in document order. */
function itemElements(guia: XmlElement): XmlElement[] {
  if (guia.name === 'guiaOdonto') return guia.children.filter((c) => c.name === 'procedimentosExecutados');
  if (guia.name === 'guiaConsulta') {
    const proc = childAt(guia, 'dadosAtendimento', 'procedimento');
    return proc ? [proc] : [];
  }
  const out: XmlElement[] = [];
  for (const wrapper of guia.children) {
    if (wrapper.name === 'procedimentosExecutados' || wrapper.name === 'procedimentosRealizados')
      out.push(
        ...wrapper.children.filter((c) => c.name === 'procedimentoExecutado' || c.name === 'procedimentoRealizado'),
      );
    if (wrapper.name === 'outrasDespesas') out.push(...wrapper.children.filter((c) => c.name === 'despesa'));
  }
  return out;
}

function procedimento(el: XmlElement, index: number, fallbackDate: string | undefined): Procedimento | undefined {
  const codigo = textIn(el, 'codigoProcedimento');
  if (!codigo) return undefined;
  const seq = Number(textIn(el, 'sequencialItem'));
  const p: Procedimento = {
    item: Number.isInteger(seq) && seq > 0 ? seq : index + 1,
    codigo,
    tabela: textIn(el, 'codigoTabela'),
    descricao: textIn(el, 'descricaoProcedimento'),
    dataRealizacao: dateIn(el, 'dataExecucao', 'dataRealizacao') ?? fallbackDate,
    quantidade: numberIn(el, 'quantidadeExecutada', 'qtdProc'),
    valorTotal: numberIn(el, 'valorTotal', 'valorProc', 'valorProcedimento'),
    dente: textIn(el, 'codDente'),
    regiao: textIn(el, 'codRegiao'),
    face: textIn(el, 'denteFace'),
  };
  for (const k of Object.keys(p) as (keyof Procedimento)[]) if (p[k] === undefined) delete p[k];
  return p;
}

/** Opaque in-memory key of the professional who performed a consulta (conselho + número + UF). */
function profissionalKey(guia: XmlElement): string | undefined {
  const prof = findDescendant(guia, 'profissionalExecutante');
  if (!prof) return undefined;
  const parts = ['conselhoProfissional', 'numeroConselhoProfissional', 'UF'].map(
    (n) => text(childNamed(prof, n)) ?? '',
  );
  return parts[1] ? parts.join('|') : undefined;
}

function guiaFrom(el: XmlElement): Guia | undefined {
  const tipo = GUIA_ELEMENTS[el.name];
  if (!tipo || tipo === 'recurso-glosa') return undefined;
  const numero = textIn(el, 'numeroGuiaPrestador') ?? '';
  const dataAtendimento = dateIn(el, 'dataAtendimento', 'dataInicioFaturamento');
  const procedimentos = itemElements(el)
    .map((item, i) => procedimento(item, i, tipo === 'consulta' ? dataAtendimento : undefined))
    .filter((p): p is Procedimento => p !== undefined);
  const g: Guia = {
    numero,
    tipo,
    dataAtendimento,
    dataAutorizacao: dateIn(el, 'dataAutorizacao'),
    // Odonto names them senhaAutorizacao/validadeSenha.
    dataValidadeSenha: dateIn(el, 'dataValidadeSenha', 'validadeSenha'),
    senha: textIn(el, 'senha') ?? textIn(el, 'senhaAutorizacao'),
    caraterAtendimento: textIn(el, 'caraterAtendimento'),
    tipoAtendimento: textIn(el, 'tipoAtendimento'),
    regimeInternacao: textIn(el, 'regimeInternacao'),
    regimeAtendimento: textIn(el, 'regimeAtendimento'),
    beneficiario: textIn(el, 'numeroCarteira'),
    profissional: profissionalKey(el),
    procedimentos,
    outrasDespesas: itemElements(el)
      .filter((i) => i.name === 'despesa')
      .map((d) => textIn(d, 'codigoDespesa'))
      .filter((c): c is string => c !== undefined),
    anexos: [],
    line: el.line,
  };
  for (const k of Object.keys(g) as (keyof Guia)[]) if (g[k] === undefined) delete g[k];
  return g;
}

function recursoFrom(guia: XmlElement): RuleContext['recurso'] {
  const itens: NonNullable<RuleContext['recurso']>['itens'] = [];
  const opcao = childNamed(guia, 'opcaoRecurso');
  for (const choice of opcao?.children ?? []) {
    if (choice.name === 'recursoProtocolo') {
      itens.push({
        codigoGlosa: textIn(choice, 'codigoGlosaProtocolo'),
        justificativa: textIn(choice, 'justificativaProtocolo') ?? '',
      });
      continue;
    }
    if (choice.name !== 'recursoGuia') continue;
    const numero = text(childNamed(choice, 'numeroGuiaOrigem'));
    for (const r of childNamed(choice, 'opcaoRecursoGuia')?.children ?? []) {
      const seq = Number(textIn(r, 'sequencialItem'));
      itens.push({
        guia: numero,
        item: Number.isInteger(seq) && seq > 0 ? seq : undefined,
        codigoGlosa: textIn(r, 'codGlosaItem') ?? textIn(r, 'codGlosaGuia'),
        valorRecursado: numberIn(r, 'valorRecursado'),
        justificativa: textIn(r, 'justificativaItem') ?? textIn(r, 'justificativaGuia') ?? '',
      });
    }
  }
  for (const item of itens)
    for (const k of Object.keys(item) as (keyof typeof item)[]) if (item[k] === undefined) delete item[k];
  return { itens };
}

/** Facts for the rule engine from a TISS message; `acao` says what the user is doing with it. */
export function contextFromTiss(doc: XmlDocument, hoje: string, acao: RuleContext['acao'] = 'upload-xml'): RuleContext {
  const root = doc.root;
  const cabecalho = childNamed(root, 'cabecalho');
  const context: RuleContext = { hoje, acao };
  const versao = text(cabecalho && (childNamed(cabecalho, 'Padrao') ?? childNamed(cabecalho, 'versaoPadrao')));
  if (versao) context.versaoTiss = versao;
  const operadora = text(cabecalho && childAt(cabecalho, 'destino', 'registroANS'));
  if (operadora) context.operadora = operadora;

  const lote = childAt(root, 'prestadorParaOperadora', 'loteGuias');
  if (lote) {
    const guiaEls = childNamed(lote, 'guiasTISS')?.children.filter((c) => GUIA_ELEMENTS[c.name]) ?? [];
    const guias = guiaEls.map(guiaFrom).filter((g): g is Guia => g !== undefined);
    context.guias = guias;
    context.lote = { anexos: [], quantidadeGuias: guiaEls.length };
    const numero = text(childNamed(lote, 'numeroLote'));
    if (numero) context.lote.numero = numero;
    const tipos = new Set(guias.map((g) => g.tipo));
    const [only] = tipos;
    if (tipos.size === 1 && only) context.lote.tipoGuia = only;
  }
  const recurso = childAt(root, 'prestadorParaOperadora', 'recursoGlosa', 'guiaRecursoGlosa');
  if (recurso) {
    context.recurso = recursoFrom(recurso);
    context.lote = { anexos: [], tipoGuia: 'recurso-glosa' };
    const numero = text(childNamed(recurso, 'numeroLote'));
    if (numero) context.lote.numero = numero;
    const protocolo = text(childNamed(recurso, 'numeroProtocolo'));
    if (protocolo) context.lote.protocolo = { numero: protocolo };
  }
  return context;
}
