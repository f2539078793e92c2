// WAI-ARIA tabs: arrow keys / Home / End move between tabs; only the selected tab is in the Tab order.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabDef {
  id: string;
  title: string;
  render: () => ComponentChildren;
}

export function Tabs({ tabs, label }: { tabs: TabDef[]; label: string }) {
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
  const list = useRef<HTMLDivElement>(null);
  const move = (delta: number | 'first' | 'last') => {
    const i = tabs.findIndex((t) => t.id === selected);
    const n = tabs.length;
    const j = delta === 'first' ? 0 : delta === 'last' ? n - 1 : (i + delta + n) % n;
    const next = tabs[j];
    if (!next) return;
    setSelected(next.id);
    list.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  const current = tabs.find((t) => t.id === selected);
  return (
    <div class="tabs">
      <div
        role="tablist"
        aria-label={label}
        ref={list}
        onKeyDown={(e) => {
          const keys: Record<string, number | 'first' | 'last'> = {
            ArrowRight: 1,
            ArrowLeft: -1,
            Home: 'first',
            End: 'last',
          };
          const k = keys[e.key];
          if (k !== undefined) {
            e.preventDefault();
            move(k);
          }
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => setSelected(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          {current.render()}
        </div>
      )}
    </div>
  );
}
