// Rule facts from a TISS message: lote, guias (dates, senha, caráter/tipo de atendimento, procedures with codes,
// dates, dente/região), recurso items. Gathered in the TISS engine's parsing pass (TissFactsCollector, fed by
// validateTiss) into a compact TissFacts, without a tree of the message: while a guia is read, the first element
// of each name a rule needs (below the guia, below each of its items) is noted, and its text read at the guia's
// end tag. Read leniently: the schema validator reports structure; here a missing element just leaves the fact
// out, so the rules that need it do not run.
import { childNamed, type ElementFrame, findDescendant, GUIA_ELEMENTS, isAt } from '../tiss/locate.ts';
import { type ScanHandler, TreeBuilder } from '../tiss/parse.ts';
import type { XmlElement } from '../tiss/xml-tree.ts';
import type { Guia, Procedimento, RuleContext, TipoGuia } from './context.ts';

type RecursoItem = NonNullable<RuleContext['recurso']>['itens'][number];

/** What the rules read of a TISS message (TissReport.facts); turned into a RuleContext by contextFromTiss. */
export interface TissFacts {
  versao?: string;
  /** cabecalho/destino/registroANS. */
  operadora?: string;
  /** loteGuias: its number, how many guia elements its guiasTISS holds, and the facts of each guia. */
  lote?: { numero?: string; quantidadeGuias: number; guias: Guia[] };
  /** guiaRecursoGlosa: the lote and protocolo it appeals, and its items. */
  recurso?: { numeroLote?: string; protocolo?: string; itens: RecursoItem[] };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(el: { text: string } | undefined): string | undefined {
  const t = el?.text.trim();
  return t ? t : undefined;
}

/** Trimmed text of the first element of a name below some element ('' counts as absent). */
interface Below {
  text(name: string): string | undefined;
}

function dateIn(below: Below, ...names: string[]): string | undefined {
  for (const n of names) {
    const t = below.text(n);
    if (t && ISO_DATE.test(t)) return t;
  }
  return undefined;
}

function numberIn(below: Below, ...names: string[]): number | undefined {
  for (const n of names) {
    const t = below.text(n);
    if (t === undefined) continue;
    const v = Number(t);
    if (Number.isFinite(v)) return v;
  }
  return undefined;
}

// The names read below a guia and below each of its items (keep in step with guiaFrom and procedimento).
const GUIA_NAMES = [
  'numeroGuiaPrestador',
  'dataAtendimento',
  'dataInicioFaturamento',
  'dataAutorizacao',
  'dataValidadeSenha',
  'validadeSenha',
  'senha',
  'senhaAutorizacao',
  'caraterAtendimento',
  'tipoAtendimento',
  'regimeInternacao',
  'regimeAtendimento',
  'numeroCarteira',
  'profissionalExecutante',
];
const ITEM_NAMES = [
  'codigoProcedimento',
  'sequencialItem',
  'codigoTabela',
  'descricaoProcedimento',
  'dataExecucao',
  'dataRealizacao',
  'quantidadeExecutada',
  'qtdProc',
  'valorTotal',
  'valorProc',
  'valorProcedimento',
  'codDente',
  'codRegiao',
  'denteFace',
  'codigoDespesa',
];
const PROFISSIONAL_PARTS = ['conselhoProfissional', 'numeroConselhoProfissional', 'UF'];

/** Where a name is read: its position in each list above (-1: not read there). */
interface Slots {
  guia: number;
  item: number;
  profissional: number;
}
// One lookup per element of a guia, whatever lists its name is in (most names are in none).
const SLOTS = new Map<string, Slots>();
for (const name of new Set([...GUIA_NAMES, ...ITEM_NAMES, ...PROFISSIONAL_PARTS])) {
  SLOTS.set(name, {
    guia: GUIA_NAMES.indexOf(name),
    item: ITEM_NAMES.indexOf(name),
    profissional: PROFISSIONAL_PARTS.indexOf(name),
  });
}

/**
 * First element of each name (document order) below an element, among the names read there: noted at its start
 * tag, and only its text kept from its end tag on (frames are not kept past their element: garbage stays young).
 */
class Firsts implements Below {
  // Fields set in the constructor only (`declare`: no class-field initializers, which define each field as
  // undefined first and then assign it again): Firsts, GuiaReading and ItemReading are built in their final shape.
  declare private readonly names: readonly string[];
  declare private readonly values: (ElementFrame | string | undefined)[];
  constructor(names: readonly string[]) {
    this.names = names;
    // Not `names.map(() => undefined)`: once TurboFan inlines `map`, its arrays come out with another elements
    // kind than the interpreter's, and every optimised reader of `values` (note, opened, closed, text,
    // procedimento) deopted on the "wrong map" mid-lote. `new Array(n).fill()` is holey either way (issue 13).
    this.values = new Array(names.length).fill(undefined);
  }
  /** Notes `frame` at `slot` if it is the first there; says whether it was. */
  opened(slot: number, frame: ElementFrame): boolean {
    if (slot < 0 || this.values[slot] !== undefined) return false;
    this.values[slot] = frame;
    return true;
  }
  closed(slot: number, frame: ElementFrame): void {
    if (slot >= 0 && this.values[slot] === frame) this.values[slot] = frame.text;
  }
  has(name: string): boolean {
    return this.values[this.names.indexOf(name)] !== undefined;
  }
  text(name: string): string | undefined {
    const v = this.values[this.names.indexOf(name)];
    const t = v === undefined ? '' : typeof v === 'string' ? v.trim() : v.text.trim();
    return t ? t : undefined;
  }
}

/** One billed item of a guia being read; `frame` until its end tag. */
class ItemReading {
  declare frame: ElementFrame | undefined;
  declare readonly despesa: boolean;
  declare readonly firsts: Firsts;
  constructor(frame: ElementFrame) {
    this.frame = frame;
    this.despesa = frame.name === 'despesa';
    this.firsts = new Firsts(ITEM_NAMES);
  }
}

/** A guia being read: what it holds so far. */
class GuiaReading {
  declare readonly frame: ElementFrame;
  declare readonly tipo: TipoGuia;
  declare readonly line: number;
  declare readonly firsts: Firsts;
  declare private profissionalFrame: ElementFrame | undefined;
  /** The first profissionalExecutante's conselho, número and UF (its first children of those names). */
  declare readonly profissional: Firsts;
  /** The billed items (procedimentos, despesas), in document order; `open` is the one being read. */
  declare readonly items: ItemReading[];
  declare open: ItemReading | undefined;
  /** The open elements noted in some Firsts, innermost last: only they need anything at their end tag. */
  declare private readonly noted: ElementFrame[];

  constructor(frame: ElementFrame, tipo: TipoGuia) {
    this.frame = frame;
    this.tipo = tipo;
    this.line = frame.line;
    this.firsts = new Firsts(GUIA_NAMES);
    this.profissionalFrame = undefined;
    this.profissional = new Firsts(PROFISSIONAL_PARTS);
    this.items = [];
    this.open = undefined;
    this.noted = [];
  }

  /** An element inside the guia opened. */
  note(frame: ElementFrame): void {
    const slots = SLOTS.get(frame.name);
    let noted = false;
    if (slots) {
      noted = this.firsts.opened(slots.guia, frame);
      if (frame.parent === this.profissionalFrame && frame.index === 1)
        noted = this.profissional.opened(slots.profissional, frame) || noted;
      if (this.open) noted = this.open.firsts.opened(slots.item, frame) || noted;
      if (noted) this.noted.push(frame);
      if (frame.name === 'profissionalExecutante' && !this.profissionalFrame) this.profissionalFrame = frame;
    }
    if (!this.open && this.isItem(frame, frame.parent!)) {
      this.open = new ItemReading(frame);
      this.items.push(this.open);
    }
  }

  closed(frame: ElementFrame): void {
    const open = this.open;
    if (open && frame === open.frame) {
      open.frame = undefined;
      this.open = undefined;
    }
    const noted = this.noted;
    // Length first: reading noted[-1] is a slow property lookup in V8, not an array read.
    if (noted.length === 0 || noted[noted.length - 1] !== frame) return;
    noted.pop();
    const slots = SLOTS.get(frame.name)!;
    this.firsts.closed(slots.guia, frame);
    this.profissional.closed(slots.profissional, frame);
    open?.firsts.closed(slots.item, frame);
  }
  /** The elements that are one billed item of a guia. */
  private isItem(frame: ElementFrame, parent: ElementFrame): boolean {
    const depth = frame.depth - this.frame.depth;
    const guia = this.frame.name;
    if (guia === 'guiaOdonto') return depth === 1 && frame.name === 'procedimentosExecutados';
    if (depth !== 2) return false;
    if (guia === 'guiaConsulta') {
      return (
        frame.name === 'procedimento' && frame.index === 1 && parent.name === 'dadosAtendimento' && parent.index === 1
      );
    }
    if (parent.name === 'procedimentosExecutados' || parent.name === 'procedimentosRealizados')
      return frame.name === 'procedimentoExecutado' || frame.name === 'procedimentoRealizado';
    return parent.name === 'outrasDespesas' && frame.name === 'despesa';
  }
}

/**
 * A copy of `o` without its undefined properties, in the same order. Not `delete`: an object that loses a
 * property goes to V8's slow dictionary mode, and a 15 MB lote has thousands of procedimentos.
 */
function definedOnly<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function procedimento(item: Firsts, index: number, fallbackDate: string | undefined): Procedimento | undefined {
  const codigo = item.text('codigoProcedimento');
  if (!codigo) return undefined;
  const seq = Number(item.text('sequencialItem'));
  return definedOnly<Procedimento>({
    item: Number.isInteger(seq) && seq > 0 ? seq : index + 1,
    codigo,
    tabela: item.text('codigoTabela'),
    descricao: item.text('descricaoProcedimento'),
    dataRealizacao: dateIn(item, 'dataExecucao', 'dataRealizacao') ?? fallbackDate,
    quantidade: numberIn(item, 'quantidadeExecutada', 'qtdProc'),
    valorTotal: numberIn(item, 'valorTotal', 'valorProc', 'valorProcedimento'),
    dente: item.text('codDente'),
    regiao: item.text('codRegiao'),
    face: item.text('denteFace'),
  });
}

/** Opaque in-memory key of the professional who performed a consulta (conselho + número + UF). */
function profissionalKey(g: GuiaReading): string | undefined {
  if (!g.firsts.has('profissionalExecutante')) return undefined;
  const parts = [...PROFISSIONAL_PARTS].map((n) => g.profissional.text(n) ?? '');
  return parts[1] ? parts.join('|') : undefined;
}

function guiaFrom(g: GuiaReading): Guia {
  const { tipo, firsts } = g;
  const textIn = (name: string) => firsts.text(name);
  const numero = textIn('numeroGuiaPrestador') ?? '';
  const dataAtendimento = dateIn(firsts, 'dataAtendimento', 'dataInicioFaturamento');
  const procedimentos = g.items
    .map((item, i) => procedimento(item.firsts, i, tipo === 'consulta' ? dataAtendimento : undefined))
    .filter((p): p is Procedimento => p !== undefined);
  return definedOnly<Guia>({
    numero,
    tipo,
    dataAtendimento,
    dataAutorizacao: dateIn(firsts, 'dataAutorizacao'),
    // Odonto names them senhaAutorizacao/validadeSenha.
    dataValidadeSenha: dateIn(firsts, 'dataValidadeSenha', 'validadeSenha'),
    senha: textIn('senha') ?? textIn('senhaAutorizacao'),
    caraterAtendimento: textIn('caraterAtendimento'),
    tipoAtendimento: textIn('tipoAtendimento'),
    regimeInternacao: textIn('regimeInternacao'),
    regimeAtendimento: textIn('regimeAtendimento'),
    beneficiario: textIn('numeroCarteira'),
    profissional: profissionalKey(g),
    procedimentos,
    outrasDespesas: g.items
      .filter((i) => i.despesa)
      .map((d) => d.firsts.text('codigoDespesa'))
      .filter((c): c is string => c !== undefined),
    anexos: [],
    line: g.line,
  });
}

/** The items of a recurso de glosa, from a tree of its guiaRecursoGlosa (one per message, read as a whole). */
function recursoFrom(guia: XmlElement): RecursoItem[] {
  const within = (el: XmlElement): Below => ({ text: (name) => text(findDescendant(el, name)) });
  const itens: RecursoItem[] = [];
  const opcao = childNamed(guia, 'opcaoRecurso');
  for (const choice of opcao?.children ?? []) {
    if (choice.name === 'recursoProtocolo') {
      itens.push({
        codigoGlosa: within(choice).text('codigoGlosaProtocolo'),
        justificativa: within(choice).text('justificativaProtocolo') ?? '',
      });
      continue;
    }
    if (choice.name !== 'recursoGuia') continue;
    const numero = text(childNamed(choice, 'numeroGuiaOrigem'));
    for (const r of childNamed(choice, 'opcaoRecursoGuia')?.children ?? []) {
      const below = within(r);
      const textIn = (name: string) => below.text(name);
      const seq = Number(textIn('sequencialItem'));
      itens.push({
        guia: numero,
        item: Number.isInteger(seq) && seq > 0 ? seq : undefined,
        codigoGlosa: textIn('codGlosaItem') ?? textIn('codGlosaGuia'),
        valorRecursado: numberIn(below, 'valorRecursado'),
        justificativa: textIn('justificativaItem') ?? textIn('justificativaGuia') ?? '',
      });
    }
  }
  for (const item of itens)
    for (const k of Object.keys(item) as (keyof typeof item)[]) if (item[k] === undefined) delete item[k];
  return itens;
}

const LOTE = ['prestadorParaOperadora', 'loteGuias'];
const RECURSO = ['prestadorParaOperadora', 'recursoGlosa', 'guiaRecursoGlosa'];

/**
 * Gathers TissFacts on the parser's events (the first element of each name along each path, as a reader of a
 * tree would take it). The guias of the lote's guiasTISS are read one at a time (GuiaReading); the
 * guiaRecursoGlosa, one per message, is built as a small tree of its own and read at its end tag.
 */
export class TissFactsCollector implements ScanHandler {
  private padrao: ElementFrame | undefined;
  private versaoPadrao: ElementFrame | undefined;
  private destino: ElementFrame | undefined;
  private lote: { numero?: ElementFrame; quantidadeGuias: number; guias: Guia[] } | undefined;
  private recurso: TissFacts['recurso'];
  private guia: GuiaReading | undefined;
  private recursoTree: { frame: ElementFrame; tree: TreeBuilder } | undefined;

  open(frame: ElementFrame): void {
    if (this.guia) {
      this.guia.note(frame);
      return;
    }
    if (this.recursoTree) {
      this.recursoTree.tree.open(frame);
      return;
    }
    const depth = frame.depth;
    if (depth === 2 && isAt(frame, ...LOTE)) this.lote = { quantidadeGuias: 0, guias: [] };
    else if (
      depth === 4 &&
      this.lote &&
      frame.parent!.name === 'guiasTISS' &&
      isAt(frame.parent!, ...LOTE, 'guiasTISS')
    ) {
      // Own properties only: element names come from the file ("constructor" is a legal XML name).
      const tipo = Object.hasOwn(GUIA_ELEMENTS, frame.name) ? GUIA_ELEMENTS[frame.name] : undefined;
      if (!tipo) return;
      this.lote.quantidadeGuias++;
      if (tipo !== 'recurso-glosa') this.guia = new GuiaReading(frame, tipo);
    } else if (depth === 3 && isAt(frame, ...RECURSO)) {
      this.recursoTree = { frame, tree: new TreeBuilder() };
      this.recursoTree.tree.open(frame);
    }
  }

  close(frame: ElementFrame, leaf: boolean): void {
    const guia = this.guia;
    if (guia) {
      if (frame !== guia.frame) guia.closed(frame);
      else {
        this.guia = undefined;
        this.lote?.guias.push(guiaFrom(guia));
      }
      return;
    }
    const recurso = this.recursoTree;
    if (recurso) {
      recurso.tree.close(frame, leaf);
      if (frame !== recurso.frame) return;
      this.recursoTree = undefined;
      const el = recurso.tree.root!;
      this.recurso = { itens: recursoFrom(el) };
      const numero = text(childNamed(el, 'numeroLote'));
      if (numero) this.recurso.numeroLote = numero;
      const protocolo = text(childNamed(el, 'numeroProtocolo'));
      if (protocolo) this.recurso.protocolo = protocolo;
      return;
    }
    if (frame.depth === 2) {
      if (isAt(frame, 'cabecalho', 'Padrao')) this.padrao = frame;
      else if (isAt(frame, 'cabecalho', 'versaoPadrao')) this.versaoPadrao = frame;
    } else if (frame.depth === 3) {
      if (isAt(frame, 'cabecalho', 'destino', 'registroANS')) this.destino = frame;
      else if (this.lote && isAt(frame, ...LOTE, 'numeroLote')) this.lote.numero = frame;
    }
  }

  facts(): TissFacts {
    const facts: TissFacts = {};
    const versao = text(this.padrao ?? this.versaoPadrao);
    if (versao) facts.versao = versao;
    const operadora = text(this.destino);
    if (operadora) facts.operadora = operadora;
    if (this.lote) {
      const { numero, ...lote } = this.lote;
      const n = text(numero);
      facts.lote = n ? { numero: n, ...lote } : lote;
    }
    if (this.recurso) facts.recurso = this.recurso;
    return facts;
  }
}

/**
 * A deep copy of a guia: its nested objects (procedimentos, anexos) are flat records, so spreads copy it whole.
 * Not structuredClone: it serialises every value, ~30 ms of a 15 MB lote's 11,100 procedimentos (issue 13),
 * and spreads keep each object's key order and shape.
 */
function copyGuia(g: Guia): Guia {
  return {
    ...g,
    procedimentos: g.procedimentos.map((p) => ({ ...p })),
    outrasDespesas: [...g.outrasDespesas],
    anexos: g.anexos.map((a) => ({ ...a })),
  };
}

/** The rule context of a message's facts; `acao` says what the user is doing with it. */
export function contextFromTiss(facts: TissFacts, hoje: string, acao: RuleContext['acao'] = 'upload-xml'): RuleContext {
  // A copy: callers add to the context (arquivos, lote situação…) and the same facts may serve twice.
  const { versao, operadora } = facts;
  const lote = facts.lote && { ...facts.lote, guias: facts.lote.guias.map(copyGuia) };
  const recurso = facts.recurso && { ...facts.recurso, itens: facts.recurso.itens.map((i) => ({ ...i })) };
  const context: RuleContext = { hoje, acao };
  if (versao) context.versaoTiss = versao;
  if (operadora) context.operadora = operadora;
  if (lote) {
    context.guias = lote.guias;
    context.lote = { anexos: [], quantidadeGuias: lote.quantidadeGuias };
    if (lote.numero) context.lote.numero = lote.numero;
    const tipos = new Set(lote.guias.map((g) => g.tipo));
    const [only] = tipos;
    if (tipos.size === 1 && only) context.lote.tipoGuia = only;
  }
  if (recurso) {
    context.recurso = { itens: recurso.itens };
    context.lote = { anexos: [], tipoGuia: 'recurso-glosa' };
    if (recurso.numeroLote) context.lote.numero = recurso.numeroLote;
    if (recurso.protocolo) context.lote.protocolo = { numero: recurso.protocolo };
  }
  return context;
}
