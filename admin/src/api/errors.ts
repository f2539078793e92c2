// Admin API failures in words a support person can act on. The API answers JSON errors with a stable `code`;
// the status decides the explanation, the code and the server's message refine it.
import { ROLE_PT, type Role } from '../../../shared/roles.ts';

/** Code of the ApiError for a successful status whose body is not what the route's schema says (./client.ts). */
export const UNEXPECTED_RESPONSE = 'unexpected-response';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function rolePt(role: string): string {
  return ROLE_PT[role as Role] ?? role;
}

/** The version someone else published, when the 412 body tells it. */
function staleVersion(e: ApiError): string | undefined {
  const b = e.body;
  for (const k of ['current', 'currentVersion', 'versaoAtual', 'versao', 'version']) {
    const v = b[k];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && 'versao' in v) return String((v as { versao: unknown }).versao);
  }
  return undefined;
}

export function explainError(e: unknown): string {
  if (!(e instanceof ApiError)) {
    return e instanceof TypeError
      ? 'Não foi possível falar com o servidor. Verifique a conexão e tente de novo.'
      : `Erro inesperado: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (e.code === UNEXPECTED_RESPONSE)
    return `O servidor respondeu algo que o console não reconhece (${e.message}). O servidor pode estar em outra versão: recarregue a página; se continuar, avise o suporte.`;
  switch (e.status) {
    case 401:
      return 'Sua chave de acesso não foi aceita (inválida, revogada ou expirada). Entre de novo com uma chave válida.';
    case 403: {
      const need =
        typeof e.body.required === 'string' ? ` Esta ação exige o perfil de ${rolePt(e.body.required)}.` : '';
      return `Seu perfil não permite esta ação.${need} Peça a um responsável pela publicação.`;
    }
    case 404:
      return `Não encontrado: ${e.message}`;
    case 409:
    case 412: {
      const v = staleVersion(e);
      return v
        ? `Outra pessoa publicou a versão ${v} enquanto você editava. Recarregue e reaplique suas alterações.`
        : 'Outra pessoa alterou este pacote enquanto você editava. Recarregue e reaplique suas alterações.';
    }
    case 413:
      return 'O conteúdo enviado é grande demais.';
    case 422:
    case 400:
      return `O servidor recusou os dados: ${e.message}`;
    default:
      return `O servidor respondeu com erro (${e.status}${e.code ? `, ${e.code}` : ''}): ${e.message}`;
  }
}
