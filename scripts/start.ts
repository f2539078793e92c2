// `npm start`: the whole local stack, with no network — extension builds (Chrome and Firefox, MV3, development
// mode: localhost allowed, test signing key trusted), the admin console, the worker under `wrangler dev` with a
// local D1 (migrations applied, default packs seeded), the mock Conecta portal, and — where a display exists —
// Chromium opened on the portal with the extension loaded. Then clear instructions; Ctrl+C stops everything.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../test/e2e/support/browser.ts';
import { startWorker } from '../test/e2e/support/worker.ts';
import { startPortal } from '../test/portal/server.ts';
import { ROOT } from './worker-local.ts';

const { values } = parseArgs({
  options: {
    'worker-port': { type: 'string', default: process.env.WORKER_PORT ?? '8787' },
    'portal-port': { type: 'string', default: process.env.PORTAL_PORT ?? '5174' },
    'no-browser': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});

const CHROME_DIR = join(ROOT, '.output', 'chrome-mv3-dev');
const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv3-dev');

function step(label: string, cmd: string, args: string[]): void {
  process.stdout.write(`• ${label}… `);
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) {
    console.log('falhou');
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  console.log('ok');
}

if (!values['skip-build']) {
  step('extensão para Chrome (MV3)', 'npx', ['wxt', 'build', '--mode', 'development']);
  step('extensão para Firefox (MV3)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'development']);
  if (existsSync(join(ROOT, 'admin/vite.config.ts')))
    step('console administrativo', 'npx', ['vite', 'build', '--config', 'admin/vite.config.ts']);
}

process.stdout.write('• worker (wrangler dev + D1 local)… ');
const worker = await startWorker({ port: Number(values['worker-port']), stateDir: join(ROOT, '.wrangler/state') });
console.log('ok');
process.stdout.write('• portal Conecta simulado… ');
const portal = await startPortal({ port: Number(values['portal-port']) });
console.log('ok');

let browser: ChildProcess | undefined;
const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (display && !values['no-browser'] && existsSync(chromiumPath())) {
  const profile = mkdtempSync(join(tmpdir(), 'tiss-preflight-start-'));
  browser = spawn(
    chromiumPath(),
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `${portal.url}/Account/Login`,
    ],
    { stdio: 'ignore', detached: true },
  );
  browser.unref();
}

console.log(`
tiss-preflight rodando (sem rede):

  Portal Conecta simulado  ${portal.url}/Account/Login   (qualquer e-mail e senha)
  Worker                   ${worker.url}/health · documentação da API: ${worker.url}/v1/docs
  Console administrativo   ${worker.url}/admin/
      token: npm run admin -- token create --role publisher --name "seu nome"
  Extensão Chrome (MV3)    ${CHROME_DIR}
  Extensão Firefox (MV3)   ${FIREFOX_DIR}
  Dados D1 locais          ${worker.stateDir}   (pacotes assinados com a chave SÓ DE TESTE de test/keys/)

Carregar a extensão:
  Chrome/Chromium: chrome://extensions → "Modo do desenvolvedor" → "Carregar sem compactação" → ${CHROME_DIR}
  Firefox: about:debugging#/runtime/this-firefox → "Carregar extensão temporária" → ${FIREFOX_DIR}/manifest.json
  Nas opções da extensão, informe ${worker.url} como URL do servidor para sincronizar os pacotes de regras.
${browser ? `\nChromium aberto no portal com a extensão carregada.\n` : display ? '' : '\n(sem tela disponível: o navegador não foi aberto)\n'}
Ctrl+C para parar tudo.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nParando…');
  if (browser?.pid)
    try {
      process.kill(-browser.pid, 'SIGTERM');
    } catch {
      // already closed by the user
    }
  await Promise.allSettled([portal.close(), worker.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
