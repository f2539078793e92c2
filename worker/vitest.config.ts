// The `worker` vitest project: tests run inside workerd (the Workers runtime) through
// @cloudflare/vitest-pool-workers, against a real D1 database. The setup file resets D1 and applies the
// migrations before every test, so each test starts from an empty, migrated database.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineProject } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const testKey = JSON.parse(readFileSync(here('../test/keys/TEST-ONLY-signing-key.json'), 'utf8')) as {
  keyId: string;
  secretKey: string;
};

// SHA-256 of each valid TISS fixture on disk: a worker test checks that the copies bundled for the draft dry run
// (worker/fixtures/xml-fixtures.generated.ts) are byte for byte the same, i.e. not stale.
const fixturesDir = here('../test/fixtures/tiss/valid/');
const fixtureSha256 = Object.fromEntries(
  readdirSync(fixturesDir).map((name) => [
    name,
    createHash('sha256')
      .update(readFileSync(fixturesDir + name))
      .digest('hex'),
  ]),
);

// The SP/SADT fixture that 15 MB lotes are grown from inside workerd (test/support/tiss-large-lote.ts), as
// base64: the memory test posts a lote of the size limit to /v1/validate.
const largeLoteTemplate = readFileSync(here('../test/fixtures/tiss/valid/sadt-5-guias.xml')).toString('base64');

// The per-IP limits exactly as wrangler.toml declares them ([[ratelimits]]), so the tests run what deploys.
const ratelimits = Object.fromEntries(
  [
    ...readFileSync(here('../wrangler.toml'), 'utf8').matchAll(
      /name = "(\w+)"\nnamespace_id = "\d+"\nsimple = \{ limit = (\d+), period = (\d+) \}/g,
    ),
  ].map(([, name, limit, period]) => [name, { simple: { limit: Number(limit), period: Number(period) } }]),
);

export default defineProject(async () => {
  const migrations = await readD1Migrations(here('../migrations'));
  return {
    plugins: [
      cloudflareTest({
        main: here('./index.ts'),
        miniflare: {
          compatibilityDate: '2026-04-20',
          compatibilityFlags: ['nodejs_compat'],
          d1Databases: ['DB'],
          ratelimits,
          bindings: {
            TEST_MIGRATIONS: migrations,
            XML_FIXTURE_SHA256: fixtureSha256,
            LARGE_LOTE_TEMPLATE_B64: largeLoteTemplate,
            PACK_SIGNING_KEY: testKey.secretKey,
            PACK_SIGNING_KEY_ID: testKey.keyId,
            // Short, so the test of a stalled upload (408) takes a second, not ten.
            BODY_IDLE_TIMEOUT_MS: '1000',
            ALLOWED_ORIGINS: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop,moz-extension://*',
          },
        },
      }),
    ],
    test: {
      name: 'worker',
      root: here('..'),
      include: ['worker/**/*.test.ts'],
      setupFiles: [here('./test/setup.ts')],
      testTimeout: 30_000,
      // The worker's one-line request log is asserted on by the log-capture test, not worth printing.
      onConsoleLog: (log: string) => !/^(GET|POST|PUT|OPTIONS|HEAD) \S+ \d{3} \d+ms/.test(log),
    },
  };
});
