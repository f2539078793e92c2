// Unit-test global setup: the CLI tests spawn bin/tiss-preflight.cjs, which runs the prebuilt bundle in dist/cli.
// Build it once per run from the current sources, so a test never exercises a stale bundle.
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
