// Messages to the user: errors are announced (role=alert), successes politely (role=status).
import type { ComponentChildren } from 'preact';

export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'info'; children: ComponentChildren }) {
  return kind === 'error' ? (
    <div class="notice error" role="alert">
      {children}
    </div>
  ) : (
    <div class={`notice ${kind}`} role="status">
      {children}
    </div>
  );
}

const DATE_FMT = new Intl.DateTimeFormat('pt-BR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'America/Sao_Paulo',
});

export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_FMT.format(d);
}
