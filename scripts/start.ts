// The local worker for development and manual testing; see scripts/start.mjs.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startWorker } from '../test/e2e/support/worker.ts';
import { ROOT } from './worker-local.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '8787' } } });
const stateDir = join(ROOT, '.wrangler/state');
const worker = await startWorker({ port: Number(values.port), stateDir });
console.log(`tiss-preflight worker em ${worker.url}
  API:        ${worker.url}/v1/docs
  console:    ${worker.url}/admin/   (npm run build:admin para gerar)
  token:      npm run admin -- token create --role publisher --name "seu nome"
  dados D1:   ${stateDir}   (assinatura com a chave SÓ DE TESTE de test/keys/)
Ctrl+C para parar.`);
const stop = async () => {
  await worker.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
