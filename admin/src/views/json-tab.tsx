// Raw JSON of the pack for advanced edits. Errors (syntax or pack schema) are listed with their line; a click
// puts the cursor on that line. The text is applied to the working copy only when it is valid JSON.

import { useMemo, useRef, useState } from 'preact/hooks';
import { parseRulePack } from '../../../shared/rules/pack-schema.ts';
import { countText } from '../../../shared/severity-words.ts';
import { lineOf, locateJson } from '../pack/json-lines.ts';
import { type PackJson, packText } from '../pack/pack-draft.ts';

export interface LineIssue {
  line: number | undefined;
  path?: string;
  message: string;
}

/** Every problem of a pack text, each at its line: syntax first (nothing else can be known), else schema. */
export function checkPackText(text: string): { value?: PackJson; issues: LineIssue[] } {
  const located = locateJson(text);
  if (!located.ok) {
    return {
      issues: [
        {
          line: located.error.line,
          message: `JSON inválido (coluna ${located.error.column}): ${located.error.message}`,
        },
      ],
    };
  }
  if (!located.value || typeof located.value !== 'object' || Array.isArray(located.value)) {
    return { issues: [{ line: 1, message: 'O pacote deve ser um objeto JSON ({ … }).' }] };
  }
  const r = parseRulePack(located.value);
  const issues = r.ok
    ? []
    : r.issues.map((i) => ({ line: lineOf(located.positions, i.path), path: i.path, message: i.message }));
  return { value: located.value as PackJson, issues };
}

export function JsonTab({
  pack,
  setPack,
  readOnly,
}: {
  pack: PackJson;
  setPack: (p: PackJson) => void;
  readOnly: boolean;
}) {
  const [text, setText] = useState(() => packText(pack));
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const checked = useMemo(() => checkPackText(text), [text]);
  const errorLines = new Set(checked.issues.map((i) => i.line));
  const changed = checked.value !== undefined && packText(checked.value) !== packText(pack);

  const goTo = (line: number | undefined) => {
    const el = area.current;
    if (!el || line === undefined) return;
    const lines = text.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    // Scroll the selected line into view (roughly: textareas have no per-line API).
    const lh = Number.parseFloat(getComputedStyle(el).lineHeight) || 18;
    el.scrollTop = Math.max(0, (line - 3) * lh);
  };

  return (
    <div class="json-tab">
      <label for="pack-json">Pacote em JSON</label>
      <div class="code-editor">
        {/* Line numbers, errors marked, so "linha 36" can be found by eye too. */}
        <pre class="gutter" ref={gutter} aria-hidden="true">
          {text.split('\n').map((_, n) => (
            <span key={n} class={errorLines.has(n + 1) ? 'err' : undefined}>
              {n + 1}
            </span>
          ))}
        </pre>
        <textarea
          id="pack-json"
          ref={area}
          class="mono"
          rows={28}
          spellcheck={false}
          wrap="off"
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          readOnly={readOnly}
          value={text}
          aria-describedby="pack-json-status"
          aria-invalid={checked.issues.length > 0}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div id="pack-json-status" role="status">
        {checked.issues.length === 0 ? 'Nenhum erro encontrado.' : `${countText('error', checked.issues.length)}:`}
      </div>
      {checked.issues.length > 0 && (
        <ul class="issues" data-testid="json-issues">
          {checked.issues.map((i, k) => (
            <li key={k}>
              <button type="button" class="link" onClick={() => goTo(i.line)}>
                linha {i.line ?? '?'}
              </button>
              {i.path ? (
                <>
                  {' '}
                  <code>{i.path}</code>:
                </>
              ) : (
                ':'
              )}{' '}
              {i.message}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div class="actions">
          <button type="button" disabled={!changed} onClick={() => checked.value && setPack(checked.value)}>
            Aplicar ao rascunho
          </button>
          <button type="button" class="secondary" onClick={() => setText(packText(pack))}>
            Voltar ao rascunho atual
          </button>
        </div>
      )}
    </div>
  );
}
