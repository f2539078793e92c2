// The upload pre-check's side in the content script: cheap refusals here (too big, not XML: nothing is sent),
// then the bytes go to the background, which runs the TISS engine and the operadora's pack and answers with
// findings. The engine stays out of the script the portal loads on every page (see extension/README.md).
import { ARQUIVO_KIND, type Finding, INTERNAL_ERROR } from '../../shared/findings.ts';
import { bytesToBase64 } from '../lib/base64.ts';
import { request } from '../lib/messages.ts';
import { precheck } from '../lib/validation/run.ts';

export type UploadValidator = (file: Blob, fileName: string, hoje: string) => Promise<Finding[]>;

/** `send` is `browser.runtime.sendMessage` (tests pass the background's dispatcher). */
export function uploadValidator(send: (msg: unknown) => Promise<unknown>): UploadValidator {
  return async (file, fileName, hoje) => {
    const refused = await precheck(file, fileName);
    if (refused) return [refused];
    try {
      const conteudo = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const reply = await request<'validate-upload'>(send, { type: 'validate-upload', fileName, conteudo, hoje });
      return reply.findings;
    } catch (e) {
      // Our failure, not the clerk's: said as a warning, so "bloquear envio com erros" never holds the file.
      return [
        {
          rule: INTERNAL_ERROR,
          kind: ARQUIVO_KIND,
          severity: 'warning',
          message: `Não foi possível pré-verificar "${fileName}" agora (a extensão não respondeu). O arquivo segue para o portal; valide-o pelo ícone da extensão se quiser conferir.`,
          where: {},
          detail: e instanceof Error ? e.message : String(e),
        },
      ];
    }
  };
}
