import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageInfo } from './conecta-pages.ts';
import { createFeatureManager, type FeatureManager, type ManagedFeature } from './feature-manager.ts';
import { WarningLayer } from './ui/warning-layer.ts';

type Api = { generation: number; layer: WarningLayer; id: string };

let manager: FeatureManager | undefined;
afterEach(() => {
  manager?.stop();
  manager = undefined;
  document.body.innerHTML = '';
});

function start(features: ManagedFeature<Api>[], disabled: string[] = [], log = vi.fn()) {
  const layer = new WarningLayer();
  manager = createFeatureManager<Api>({
    features,
    document,
    isEnabled: (id) => !disabled.includes(id),
    createApi: (f, run) => ({ generation: run.generation, layer, id: f.id }),
    onFeatureDone: (id, g) => layer.sweep(id, g),
    onFeatureOff: (id) => layer.clear(id),
    debounceMs: 10,
    log,
  });
  manager.start();
  return { layer, log };
}

const always = [(_: PageInfo) => true];

describe('feature manager', () => {
  it('answers a page question once per run, for every feature that asks it (include or init)', async () => {
    let asked = 0;
    const isLote = (_: PageInfo) => {
      asked++;
      return true;
    };
    const answers: boolean[] = [];
    manager = createFeatureManager<{ is: (p: (page: PageInfo) => boolean) => boolean }>({
      features: ['a', 'b', 'c'].map((id) => ({
        id,
        include: [isLote],
        init: (_signal, api) => {
          answers.push(api.is(isLote));
        },
      })),
      document,
      isEnabled: () => true,
      createApi: (_f, run) => ({ is: run.is }),
      debounceMs: 10,
    });
    await manager.runNow();
    expect(answers).toEqual([true, true, true]);
    expect(asked).toBe(1);
    await manager.runNow();
    expect(asked).toBe(2);
  });

  it('keeps running the other features when one throws, and logs the failure', async () => {
    const ran: string[] = [];
    const { log } = start([
      {
        id: 'quebrada',
        include: always,
        init: () => {
          throw new Error('boom');
        },
      },
      {
        id: 'boa',
        include: always,
        init: () => {
          ran.push('boa');
        },
      },
    ]);
    await manager!.idle();
    expect(ran).toEqual(['boa']);
    expect(log).toHaveBeenCalledWith('quebrada falhou', expect.any(Error));
  });

  it('runs only features whose page predicate matches and that the user did not switch off', async () => {
    const ran: string[] = [];
    document.body.innerHTML = '<bc-detalhes-lote></bc-detalhes-lote>';
    start(
      [
        {
          id: 'lote',
          include: [({ document: d }) => !!d.querySelector('bc-detalhes-lote')],
          init: () => {
            ran.push('lote');
          },
        },
        {
          id: 'upload',
          include: [({ document: d }) => !!d.querySelector('bc-incluir-arquivo')],
          init: () => {
            ran.push('upload');
          },
        },
        {
          id: 'desligada',
          include: always,
          init: () => {
            ran.push('desligada');
          },
        },
      ],
      ['desligada'],
    );
    await manager!.idle();
    expect(ran).toEqual(['lote']);
  });

  it('re-runs after an in-place page change, aborting the previous run', async () => {
    const signals: AbortSignal[] = [];
    start([
      {
        id: 'f',
        include: always,
        init: (signal) => {
          signals.push(signal);
        },
      },
    ]);
    await manager!.idle();
    expect(signals).toHaveLength(1);
    document.body.append(document.createElement('table'));
    await vi.waitFor(() => expect(signals).toHaveLength(2));
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('does not re-run because of its own warnings (no feedback loop)', async () => {
    let runs = 0;
    document.body.innerHTML = '<p id="alvo">x</p>';
    start([
      {
        id: 'f',
        include: always,
        init: (_signal, { layer, generation }) => {
          runs++;
          // Keyed differently each run: a re-triggered run would insert another node, and loop.
          layer.show('f', generation, {
            anchor: document.getElementById('alvo')!,
            key: `k${runs}`,
            items: [{ key: 'a', severity: 'warning', message: 'aviso' }],
          });
        },
      },
    ]);
    await manager!.idle();
    await new Promise((r) => setTimeout(r, 60));
    await manager!.idle();
    expect(runs).toBe(1);
  });

  it('says the page was checked only once the run that saw its last change is done (what e2e tests wait for)', async () => {
    const events: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let runs = 0;
    manager = createFeatureManager<Record<string, never>>({
      features: [
        {
          id: 'f',
          include: always,
          init: async () => {
            if (++runs === 1) await gate;
          },
        },
      ],
      document,
      isEnabled: () => true,
      createApi: () => ({}),
      onPending: () => events.push('pending'),
      onSettled: (generation) => events.push(`settled ${generation}`),
      debounceMs: 10,
    });
    manager.start();
    await vi.waitFor(() => expect(runs).toBe(1));
    // The page changes while the first run is still busy: that run's end is not "checked".
    document.body.append(document.createElement('table'));
    await new Promise((r) => setTimeout(r, 0));
    release();
    await manager.idle();
    expect(runs).toBe(2);
    expect(events).toEqual(['pending', 'settled 2']);
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(events.at(-1)).toBe('pending');
    await manager.idle();
    expect(events).toEqual(['pending', 'settled 2', 'pending', 'settled 3']);
  });
});
