import { describe, expect, it, vi } from 'vitest';
import { listenWhileRunning } from './listen.ts';

describe('listenWhileRunning', () => {
  it('hears the event while the run lasts, in the capture phase when asked', () => {
    const run = new AbortController();
    const order: string[] = [];
    document.body.innerHTML = '<button>Fechar Lote</button>';
    const button = document.querySelector('button')!;
    button.addEventListener('click', () => order.push('portal'));
    listenWhileRunning(document, 'click', () => order.push('extensão'), run.signal, true);
    button.click();
    expect(order).toEqual(['extensão', 'portal']);
  });

  it('hears nothing once the run is aborted, nor with a signal aborted already', () => {
    const run = new AbortController();
    const handler = vi.fn();
    listenWhileRunning(document, 'input', handler, run.signal);
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    run.abort();
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    const late = vi.fn();
    listenWhileRunning(document, 'input', late, run.signal);
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    expect(handler).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('lets go of the handler on abort, though the browser may still hold the listener it registered', () => {
    const run = new AbortController();
    const registered: EventListener[] = [];
    const add = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener) => {
      if (type === 'click') registered.push(listener as EventListener);
    });
    const handler = vi.fn();
    try {
      listenWhileRunning(document, 'click', handler, run.signal, true);
    } finally {
      add.mockRestore();
    }
    run.abort();
    // The function the browser holds, called after the run ended, reaches no handler.
    registered[0]!(new Event('click'));
    expect(handler).not.toHaveBeenCalled();
  });
});
