// GitLab Code Quality: the JSON array of issues GitLab shows in the merge request widget and diff, in the format
// GitLab documents (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). One issue per open
// finding; a waived finding is no longer an issue, so it is left out. Pure: report → string.
import { fingerprint } from '../core/fingerprint.js'
import type { Report, Severity } from '../vocabulary.js'
import { portablePath } from './describe.js'
import { terminalText } from './escape.js'

/** GitLab's scale is info, minor, major, critical, blocker; an error is `major`, as ESLint's GitLab formatters map it. */
export const GITLAB_SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = {
  error: 'major',
  warning: 'minor',
  notice: 'info'
}

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  location: { path: string; lines: { begin: number } }
}

export function renderGitlab(report: Report): string {
  const seen = new Map<string, number>()
  const issues: CodeQualityIssue[] = report.files.flatMap((file) =>
    file.findings
      .filter((f) => !f.waived)
      .map((f) => {
        // The finding's identity across pushes (as waivers and the new/pre-existing marks use it), so GitLab tells
        // new issues from resolved ones; GitLab shows one issue per fingerprint, so a repeat gets its ordinal.
        const base = fingerprint(f, file)
        const n = (seen.get(base) ?? 0) + 1
        seen.set(base, n)
        return {
          description: terminalText(f.message),
          check_name: f.item,
          fingerprint: n === 1 ? base : `${base}-${n}`,
          severity: GITLAB_SEVERITY[f.severity],
          location: { path: portablePath(file.path), lines: { begin: Math.max(1, f.line) } }
        }
      })
  )
  return JSON.stringify(issues, null, 2) + '\n'
}
