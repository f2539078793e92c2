import { useState } from 'preact/hooks';
import { Notice } from '../ui/notice.tsx';

export function LoginView({
  onSubmit,
  error,
  busy,
}: {
  onSubmit: (token: string) => void;
  error: string | undefined;
  busy: boolean;
}) {
  const [token, setToken] = useState('');
  return (
    <main class="login">
      <h1>Console de suporte · TISS Preflight</h1>
      <p>Edite, teste e publique os pacotes de regras das operadoras.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) onSubmit(token.trim());
        }}
      >
        <label for="token">Chave de acesso</label>
        <input
          id="token"
          type="password"
          autocomplete="off"
          required
          value={token}
          aria-describedby="token-help"
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <small id="token-help" class="hint">
          A chave é fornecida pela equipe responsável. Ela fica guardada só nesta aba e some ao fechá-la.
        </small>
        <button type="submit" disabled={busy}>
          {busy ? 'Entrando…' : 'Entrar'}
        </button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
    </main>
  );
}
