// The TISS engine: bytes of a file → findings + summary. Runs unchanged in the popup, the Worker and Node.
// Steps, each stopping the ones that cannot run after it: size → decode → parse → version → schema → hash →
// file name. Never throws: an unexpected failure becomes a finding, so the user always gets an answer.
import { clipFinding, clipStrings } from '../clip.ts';
import { type Finding, INTERNAL_ERROR, sortFindings, TISS_KIND } from '../findings.ts';
import { decodeTissBytes } from './decode.ts';
import { checkFileName } from './file-name.ts';
import { checkEpilogoHash, EpilogoHashStream } from './hash.ts';
import { parseXml } from './parse.ts';
import { MAX_XML_BYTES, type TissReport, type TissSummary, type ValidateTissOptions } from './report.ts';
import { publishedTissVersions, SUPPORTED_TISS_VERSIONS, validateSchema } from './schema/index.ts';
import { summarizeMessage } from './summary.ts';
import { checkVersion, readVersion } from './version.ts';
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
  let document: XmlDocument | undefined;
  try {
    document = run(bytes, opts, summary, findings);
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
    ...(document ? { document } : {}),
  };
}

function run(
  bytes: Uint8Array,
  opts: ValidateTissOptions,
  summary: TissSummary,
  findings: Finding[],
): XmlDocument | undefined {
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

  // The epilogo hash is computed in the parsing pass, as each leaf closes.
  const hashStream = new EpilogoHashStream();
  const parsed = parseXml(decoded.text, decoded.encoding, { onLeaf: hashStream.leaf });
  if (!parsed.ok) {
    findings.push(parsed.finding);
    return undefined;
  }
  const doc = parsed.document;
  if (doc.root.name !== 'mensagemTISS' || doc.root.ns !== TISS_NS) {
    findings.push({
      rule: 'tiss/estrutura',
      kind: TISS_KIND,
      severity: 'error',
      message: `O arquivo é um XML, mas não é uma mensagem TISS: o elemento principal é <${doc.root.name}> em vez de <ans:mensagemTISS> no namespace do TISS.`,
      where: { field: doc.root.name, element: doc.root.name, line: doc.root.line, column: doc.root.column },
      detail: `root {${doc.root.ns}}${doc.root.name}, expected {${TISS_NS}}mensagemTISS`,
    });
    return doc;
  }

  const version = readVersion(doc);
  if (version.versao) summary.versao = version.versao;
  const versionProblem = checkVersion(version, {
    supported: SUPPORTED_TISS_VERSIONS,
    published: publishedTissVersions,
  });
  if (versionProblem) findings.push(versionProblem);
  else {
    const schemaFindings = validateSchema(doc, version.versao!);
    if (schemaFindings) {
      summary.versaoSuportada = true;
      findings.push(...schemaFindings);
    }
  }

  Object.assign(summary, summarizeMessage(doc));
  const hashCheck = checkEpilogoHash(doc, hashStream.outcome());
  if (hashCheck.hash) summary.hash = hashCheck.hash;
  findings.push(...hashCheck.findings);

  if (opts.fileName) {
    const hash = summary.hash?.declarado || summary.hash?.calculado;
    findings.push(...checkFileName(opts.fileName, summary.numeroLote, hash));
  }
  return doc;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;
}
