// The TISS engine: bytes of a file → findings + summary. Runs unchanged in the popup, the Worker and Node.
// Steps, each stopping the ones that cannot run after it: size → decode → one parsing pass (well-formedness,
// root, version, schema, hash, summary) → file name. The pass keeps no tree: each element is checked as its start
// and end tags are read (see TissPass). Never throws: an unexpected failure becomes a finding, so the user always
// gets an answer.
import { clipFinding, clipStrings } from '../clip.ts';
import { type Finding, INTERNAL_ERROR, sortFindings, TISS_KIND } from '../findings.ts';
import { type TissFacts, TissFactsCollector } from '../rules/context-from-tiss.ts';
import { decodeTissBytes } from './decode.ts';
import { checkFileName } from './file-name.ts';
import { checkEpilogoHash, EpilogoHashStream } from './hash.ts';
import { type ElementFrame, isAt } from './locate.ts';
import { isEpilogoHash, objectStack, type ScanHandler, scanXml, TreeBuilder } from './parse.ts';
import { MAX_XML_BYTES, type TissReport, type TissSummary, type ValidateTissOptions } from './report.ts';
import { publishedTissVersions, type SchemaChecker, SUPPORTED_TISS_VERSIONS, schemaChecker } from './schema/index.ts';
import { MessageSummary } from './summary.ts';
import { checkVersion, readVersion, type VersionInfo } from './version.ts';
import type { XmlDocument } from './xml-tree.ts';

export type { TissReport, TissSummary, ValidateTissOptions };
export { MAX_XML_BYTES, SUPPORTED_TISS_VERSIONS };

const TISS_NS = 'http://www.ans.gov.br/padroes/tiss/schemas';

export function validateTiss(bytes: Uint8Array, opts: ValidateTissOptions = {}): TissReport {
  const summary: TissSummary = {
    ...(opts.fileName ? { arquivo: opts.fileName } : {}),
    bytes: bytes.length,
    versaoSuportada: false,
  };
  const findings: Finding[] = [];
  let read: { facts?: TissFacts; document?: XmlDocument } | undefined;
  try {
    read = run(bytes, opts, summary, findings);
  } catch (e) {
    findings.push({
      rule: INTERNAL_ERROR,
      kind: TISS_KIND,
      severity: 'error',
      message: 'Não foi possível concluir a validação deste arquivo por um erro interno do validador. Avise o suporte.',
      where: {},
      detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
  // Bounded here, once, whatever check made them: findings and summary may echo the input (see shared/clip.ts).
  const sorted = sortFindings(findings).map(clipFinding);
  return {
    valido: !sorted.some((f) => f.severity === 'error'),
    findings: sorted,
    summary: clipStrings(summary),
    ...read,
  };
}

function run(
  bytes: Uint8Array,
  opts: ValidateTissOptions,
  summary: TissSummary,
  findings: Finding[],
): { facts?: TissFacts; document?: XmlDocument } | undefined {
  const maxBytes = opts.maxBytes ?? MAX_XML_BYTES;
  if (bytes.length > maxBytes) {
    findings.push({
      rule: 'tiss/tamanho',
      kind: TISS_KIND,
      severity: 'error',
      message: `O arquivo tem ${megabytes(bytes.length)}; o limite para envio é ${megabytes(maxBytes)}. Divida as guias em mais de um lote.`,
      where: {},
      detail: `${bytes.length} bytes > limit ${maxBytes}`,
    });
    return undefined;
  }

  const decoded = decodeTissBytes(bytes);
  if (!decoded.ok) {
    if (decoded.encoding) summary.encoding = decoded.encoding;
    findings.push(decoded.finding);
    return undefined;
  }
  summary.encoding = decoded.encoding;
  findings.push(...decoded.warnings);
  opts.onDecoded?.();

  const pass = new TissPass(
    new EpilogoHashStream<ElementFrame>(opts.md5),
    opts.facts === false ? undefined : new TissFactsCollector(),
    opts.tree ? new TreeBuilder() : undefined,
  );
  const scanned = scanXml(decoded.text, pass);
  if (!scanned.ok) {
    findings.push(scanned.finding);
    return undefined;
  }
  const read = {
    ...(pass.facts ? { facts: pass.facts.facts() } : {}),
    ...(pass.tree ? { document: { root: pass.tree.root!, encoding: decoded.encoding } } : {}),
  };
  const root = scanned.root;
  if (root.name !== 'mensagemTISS' || root.ns !== TISS_NS) {
    findings.push({
      rule: 'tiss/estrutura',
      kind: TISS_KIND,
      severity: 'error',
      message: `O arquivo é um XML, mas não é uma mensagem TISS: o elemento principal é <${root.name}> em vez de <ans:mensagemTISS> no namespace do TISS.`,
      where: { field: root.name, element: root.name, line: root.line, column: root.column },
      detail: `root {${root.ns}}${root.name}, expected {${TISS_NS}}mensagemTISS`,
    });
    return read;
  }

  const version = pass.version!;
  if (version.versao) summary.versao = version.versao;
  if (pass.versionProblem) findings.push(pass.versionProblem);
  else if (pass.checker) {
    summary.versaoSuportada = true;
    findings.push(...pass.checker.findings());
  }

  Object.assign(summary, pass.summary.facts());
  const hashCheck = checkEpilogoHash(pass.declaredHash, pass.hash.outcome());
  if (hashCheck.hash) summary.hash = hashCheck.hash;
  findings.push(...hashCheck.findings);

  if (opts.fileName) {
    const hash = summary.hash?.declarado || summary.hash?.calculado;
    findings.push(...checkFileName(opts.fileName, summary.numeroLote, hash));
  }
  return read;
}

/**
 * Everything the engine learns from the message, on the parser's events. The version (cabecalho/Padrao) is known
 * when the first cabecalho closes, or at the end without one; the events before it are held (a few dozen
 * elements in a TISS message) and replayed into the schema checker of that version, which then runs live.
 */
class TissPass implements ScanHandler {
  declaredHash: ElementFrame | undefined;
  readonly summary = new MessageSummary();
  private padrao: ElementFrame | undefined;
  private versaoPadrao: ElementFrame | undefined;
  version: VersionInfo | undefined;
  versionProblem: Finding | undefined;
  checker: SchemaChecker | undefined;
  private held: [ElementFrame, boolean][] | undefined = objectStack();
  private tissRoot = false;

  constructor(
    readonly hash: EpilogoHashStream<ElementFrame>,
    /** Absent when the caller runs no rules (`facts: false`). */
    readonly facts: TissFactsCollector | undefined,
    readonly tree?: TreeBuilder,
  ) {}

  open(frame: ElementFrame): void {
    this.tree?.open(frame);
    this.facts?.open(frame);
    if (frame.depth === 0) this.tissRoot = frame.name === 'mensagemTISS' && frame.ns === TISS_NS;
    if (this.checker) this.checker.open(frame);
    else this.held?.push([frame, true]);
  }

  close(frame: ElementFrame, leaf: boolean): void {
    this.tree?.close(frame, leaf);
    const epilogoHash = frame.name === 'hash' && isEpilogoHash(frame);
    if (epilogoHash) this.declaredHash = frame;
    if (leaf) this.hash.leaf(frame, epilogoHash);
    this.summary.close(frame);
    this.facts?.close(frame, leaf);
    if (this.checker) this.checker.close(frame);
    else if (this.held) {
      this.held.push([frame, false]);
      const depth = frame.depth;
      if (depth === 2) {
        if (frame.name === 'Padrao' && isAt(frame, 'cabecalho', 'Padrao')) this.padrao = frame;
        else if (frame.name === 'versaoPadrao' && isAt(frame, 'cabecalho', 'versaoPadrao')) this.versaoPadrao = frame;
      } else if (depth === 0 || (depth === 1 && isAt(frame, 'cabecalho'))) this.versionKnown();
    }
  }

  private versionKnown(): void {
    const held = this.held!;
    this.held = undefined;
    if (!this.tissRoot) return;
    const version = readVersion(this.padrao, this.versaoPadrao);
    this.version = version;
    this.versionProblem = checkVersion(version, {
      supported: SUPPORTED_TISS_VERSIONS,
      published: publishedTissVersions,
    });
    if (this.versionProblem) return;
    const checker = schemaChecker(version.versao!);
    if (!checker) return;
    for (const [frame, open] of held) {
      if (open) checker.open(frame);
      else checker.close(frame);
    }
    this.checker = checker;
  }
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;
}
