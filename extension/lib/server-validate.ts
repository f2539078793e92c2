// "Validar também no servidor": sends the XML to the configured worker's POST /v1/validate. The worker never
// stores or logs it; the reply is checked like every other edge.
import * as z from 'zod/mini';
import { findingSchema } from '../../shared/finding-schemas.ts';

const replySchema = z.looseObject({ findings: z.array(findingSchema) });
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type ServerResult = { findings: z.infer<typeof findingSchema>[] } | { erro: string };

export async function validateOnServer(
  workerUrl: string,
  file: Blob,
  fileName: string,
  fetchFn: typeof fetch = fetch,
): Promise<ServerResult> {
  const url = new URL('v1/validate', workerUrl.endsWith('/') ? workerUrl : `${workerUrl}/`);
  url.searchParams.set('arquivo', fileName);
  let res: Response;
  try {
    res = await fetchFn(url.href, { method: 'POST', body: file, headers: { 'Content-Type': 'application/xml' } });
  } catch {
    return { erro: 'Servidor inacessível; o resultado acima é só da validação local.' };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { erro: `O servidor respondeu ${res.status} sem um resultado legível.` };
  }
  if (!res.ok) {
    const err = errorSchema.safeParse(body);
    return { erro: err.success ? err.data.error.message : `O servidor respondeu ${res.status}.` };
  }
  const reply = replySchema.safeParse(body);
  return reply.success ? { findings: reply.data.findings } : { erro: 'Resposta do servidor em formato inesperado.' };
}
