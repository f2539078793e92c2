import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ruleKinds } from '../../../shared/rules/kinds/index.ts';
import { allKinds, kindInfoFrom } from './kinds.ts';
import { humanize, withCategoriaChoices } from './option-fields.ts';
import { OptionsForm } from './options-form.tsx';

const sample = kindInfoFrom('amostra', {
  description: 'tipo de teste',
  placeholders: ['dias'],
  defaultMessage: 'x',
  options: z.object({
    dias: z.number().int().positive().describe('Prazo em dias corridos'),
    modo: z.enum(['atendimento', 'realizacao']),
    tipos: z.array(z.enum(['consulta', 'sp-sadt', 'odonto'])).optional(),
    avisar: z.boolean().optional(),
    codigos: z.array(z.string()).default([]),
    janela: z.object({ inicio: z.number().int().min(0) }),
    exotico: z.union([z.string(), z.array(z.number())]).optional(),
  }),
});

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(value: Record<string, unknown>, onChange: (v: Record<string, unknown>) => void, errors = {}) {
  host = document.createElement('div');
  document.body.append(host);
  act(() => {
    render(<OptionsForm fields={sample.fields} value={value} onChange={onChange} errors={errors} idPrefix="t" />, host);
  });
  return host;
}

/** The control a <label> names, as a screen reader would find it. */
function byLabel(root: HTMLElement, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.replace(' *', '').trim() === text);
  if (!label) throw new Error(`sem rótulo "${text}"`);
  const control = root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!control) throw new Error(`rótulo "${text}" não aponta para um controle`);
  return control;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('options form generated from a rule kind schema', () => {
  it('draws one labelled control per option, with the kind of control the option needs', () => {
    const root = mount({ dias: 90, modo: 'atendimento', janela: { inicio: 0 } }, () => {});
    expect(byLabel(root, 'Dias').type).toBe('number');
    expect(byLabel(root, 'Dias').value).toBe('90');
    expect(root.textContent).toContain('Prazo em dias corridos');
    expect(byLabel(root, 'Modo').tagName).toBe('SELECT');
    expect([...byLabel(root, 'Modo').querySelectorAll('option')].map((o) => o.value)).toEqual([
      'atendimento',
      'realizacao',
    ]);
    expect(byLabel(root, 'Avisar').type).toBe('checkbox');
    expect(byLabel(root, 'Códigos').tagName).toBe('TEXTAREA');
    // A list of choices is a group of checkboxes named by a legend.
    const legend = [...root.querySelectorAll('legend')].find((l) => l.textContent === 'Tipos');
    expect(legend?.parentElement?.querySelectorAll('input[type=checkbox]')).toHaveLength(3);
    // Nested object: its own group; the union has no plain control and falls back to JSON.
    expect(byLabel(root, 'Inicio').type).toBe('number');
    expect(byLabel(root, 'Exotico').tagName).toBe('TEXTAREA');
  });

  it('typing 60 over 90 days gives the new options, leaving the others as they were', () => {
    let got: Record<string, unknown> | undefined;
    const root = mount({ dias: 90, modo: 'atendimento', janela: { inicio: 0 } }, (v) => {
      got = v;
    });
    type(byLabel(root, 'Dias'), '60');
    expect(got).toEqual({ dias: 60, modo: 'atendimento', janela: { inicio: 0 } });
    type(byLabel(root, 'Inicio'), '5');
    expect(got).toEqual({ dias: 90, modo: 'atendimento', janela: { inicio: 5 } });
  });

  it('turns one-per-line text and ticked boxes into lists', () => {
    let got: Record<string, unknown> = {};
    const root = mount({ dias: 1, modo: 'atendimento', janela: { inicio: 0 } }, (v) => {
      got = v;
    });
    type(byLabel(root, 'Códigos') as unknown as HTMLTextAreaElement, '40304361\n\n 40301630 \n');
    expect(got.codigos).toEqual(['40304361', '40301630']);
    const box = root.querySelector<HTMLInputElement>('#t-tipos-1')!;
    act(() => {
      box.click();
    });
    expect(got.tipos).toEqual(['sp-sadt']);
  });

  it("shows the kind schema's errors next to the field, in Portuguese", () => {
    const errors = sample.check({ dias: 0, modo: 'outro', janela: {} });
    expect(Object.keys(errors).sort()).toEqual(['dias', 'janela.inicio', 'modo']);
    const root = mount({ dias: 0, modo: 'atendimento', janela: {} }, () => {}, errors);
    const dias = byLabel(root, 'Dias');
    const errId = dias
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-err'));
    expect(errId).toBeDefined();
    expect(root.querySelector(`#${errId}`)?.textContent).toMatch(/maior|>/i);
    expect(sample.check({ dias: 30, modo: 'atendimento', janela: { inicio: 0 } })).toEqual({});
  });

  it('every registered rule kind gets a form where each control has a label', () => {
    expect(
      allKinds()
        .map((k) => k.kind)
        .sort(),
    ).toEqual(Object.keys(ruleKinds).sort());
    for (const info of allKinds()) {
      host = document.createElement('div');
      document.body.append(host);
      act(() => {
        render(<OptionsForm fields={info.fields} value={{}} onChange={() => {}} idPrefix={`k-${info.kind}`} />, host);
      });
      for (const control of host.querySelectorAll('input, select, textarea')) {
        const labelled = host.querySelector(`label[for="${control.id}"]`) !== null || control.closest('label') !== null;
        expect(labelled, `${info.kind}: controle ${control.id} sem rótulo`).toBe(true);
      }
      render(null, host);
      host.remove();
    }
    host = document.createElement('div');
  });
});

describe('labels and category choices', () => {
  it('option keys read as Portuguese labels', () => {
    expect(humanize('maxDias')).toBe('Máximo de dias');
    expect(humanize('max')).toBe('Máximo');
    expect(humanize('situacoesLote')).toBe('Situações lote');
    expect(humanize('codigosTuss')).toBe('Códigos TUSS');
  });

  it('"categoria" options choose among the categories of the pack being edited', () => {
    const info = kindInfoFrom('cat', {
      description: '',
      placeholders: [],
      defaultMessage: '',
      options: z.object({ categoria: z.string(), categorias: z.array(z.string()).optional(), outro: z.string() }),
    });
    const fields = withCategoriaChoices(info.fields, ['imagem', 'quimioterapia']);
    expect(fields.map((f) => [f.key, f.control])).toEqual([
      ['categoria', 'select'],
      ['categorias', 'multi'],
      ['outro', 'text'],
    ]);
    expect(fields[0]?.control === 'select' && fields[0].options).toEqual(['imagem', 'quimioterapia']);
  });
});
