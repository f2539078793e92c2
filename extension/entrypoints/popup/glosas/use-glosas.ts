// The popup's glosa flow: a demonstrativo read with progress, its report (recomputed when the clerk gives
// the payment date) and the recurso drafts the clerk edits line by line.
import { useMemo, useState } from 'preact/hooks';
import type { Finding } from '../../../../shared/findings.ts';
import { type Demonstrativo, lerDemonstrativo } from '../../../../shared/glosas/demonstrativo.ts';
import { criarRascunhos, type RascunhoRecurso } from '../../../../shared/glosas/draft.ts';
import { relatorioGlosas } from '../../../../shared/glosas/report.ts';
import type { RulePack } from '../../../../shared/rules/pack-schema.ts';
import { findPack } from '../../../../shared/validate.ts';
import { precheck, readWithProgress } from '../../../lib/validation/run.ts';

export type Leitura =
  | { fase: 'vazio' }
  | { fase: 'lendo'; arquivo: string; fraction?: number }
  | { fase: 'erro'; arquivo: string; findings: Finding[] }
  | { fase: 'pronto'; arquivo: string; demonstrativos: Demonstrativo[]; findings: Finding[]; pack?: RulePack };

export function useGlosas(packs: readonly RulePack[], hoje: string) {
  const [leitura, setLeitura] = useState<Leitura>({ fase: 'vazio' });
  const [pagamento, setPagamento] = useState('');
  const [rascunhos, setRascunhos] = useState<RascunhoRecurso[]>([]);

  async function abrir(file: File | undefined) {
    if (!file) return;
    const arquivo = file.name;
    setLeitura({ fase: 'lendo', arquivo });
    const refused = await precheck(file, arquivo);
    if (refused) return setLeitura({ fase: 'erro', arquivo, findings: [refused] });
    const bytes = await readWithProgress(file, (fraction) => setLeitura({ fase: 'lendo', arquivo, fraction }));
    // Let the progress paint before the (synchronous) reading of the XML.
    await new Promise((r) => setTimeout(r, 0));
    const lido = lerDemonstrativo(bytes);
    if (!lido.ok) return setLeitura({ fase: 'erro', arquivo, findings: lido.findings });
    const registro = lido.demonstrativos[0]?.registroANS;
    const pack = registro ? findPack(packs, registro) : undefined;
    setRascunhos(criarRascunhos(lido.demonstrativos, pack));
    setLeitura({
      fase: 'pronto',
      arquivo,
      demonstrativos: lido.demonstrativos,
      findings: lido.findings,
      ...(pack ? { pack } : {}),
    });
  }

  const relatorio = useMemo(
    () =>
      leitura.fase === 'pronto'
        ? relatorioGlosas(leitura.demonstrativos, {
            ...(leitura.pack ? { pack: leitura.pack } : {}),
            hoje,
            ...(/^\d{4}-\d{2}-\d{2}$/.test(pagamento) ? { pagamentos: { '*': pagamento } } : {}),
          })
        : undefined,
    [leitura, pagamento, hoje],
  );

  return { leitura, relatorio, pagamento, setPagamento, rascunhos, setRascunhos, abrir };
}
