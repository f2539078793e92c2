#!/usr/bin/env node
// Entry point of `npx tiss-preflight`: the CLI is written in TypeScript (same sources as the extension and the
// worker), so tsx's loader is registered before the dispatcher is imported.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
