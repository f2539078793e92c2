// Preloaded (node --require) into a Node process the benches time: prints the process's own CPU (user + system,
// microseconds, from getrusage) on stderr as it exits, because /usr/bin/time reports CPU in steps of 10 ms, too
// coarse for a start-up that differs from an empty node by tens of ms. Misses only Node's teardown after the
// exit handlers, the same for every process timed this way.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n@@cpu ${user + system}\n`);
});
