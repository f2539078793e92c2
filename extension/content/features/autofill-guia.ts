// Fills the solicitante/executante steps of the Digitar Guia wizard from a saved profile (options page), with
// one click or the keyboard shortcut. Fields the clerk already typed are never replaced without asking.
import { contagem, plural } from '../../../shared/plural.ts';
import type { AutofillProfile } from '../../lib/storage.ts';
import { type FillPlan, type FormControl, fillAll, findControls, planFill } from '../adapter/form-fields.ts';
import { isDigitarGuia } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { FeatureApi } from '../feature-api.ts';

type ProfileField = Exclude<keyof AutofillProfile, 'id' | 'rotulo'>;

/**
 * Which profile field goes into which labelled control. The wizard shows one step at a time (solicitante,
 * then executante), so a label such as "Conselho Profissional" names one field on screen; when a page shows
 * both, both are filled from the same profile.
 */
const FIELDS: [ProfileField, string[]][] = [
  ['nome', ['Nome do Profissional Solicitante', 'Nome do Profissional Executante', 'Nome do Profissional']],
  ['conselho', ['Conselho Profissional']],
  ['numeroConselho', ['Número Registro', 'Número no Conselho', 'Nº Registro']],
  ['uf', ['UF']],
  ['cbo', ['CBO', 'CBOS']],
  ['cnes', ['CNES', 'Código CNES']],
  ['contratadoExecutante', ['Contratado Executante']],
];

interface Plan extends FillPlan {
  /** The first control found: where the offer is shown. */
  first?: FormControl;
}

export function planAutofill(doc: Document, profile: AutofillProfile): Plan {
  const pairs: [FormControl, string][] = [];
  for (const [field, labels] of FIELDS) {
    const value = profile[field].trim();
    for (const control of findControls(doc, labels)) pairs.push([control, value]);
  }
  return { ...planFill(pairs), ...(pairs[0] ? { first: pairs[0][0] } : {}) };
}

const fill = fillAll;

function offer(api: FeatureApi, profile: AutofillProfile, index: number): void {
  const plan = planAutofill(api.document, profile);
  const anchor = plan.first?.closest('.row, .form-group, fieldset') ?? plan.first;
  if (!anchor) return;
  if (plan.empty.length)
    api.show({
      anchor,
      key: `perfil-${profile.id}`,
      items: [],
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
      items: [
        {
          key: `conflito-${profile.id}`,
          severity: 'info',
          message: `${contagem(plan.conflicts.length, 'campo', 'campos')} já ${plural(plan.conflicts.length, 'preenchido', 'preenchidos')} com valor diferente do perfil "${profile.rotulo}": ${plural(plan.conflicts.length, 'mantido como está', 'mantidos como estão')}.`,
        },
      ],
      action: {
        text: `Substituir ${contagem(plan.conflicts.length, 'campo', 'campos')} pelos de "${profile.rotulo}"`,
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
    for (const [i, p] of profiles.slice(0, 3).entries()) offer(api, p, i);
    api.env.onAutofillRequest?.((profileId) => {
      const profile = profiles.find((p) => p.id === profileId) ?? profiles[0]!;
      const plan = planAutofill(api.document, profile);
      const preenchidos = fill(plan.empty);
      return {
        preenchidos,
        mensagem: plan.conflicts.length
          ? `${contagem(preenchidos, 'campo preenchido', 'campos preenchidos')}; ${plan.conflicts.length} já ${plural(plan.conflicts.length, 'digitado foi mantido', 'digitados foram mantidos')}.`
          : `${contagem(preenchidos, 'campo preenchido', 'campos preenchidos')} com "${profile.rotulo}".`,
      };
    }, signal);
  },
});
