// Fills the solicitante/executante steps of the Digitar Guia wizard from a saved profile (options page), with
// one click or the keyboard shortcut. Fields the clerk already typed are never replaced without asking.
import type { AutofillProfile } from '../../lib/storage.ts';
import {
  currentValue,
  type FormControl,
  findControl,
  findSection,
  holds,
  setControlValue,
} from '../adapter/form-fields.ts';
import { isDigitarGuia } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { FeatureApi } from '../feature-api.ts';

type ProfileField = Exclude<keyof AutofillProfile, 'id' | 'rotulo'>;

/** Which profile field goes into which labelled control, per wizard section. */
const SECTIONS: { titles: string[]; fields: [ProfileField, string[]][] }[] = [
  {
    titles: ['Dados do Solicitante'],
    fields: [
      ['nome', ['Nome do Profissional Solicitante', 'Nome do Profissional']],
      ['conselho', ['Conselho Profissional']],
      ['numeroConselho', ['Número Registro', 'Número no Conselho']],
      ['uf', ['UF']],
      ['cbo', ['CBO', 'CBOS']],
    ],
  },
  {
    titles: ['Dados do Executante'],
    fields: [
      ['contratadoExecutante', ['Contratado Executante']],
      ['cnes', ['CNES', 'Código CNES']],
      ['nome', ['Nome do Profissional Executante', 'Nome do Profissional']],
      ['conselho', ['Conselho Profissional']],
      ['numeroConselho', ['Número Registro', 'Número no Conselho']],
      ['uf', ['UF']],
      ['cbo', ['CBO', 'CBOS']],
    ],
  },
];

interface Plan {
  empty: [FormControl, string][];
  /** Already typed by the user with something else. */
  conflicts: [FormControl, string][];
}

export function planAutofill(doc: Document, profile: AutofillProfile): Plan {
  const plan: Plan = { empty: [], conflicts: [] };
  const seen = new Set<FormControl>();
  for (const section of SECTIONS) {
    const root = findSection(doc, section.titles);
    if (!root) continue;
    for (const [field, labels] of section.fields) {
      const value = profile[field].trim();
      const control = findControl(root, labels);
      if (!value || !control || seen.has(control) || control.disabled || holds(control, value)) continue;
      seen.add(control);
      (currentValue(control) ? plan.conflicts : plan.empty).push([control, value]);
    }
  }
  return plan;
}

function fill(pairs: [FormControl, string][]): number {
  return pairs.filter(([c, v]) => setControlValue(c, v)).length;
}

function offer(api: FeatureApi, anchor: Element, profile: AutofillProfile, index: number): void {
  const plan = planAutofill(api.document, profile);
  if (!plan.empty.length && !plan.conflicts.length) return;
  api.show({
    anchor,
    key: `perfil-${profile.id}`,
    placement: 'after',
    items: plan.conflicts.length
      ? [
          {
            key: `conflito-${profile.id}`,
            severity: 'info',
            message: `${plan.conflicts.length} campo(s) já preenchido(s) com outro valor serão mantidos; use "Substituir" para trocar pelos do perfil.`,
          },
        ]
      : [],
    action: {
      text: index === 0 ? `Preencher com "${profile.rotulo}" (Alt+Shift+P)` : `Preencher com "${profile.rotulo}"`,
      // Planned again at click time: the wizard may have re-rendered or the user typed meanwhile.
      onClick: () => {
        fill(planAutofill(api.document, profile).empty);
      },
    },
  });
  if (plan.conflicts.length)
    api.show({
      anchor,
      key: `substituir-${profile.id}`,
      items: [],
      action: {
        text: `Substituir ${plan.conflicts.length} campo(s) pelos de "${profile.rotulo}"`,
        onClick: () => fill(planAutofill(api.document, profile).conflicts),
      },
    });
}

export default defineFeature({
  id: 'autofill-guia',
  description:
    'Preenche solicitante e executante do Digitar Guia com um perfil salvo nas opções (um clique ou Alt+Shift+P), sem apagar o que já foi digitado sem perguntar.',
  include: [isDigitarGuia],
  init(signal, api) {
    const profiles = api.settings.autofillProfiles;
    if (!profiles.length) return;
    const anchor = SECTIONS.map((s) => findSection(api.document, s.titles)).find(Boolean);
    if (!anchor) return;
    const heading = anchor.querySelector('h1, h2, h3, h4, h5, legend, .panel-heading, .bc-secao') ?? anchor;
    for (const [i, p] of profiles.slice(0, 3).entries()) offer(api, heading, p, i);
    api.env.onAutofillRequest?.((profileId) => {
      const profile = profiles.find((p) => p.id === profileId) ?? profiles[0]!;
      const plan = planAutofill(api.document, profile);
      const preenchidos = fill(plan.empty);
      return {
        preenchidos,
        mensagem: plan.conflicts.length
          ? `${preenchidos} campo(s) preenchido(s); ${plan.conflicts.length} já digitado(s) foram mantidos.`
          : `${preenchidos} campo(s) preenchido(s) com "${profile.rotulo}".`,
      };
    }, signal);
  },
});
