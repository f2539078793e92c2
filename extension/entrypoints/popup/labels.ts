// The popup's pt-BR wording for the exported report and the one-line summary of a validated file.
import { plural } from '../../../shared/plural.ts';
import { t } from '../../lib/i18n.ts';
import type { FileResult, ReportLabels } from '../../lib/report-export.ts';

export function reportLabels(): ReportLabels {
  return {
    titulo: t('reportTitle'),
    colunas: [
      t('colArquivo'),
      t('colGuia'),
      t('colGravidade'),
      t('colRegra'),
      t('colMensagem'),
      t('colLinha'),
      t('colColuna'),
      t('colCampo'),
      t('colFonte'),
    ],
    gravidade: { error: t('sevError'), warning: t('sevWarning'), info: t('sevInfo') },
    semGuia: t('groupArquivo'),
    semProblemas: t('resultNoProblems'),
    geradoEm: t('reportGeneratedAt'),
    resumo: summaryLine,
  };
}

export function summaryLine(r: FileResult): string {
  const s = r.summary;
  if (!s) return '';
  const parts = [
    s.versao && t('sumVersao', s.versao),
    s.numeroLote && t('sumLote', s.numeroLote),
    s.registroAnsDestino && t('sumOperadora', s.registroAnsDestino),
    r.pacote && t('sumPacote', r.pacote),
    s.quantidadeGuias !== undefined && t(plural(s.quantidadeGuias, 'sumGuias1', 'sumGuiasN'), s.quantidadeGuias),
    s.hash && (s.hash.confere ? t('sumHashOk') : t('sumHashBad')),
  ];
  return parts.filter(Boolean).join(' · ');
}
