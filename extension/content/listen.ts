/**
 * `target.addEventListener(type, handler, { capture, signal })` for one run of a feature, through a stand-in that
 * lets go of `handler` once `signal` aborts.
 *
 * Why: the browser keeps a removed listener's function until its next full garbage collection, and V8's
 * young-generation collections (scavenges) count it as alive until then. A handler made per run closes over the
 * run (the page read, the guia records, the findings), so every run's data survived each scavenge and was copied
 * to the old generation: on the lote page a scavenge kept ~14% of all that was allocated since the last one and
 * took 5–9 ms. The stand-in holds the handler in a slot emptied on abort; only the empty slot outlives the run.
 */
export function listenWhileRunning<K extends keyof DocumentEventMap>(
  target: Document,
  type: K,
  handler: (event: DocumentEventMap[K]) => void,
  signal: AbortSignal,
  capture = false,
): void {
  if (signal.aborted) return;
  const slot: Slot = { handler: handler as (event: Event) => void };
  target.addEventListener(type, relay(slot), { capture, signal });
  signal.addEventListener('abort', release(slot), { once: true });
}

interface Slot {
  handler: ((event: Event) => void) | undefined;
}

// Made apart from listenWhileRunning so that each function closes over the slot alone.
function relay(slot: Slot): (event: Event) => void {
  return (event) => slot.handler?.(event);
}

function release(slot: Slot): () => void {
  return () => {
    slot.handler = undefined;
  };
}
