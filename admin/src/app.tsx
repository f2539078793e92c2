// Shell of the console: sign-in, who is signed in (name + role), navigation by URL hash so the browser's
// back button and bookmarks work without server routes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type AdminApi, adminApi } from './api/admin-api.ts';
import { ApiError, explainError, rolePt } from './api/errors.ts';
import { clearToken, loadToken, saveToken } from './api/session.ts';
import type { Me } from './api/types.ts';
import { Notice } from './ui/notice.tsx';
import { AuditView } from './views/audit.tsx';
import { EditorView } from './views/editor.tsx';
import { LoginView } from './views/login.tsx';
import { OperadorasView } from './views/operadoras.tsx';

type Route = { name: 'operadoras' } | { name: 'editor'; ans: string } | { name: 'auditoria'; ans?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'operadoras' && parts[1]) return { name: 'editor', ans: parts[1] };
  if (parts[0] === 'auditoria') return parts[1] ? { name: 'auditoria', ans: parts[1] } : { name: 'auditoria' };
  return { name: 'operadoras' };
}

function useHashRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return parseRoute(hash);
}

export function App() {
  const [token, setToken] = useState(loadToken());
  const [me, setMe] = useState<Me | undefined>();
  const [error, setError] = useState<string | undefined>();
  const route = useHashRoute();
  const api: AdminApi | undefined = useMemo(() => (token ? adminApi(token) : undefined), [token]);

  useEffect(() => {
    if (!api) return;
    api.me().then(
      (m) => {
        setMe(m);
        setError(undefined);
      },
      (e) => {
        if (e instanceof ApiError && e.status === 401) {
          clearToken();
          setToken(undefined);
        }
        setError(explainError(e));
      },
    );
  }, [api]);

  const signOut = () => {
    clearToken();
    setToken(undefined);
    setMe(undefined);
  };

  if (!api || !me) {
    return (
      <LoginView
        error={error}
        busy={Boolean(api) && !error}
        onSubmit={(t) => {
          saveToken(t);
          setError(undefined);
          setToken(t);
        }}
      />
    );
  }

  return (
    <>
      <header class="topbar">
        <span class="brand">TISS Preflight · Console de suporte</span>
        <nav aria-label="Seções">
          <a href="#/operadoras" aria-current={route.name !== 'auditoria' ? 'page' : undefined}>
            Operadoras
          </a>
          <a href="#/auditoria" aria-current={route.name === 'auditoria' ? 'page' : undefined}>
            Auditoria
          </a>
        </nav>
        <span class="who" data-testid="who">
          {me.name} · perfil: <strong>{rolePt(me.role)}</strong>
        </span>
        <button type="button" class="secondary" onClick={signOut}>
          Sair
        </button>
      </header>
      <main>
        {error && <Notice kind="error">{error}</Notice>}
        {route.name === 'operadoras' && <OperadorasView api={api} />}
        {route.name === 'editor' && <EditorView key={route.ans} api={api} me={me} ans={route.ans} />}
        {route.name === 'auditoria' && <AuditView api={api} ans={route.ans} />}
      </main>
    </>
  );
}
