// POST /v1/validate: TISS XML in, findings out. The bytes live only in this request's memory: never stored,
// never logged (worker/log.ts logs the route pattern and status only).
import { Hono } from 'hono';
import { hojeEmSaoPaulo } from '../../shared/rules/dates.ts';
import { MAX_XML_BYTES } from '../../shared/tiss/report.ts';
import { validateXml } from '../../shared/validate.ts';
import { checkDeclaredLength, limitedBody, readLimited, tooLarge } from '../body.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { validQuery } from '../http.ts';
import { describe } from '../openapi.ts';
import { packsForValidation } from '../packs.ts';
import { rateLimit } from '../rate-limit.ts';
import { validateQuerySchema, validateResponseSchema } from '../schemas.ts';
import { hasDoctype } from '../xml-guard.ts';

/** Room for multipart boundaries and part headers around a file of MAX_XML_BYTES. */
const MULTIPART_OVERHEAD = 64 * 1024;
const RAW_TYPES = ['application/xml', 'text/xml', 'application/octet-stream', 'text/plain'];

async function readUpload(request: Request, arquivo?: string): Promise<{ bytes: Uint8Array; fileName?: string }> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const limit = MAX_XML_BYTES + MULTIPART_OVERHEAD;
    checkDeclaredLength(request, limit, MAX_XML_BYTES);
    const counted = new Response(limitedBody(request, limit, MAX_XML_BYTES), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    });
    let form: FormData;
    try {
      form = await counted.formData();
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError(400, 'invalid-request', 'Formulário multipart inválido: envie o arquivo no campo "arquivo".');
    }
    const file = form.get('arquivo');
    if (!file || typeof file === 'string')
      throw new ApiError(400, 'invalid-request', 'Envie o arquivo XML no campo "arquivo" do formulário.');
    if (file.size > MAX_XML_BYTES) throw tooLarge(MAX_XML_BYTES);
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || arquivo };
  }
  if (type && !RAW_TYPES.includes(type))
    throw new ApiError(
      415,
      'unsupported-media-type',
      'Envie o XML como corpo da requisição (application/xml) ou em multipart/form-data no campo "arquivo".',
    );
  return { bytes: await readLimited(request, MAX_XML_BYTES), fileName: arquivo };
}

export const validateRoutes = new Hono<AppEnv>()
  .post(
    '/validate',
    describe({
      summary: 'Valida um XML TISS (até 15 MB; nunca armazenado nem registrado em log)',
      response: validateResponseSchema,
      xml: true,
    }),
    rateLimit('VALIDATE_LIMITER'),
    validQuery(validateQuerySchema),
    async (c) => {
      const { operadora, arquivo } = c.req.valid('query');
      // Refuse a declared oversize before anything else touches the request (one limit told, 15 MB, whatever the framing).
      checkDeclaredLength(c.req.raw, MAX_XML_BYTES + MULTIPART_OVERHEAD, MAX_XML_BYTES);
      const packs = await packsForValidation(c.env, operadora);
      const { bytes, fileName } = await readUpload(c.req.raw, arquivo);
      if (bytes.byteLength === 0) throw new ApiError(400, 'empty-body', 'O arquivo enviado está vazio.');
      if (hasDoctype(bytes))
        throw new ApiError(
          422,
          'doctype-refused',
          'O XML contém uma declaração DOCTYPE, que o padrão TISS não usa e que é recusada por segurança. Gere o arquivo novamente no sistema de faturamento.',
        );
      const report = await validateXml(bytes, {
        packs,
        ...(operadora ? { operadora } : {}),
        hoje: hojeEmSaoPaulo(new Date()),
        ...(fileName ? { fileName } : {}),
      });
      return c.json({ summary: report.summary, findings: report.findings });
    },
  )
  // The route exists, only POST is allowed: 405 with Allow, not a 404 that says it does not exist.
  .all('/validate', (c) => {
    c.header('Allow', 'POST, OPTIONS');
    throw new ApiError(405, 'method-not-allowed', 'Use POST para enviar o XML a /v1/validate.');
  });
