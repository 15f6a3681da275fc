// Which findings fail a check. Open findings (not waived) count; with the policy's `gate: new`, those marked
// `pre-existing` (already in the file at the base) do not. The result, the status, the exit code and the headline
// all ask this one function, so they never disagree.
import type { Finding, Gate, Report } from '../vocabulary.js'

export function gates(finding: Finding, gate: Gate | undefined): boolean {
  return !finding.waived && (gate !== 'new' || finding.origin !== 'pre-existing')
}

/** The findings of a report that fail it (with any severity; the caller picks the severities that count). */
export function gatingFindings(report: Report): Finding[] {
  return report.files.flatMap((file) => file.findings.filter((f) => gates(f, report.gate)))
}

/** Open findings the gate lets pass because they were already there: what a headline counts as pre-existing. */
export function isPreExisting(finding: Finding): boolean {
  return !finding.waived && finding.origin === 'pre-existing'
}
