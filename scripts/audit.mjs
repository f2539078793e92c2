// `npm run audit` (and .ci/run): npm audit of the runtime dependencies at level high. Three outcomes, each said:
// - the registry answered with no high/critical advisory: exit 0;
// - it answered with some: they are listed, exit 1;
// - the audit endpoint could not be reached or refused the request (offline machine, a mirror without the
//   advisory API): a loud "NOT AUDITED" line and exit 0, since that says nothing about our dependencies;
//   AUDIT_REQUIRED=1 makes it exit 2 instead, for a pipeline that must not ship unaudited.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What to print and the exit code, from npm audit's --json output (and its failure, if it did not run). */
export function auditVerdict(stdout, failure = '', required = false) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.message ?? report?.error?.summary ?? failure;
    return {
      text: `dependency audit: NOT AUDITED — the npm audit endpoint gave no report (${why || 'no output'}).`,
      code: required ? 2 : 0,
    };
  }
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  const names = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => `${v.name} (${v.severity}${v.fixAvailable ? ', correção disponível' : ''})`);
  return {
    text:
      high === 0
        ? `dependency audit: ok — no high or critical advisory in runtime dependencies (${Object.entries(counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`
        : `dependency audit: ${high} high/critical advisories in runtime dependencies: ${names.join('; ')}`,
    code: high === 0 ? 0 : 1,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const failure = r.error ? String(r.error) : r.stderr.trim().split('\n').at(-1);
  const { text, code } = auditVerdict(r.stdout, failure, process.env.AUDIT_REQUIRED === '1');
  console.log(text);
  process.exit(code);
}
