// `npm run docs:rules`: one Markdown page per rule kind and per default pack in docs/rules/, plus the pack
// JSON Schema (shared/rules/pack-schema.generated.json) that the packs' "$schema" points to. `--check` fails when the
// committed files differ from what the sources produce (the test runs the same comparison).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod';
import { defaultPacks } from '../shared/packs/index.ts';
import type { RuleKind } from '../shared/rules/kind.ts';
import { ruleKindList, ruleKinds } from '../shared/rules/kinds/index.ts';
import { tipoGuiaLabel } from '../shared/rules/labels.ts';
import { type RulePack, rulePackJsonSchema } from '../shared/rules/pack-schema.ts';
import { severityWord } from '../shared/severity-words.ts';
import { linkSource, readSourceIds } from './sources.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = '<!-- Gerado por `npm run docs:rules` a partir de shared/rules e shared/packs; não edite à mão. -->';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  anyOf?: JsonSchema[];
};

function glosaTable(): Map<string, string> {
  const text = readFileSync(join(root, 'data/tiss-tables/glosa-motivos.csv'), 'utf8');
  const out = new Map<string, string>();
  for (const line of text.split('\n').slice(1)) {
    const m = /^(\d+),("(?:[^"]|"")*"|[^,]*)/.exec(line);
    if (m) out.set(m[1]!, m[2]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
  }
  return out;
}

function typeText(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  if (s.anyOf) return s.anyOf.map(typeText).join(' \\| ');
  if (s.type === 'array') return `lista de ${s.items ? typeText(s.items) : 'valores'}`;
  if (s.type === 'object' && s.properties) return `objeto { ${Object.keys(s.properties).join(', ')} }`;
  const names: Record<string, string> = { string: 'texto', integer: 'inteiro', number: 'número', boolean: 'sim/não' };
  return Array.isArray(s.type) ? s.type.map((t) => names[t] ?? t).join(' ou ') : (names[s.type ?? ''] ?? 'valor');
}

const sourceIds = readSourceIds(root);
/** A citation as a link to docs/sources.md, from a page two levels down (docs/rules/kinds, docs/rules/packs). */
const fonte = (source: string) => linkSource(source, sourceIds, '../../sources.md');

const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function optionsTable(kind: RuleKind): string {
  const schema = z.toJSONSchema(kind.meta.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0) return 'Sem opções.';
  const rows = props.map(([name, s]) => {
    const obrigatoria = schema.required?.includes(name) && s.default === undefined ? 'sim' : 'não';
    const padrao = s.default === undefined ? '—' : `\`${JSON.stringify(s.default)}\``;
    return `| \`${name}\` | ${typeText(s)} | ${obrigatoria} | ${padrao} |`;
  });
  return ['| opção | tipo | obrigatória | padrão |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function kindPage(kind: RuleKind, glosas: Map<string, string>): string {
  const m = kind.meta;
  const explained = readFileSync(join(root, 'shared/rules/kinds', `${m.kind}.md`), 'utf8').trim();
  const lines = [
    GENERATED,
    '',
    explained,
    '',
    '## Referência para quem escreve pacotes',
    '',
    `- Tipo (\`kind\`): \`${m.kind}\` — ${m.description}`,
    `- Fatos necessários: ${m.facts.length ? m.facts.map((f) => `\`${f}\``).join(', ') : 'nenhum (roda sempre)'}`,
    `- Marcadores nas mensagens: ${m.placeholders.map((p) => `\`{${p}}\``).join(', ')}`,
    `- Mensagem sugerida: «${m.defaultMessage}»`,
    `- Fonte de referência: ${fonte(m.defaultSource)}`,
    '',
    '### Opções',
    '',
    optionsTable(kind),
  ];
  const secondary = Object.entries(m.messages);
  if (secondary.length) {
    lines.push('', '### Mensagens secundárias (`messages`)', '', '| id | texto padrão |', '| --- | --- |');
    for (const [id, text] of secondary) lines.push(`| \`${id}\` | ${cell(text)} |`);
  }
  if (m.glosas?.length) {
    lines.push('', '### Glosas da TUSS Tabela 38 que a regra ajuda a evitar', '');
    for (const code of m.glosas) lines.push(`- ${code} — ${glosas.get(code) ?? '(não encontrada na tabela)'}`);
  }
  const usedBy = defaultPacks.flatMap((p) =>
    p.regras.filter((r) => r.kind === m.kind).map((r) => `${p.operadora.nome}: \`${r.id}\``),
  );
  lines.push(
    '',
    '### Usada nos pacotes padrão',
    '',
    usedBy.length ? usedBy.map((u) => `- ${u}`).join('\n') : 'Nenhum.',
  );
  return `${lines.join('\n')}\n`;
}

function criterioText(c: RulePack['categorias'][number]): string {
  const codes = c.codigos.map((x) =>
    'codigo' in x ? x.codigo : 'prefixo' in x ? `${x.prefixo}*` : `${x.de}–${x.ate}`,
  );
  const parts = codes.length ? [codes.join(', ')] : [];
  if (c.excluir.length)
    parts.push(
      `exceto ${c.excluir.map((x) => ('codigo' in x ? x.codigo : 'prefixo' in x ? `${x.prefixo}*` : `${x.de}–${x.ate}`)).join(', ')}`,
    );
  const g = c.guia;
  if (g?.tipos) parts.push(`guias de ${g.tipos.map((t) => tipoGuiaLabel[t]).join(', ')}`);
  if (g?.tipoAtendimento) parts.push(`tipo de atendimento ${g.tipoAtendimento.join(', ')}`);
  if (g?.regimeInternacao) parts.push(`regime de internação ${g.regimeInternacao.join(', ')}`);
  if (g?.regimeAtendimento) parts.push(`regime de atendimento ${g.regimeAtendimento.join(', ')}`);
  if (g?.caraterAtendimento) parts.push(`caráter ${g.caraterAtendimento.join(', ')}`);
  if (g?.outrasDespesas) parts.push(`outras despesas ${g.outrasDespesas.join(', ')}`);
  if (g?.tabelas) parts.push(`tabela ${g.tabelas.join(', ')}`);
  return parts.join('; ');
}

/** The severities a pack rule can really yield, in words ("atenção, informação"), not only its declared one. */
function gravidade(r: RulePack['regras'][number]): string {
  const meta = ruleKinds[r.kind]?.meta;
  const options = meta?.options.safeParse(r.options);
  const list = meta?.severities && options?.success ? meta.severities(options.data, r.severity) : [r.severity];
  return list.map((s) => severityWord[s].toLowerCase()).join(', ');
}

function packPage(pack: RulePack): string {
  const o = pack.operadora;
  const lines = [
    GENERATED,
    '',
    `# Pacote de regras: ${o.nome}`,
    '',
    `- Registro ANS: ${o.registroAns ?? 'não informado no manual'} · chave \`${o.chave}\``,
    `- Versão ${pack.versao}, vigência ${pack.vigencia}`,
    `- Portal: ${pack.portal.hosts.join(', ')}`,
  ];
  if (o.observacao) lines.push(`- Observação: ${o.observacao}`);
  lines.push(
    '',
    '## Regras',
    '',
    'A gravidade lista todas as que a regra pode dar; a página de cada tipo diz quando aparece cada uma (por',
    'exemplo, uma ação fora da situação do lote é informação ao lado do botão e a gravidade da regra só ao clicar).',
    '',
    '| regra | tipo | gravidade | ativa | mensagem | fonte |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const r of pack.regras)
    lines.push(
      `| \`${r.id}\` | [${r.kind}](../kinds/${r.kind}.md) | ${gravidade(r)} | ${r.enabled ? 'sim' : 'não'} | ${cell(r.message)} | ${cell(fonte(r.source))} |`,
    );
  lines.push('', '### Opções de cada regra', '');
  for (const r of pack.regras) lines.push(`- \`${r.id}\`: \`${JSON.stringify(r.options)}\``);
  const notes = pack.regras.filter((r) => r.observacao);
  if (notes.length) {
    lines.push('', '### Observações', '');
    for (const r of notes) lines.push(`- \`${r.id}\`: ${r.observacao}`);
  }
  if (pack.categorias.length) {
    lines.push(
      '',
      '## Categorias de procedimento',
      '',
      '| id | nome | critérios | verificado | fonte |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const c of pack.categorias)
      lines.push(
        `| \`${c.id}\` | ${cell(c.nome)} | ${cell(criterioText(c))} | ${c.verificado ? 'sim' : '**não**'} | ${cell(fonte(c.fonte))} |`,
      );
  }
  if (pack.tiposDocumento.length)
    lines.push(
      '',
      '## Tipos de documento vistos no portal',
      '',
      'Os tipos que as regras de anexos (`documentos[].tipos`) podem citar.',
      '',
      ...pack.tiposDocumento.map((t) => `- ${t}`),
    );
  const labels = Object.entries(pack.portal.labels);
  if (labels.length) {
    lines.push('', '## Rótulos do portal (adaptador da extensão)', '', '| campo | textos |', '| --- | --- |');
    for (const [k, v] of labels) lines.push(`| \`${k}\` | ${cell(v.join(' · '))} |`);
  }
  lines.push('', '## Situações de lote/protocolo', '', '| chave | como aparecem |', '| --- | --- |');
  for (const [k, v] of Object.entries(pack.portal.situacoes)) lines.push(`| \`${k}\` | ${cell(v.join(' · '))} |`);
  return `${lines.join('\n')}\n`;
}

function indexPage(): string {
  const lines = [
    GENERATED,
    '',
    '# Regras da operadora',
    '',
    'Cada pacote de regras (um por operadora) liga tipos de regra a opções, mensagens e à fonte no manual da',
    'operadora. Valide um pacote com `npx tiss-preflight pack check <pacote.json>`; o JSON Schema para editores',
    'está em `shared/rules/pack-schema.generated.json`. As fontes citadas (`<id> § <seção>`) estão em',
    '[docs/sources.md](../sources.md).',
    '',
    'Nas mensagens, `{nome}` é trocado pelo valor que o tipo de regra preenche; `{nome:singular|plural}` pela',
    'palavra que concorda com o número em `nome` (singular só para 1): «{restam:falta|faltam} {restam}',
    '{restam:dia|dias}» dá «falta 1 dia» ou «faltam 3 dias», nunca «dia(s)».',
    '',
    '## Tipos de regra',
    '',
    ...ruleKindList.map((k) => `- [${k.meta.kind}](kinds/${k.meta.kind}.md) — ${k.meta.description}`),
    '',
    '## Pacotes padrão',
    '',
    ...defaultPacks.map((p) => `- [${p.operadora.nome}](packs/${p.operadora.chave}.md) — ${p.regras.length} regras`),
    '',
    '## Como criar um tipo de regra (desenvolvimento)',
    '',
    '1. `shared/rules/kinds/<tipo>.ts`: `defineRuleKind({ meta, check })` — `meta` com descrição, opções (zod),',
    '   fatos do contexto de que precisa, marcadores, mensagens e fonte; `check` devolve relatórios, sem ler relógio.',
    "   As opções usam `import * as z from 'zod/mini'`, como todo esquema que o content script carrega (zod clássico",
    '   traria seu núcleo inteiro de volta; `test/unit/content-script-size.test.ts` falha).',
    '2. `shared/rules/kinds/<tipo>.test.ts`: tabela de casos válidos/inválidos com `testRuleKind` (`shared/rules/testing.ts`).',
    '3. `shared/rules/kinds/<tipo>.md`: "entendendo a crítica" — o que verifica, por que, exemplo, como corrigir, glosa da Tabela 38.',
    '4. Registre o tipo em `shared/rules/kinds/index.ts` e rode `npm run docs:rules`. Um teste falha se faltar meta, teste ou página.',
  ];
  return `${lines.join('\n')}\n`;
}

/** Every generated file, by path relative to the repository root. */
export function renderRuleDocs(): Map<string, string> {
  const glosas = glosaTable();
  const files = new Map<string, string>();
  files.set('docs/rules/README.md', indexPage());
  for (const kind of ruleKindList) files.set(`docs/rules/kinds/${kind.meta.kind}.md`, kindPage(kind, glosas));
  for (const pack of defaultPacks) files.set(`docs/rules/packs/${pack.operadora.chave}.md`, packPage(pack));
  files.set('shared/rules/pack-schema.generated.json', `${JSON.stringify(rulePackJsonSchema, null, 2)}\n`);
  return files;
}

/** Paths whose committed content differs from the rendered one. */
export function staleRuleDocs(): string[] {
  const stale: string[] = [];
  for (const [path, content] of renderRuleDocs()) {
    const full = join(root, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) stale.push(path);
  }
  return stale;
}

function main(args: string[]): number {
  if (args.includes('--check')) {
    const stale = staleRuleDocs();
    if (stale.length) {
      console.error(`Documentação desatualizada (rode npm run docs:rules):\n${stale.map((s) => `  ${s}`).join('\n')}`);
      return 1;
    }
    console.log('docs/rules em dia.');
    return 0;
  }
  const files = renderRuleDocs();
  for (const [path, content] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  console.log(`${files.size} arquivos escritos (docs/rules, shared/rules/pack-schema.generated.json).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
