// The popup's validation queue: files validated one at a time (locally in a Web Worker, then on the server
// when asked), each entry updated as its progress and result arrive.
import { useRef, useState } from 'preact/hooks';
import { ARQUIVO_KIND } from '../../../shared/findings.ts';
import type { FileResult } from '../../lib/report-export.ts';
import type { ServerResult } from '../../lib/server-validate.ts';
import type { Progress, ValidationClient } from '../../lib/validation/client.ts';

export type PopupContext = { workerUrl?: string; packs: Record<string, unknown>[] };
export type Entry = { key: number; file: File; progress?: Progress; result?: FileResult };

export interface QueueDeps {
  client: ValidationClient;
  /** Worker URL (if configured) and the active packs, read when the popup opens. */
  loadContext: () => Promise<PopupContext>;
  serverValidate: (workerUrl: string, file: File) => Promise<ServerResult>;
  today: () => string;
  /** Keeps the checked XML's guias (lib/guia-records) so the lote page can check them. */
  saveGuias?: (guias: readonly Record<string, unknown>[]) => Promise<unknown>;
}

export function useValidationQueue(deps: QueueDeps, alsoServer: boolean) {
  const [context, setContext] = useState<PopupContext>({ packs: [] });
  const [entries, setEntries] = useState<Entry[]>([]);
  const queue = useRef(Promise.resolve());
  const nextKey = useRef(1);
  const contextRef = useRef(context);
  contextRef.current = context;
  // Read when a queued file's turn comes, so ticking the box after dropping still applies.
  const alsoServerRef = useRef(alsoServer);
  alsoServerRef.current = alsoServer;

  // A file dropped before the packs are read waits for them (never validated without its operadora's pack).
  const contextLoaded = useRef<Promise<void>>();
  contextLoaded.current ??= deps.loadContext().then(
    (c) => {
      contextRef.current = c;
      setContext(c);
    },
    () => setContext({ packs: [] }),
  );

  const update = (key: number, patch: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  function addFiles(files: FileList | File[] | null | undefined) {
    const list = [...(files ?? [])];
    if (!list.length) return;
    const added = list.map((file) => ({ key: nextKey.current++, file }));
    setEntries((prev) => [...prev, ...added]);
    // One file at a time through the worker; the list shows each as it finishes.
    for (const entry of added) {
      queue.current = queue.current.then(() => validateEntry(entry));
    }
  }

  async function validateEntry(entry: Entry) {
    await contextLoaded.current;
    const ctx = contextRef.current;
    const local = await deps.client.validate(
      { file: entry.file, fileName: entry.file.name, packs: ctx.packs, hoje: deps.today() },
      (progress) => update(entry.key, { progress }),
    );
    const result: FileResult = {
      arquivo: entry.file.name,
      findings: local.findings,
      ...(local.summary ? { summary: local.summary as FileResult['summary'] } : {}),
      ...(local.pacote ? { pacote: local.pacote } : {}),
    };
    update(entry.key, { result, progress: undefined });
    if (local.guias?.length) void deps.saveGuias?.(local.guias).catch(() => {});
    const refused = local.findings.some((f) => f.kind === ARQUIVO_KIND);
    if (alsoServerRef.current && ctx.workerUrl && !refused) {
      const servidor = await deps.serverValidate(ctx.workerUrl, entry.file);
      update(entry.key, {
        result: { ...result, servidor: 'erro' in servidor ? servidor : { findings: servidor.findings } },
      });
    }
  }

  const results = entries.flatMap((e) => (e.result ? [e.result] : []));
  const busy = entries.some((e) => !e.result);
  return { context, entries, results, busy, addFiles, clear: () => setEntries([]) };
}
