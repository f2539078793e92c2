// The worker's small pure pieces, on the cases that matter to users.
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { ruleContextSchema } from '../../shared/rules/context.ts';
import { originAllowed } from '../cors.ts';
import { entityTags, matchesEtag } from '../http.ts';
import { sampleContexts } from '../sample-contexts.ts';
import { WORKER_VERSION } from '../version.ts';
import { hasDoctype } from '../xml-guard.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('DOCTYPE guard', () => {
  it('finds a DOCTYPE in the prolog, after declaration, comments and processing instructions, any case', () => {
    expect(hasDoctype(bytes('<!DOCTYPE x><x/>'))).toBe(true);
    expect(hasDoctype(bytes('<?xml version="1.0"?>\n<!-- a <b> -->\n<?pi x?>\n<!doctype x SYSTEM "y">\n<x/>'))).toBe(
      true,
    );
  });
  it('ignores the text "<!DOCTYPE" inside the document body or a comment', () => {
    expect(hasDoctype(bytes('<?xml version="1.0"?><x><![CDATA[<!DOCTYPE y>]]></x>'))).toBe(false);
    expect(hasDoctype(bytes('<!-- <!DOCTYPE x> --><x/>'))).toBe(false);
    expect(hasDoctype(bytes('sem xml nenhum'))).toBe(false);
  });
});

describe('versions', () => {
  it('the worker reports the package version', () => {
    expect(WORKER_VERSION).toBe(pkg.version);
  });
});

describe('CORS origins and entity tags', () => {
  it('allows exact origins and per-scheme wildcards only', () => {
    const list = 'chrome-extension://abc,moz-extension://*';
    expect(originAllowed('chrome-extension://abc', list)).toBe(true);
    expect(originAllowed('chrome-extension://abcd', list)).toBe(false);
    expect(originAllowed('moz-extension://123-456', list)).toBe(true);
    expect(originAllowed('moz-extension://', list)).toBe(false);
    expect(originAllowed('https://moz-extension.evil', list)).toBe(false);
    expect(originAllowed('chrome-extension://abc', undefined)).toBe(false);
  });
  it('reads If-None-Match lists, weak tags and unquoted tags', () => {
    expect(entityTags('W/"a.1", "a.2",b')).toEqual(['"a.1"', '"a.2"', '"b"']);
    expect(matchesEtag('*', '"x"')).toBe(true);
    expect(matchesEtag(undefined, '"x"')).toBe(false);
  });
});

describe('dry-run contexts', () => {
  it('are all valid rule contexts (an invalid one would hide every rule behind engine/context)', () => {
    for (const { nome, context } of sampleContexts)
      expect(ruleContextSchema.safeParse(context).success, nome).toBe(true);
  });
});
