// Node's built-ins as the CLI reaches them: through process.getBuiltinModule (Node ≥ 20.16), not an ES `import`.
// Importing node:fs as an ES module builds its whole namespace, whose `promises` getter loads fs/promises,
// streams and readline: some 10 ms and 2 MiB at every start for functions the CLI never calls. Bundled into the
// chunks like any module (scripts/build-cli.mjs).
export const { accessSync, constants, readFileSync, statSync, writeSync } = process.getBuiltinModule('node:fs');
