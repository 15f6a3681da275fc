// What every run leaves behind, whatever GitHub allowed it to write: the JSON report file, the outputs, the job
// summary and the annotations. Pure: the report in, what to write out; main.ts hands it to @actions/core.
import { gatingFindings } from '../../core/gate.js'
import type { Finding, Report } from '../../vocabulary.js'
import { terminalText } from '../../report/escape.js'
import { renderMarkdown } from '../../report/markdown.js'
import { omittedNote, planAnnotations } from './annotations.js'
import { reportLink } from './comment.js'
import type { CommentLinks } from './comment.js'

/** GitHub rejects a job summary over 1 MiB (1,048,576 bytes); keep a margin. */
export const SUMMARY_LIMIT = 1_000_000

/** Where the summary points when it had to leave files out. */
export const SUMMARY_TRUNCATED_NOTE = 'The full report is in the JSON report file (the `report-path` output).'

export interface Outcome {
  outputs: { result: 'pass' | 'fail'; 'missing-count': string }
  summary: string
  annotations: Finding[]
  /** The message the step fails with, when it fails. */
  failure?: string
}

export function outcome(
  report: Report,
  failed: boolean,
  links: CommentLinks,
  notes: readonly string[]
): Outcome {
  const plan = planAnnotations(report)
  const omitted = omittedNote(plan)
  const summary = renderMarkdown(report, {
    link: reportLink(links, report),
    maxBytes: SUMMARY_LIMIT,
    truncatedNote: SUMMARY_TRUNCATED_NOTE,
    graph: true,
    notes: omitted ? [...notes, omitted] : [...notes]
  })
  const result: Outcome = {
    outputs: { result: failed ? 'fail' : 'pass', 'missing-count': String(report.summary.errors) },
    summary,
    // @actions/core escapes workflow commands in annotations itself; the message also carries no raw controls.
    annotations: plan.shown.map((f) => ({ ...f, message: terminalText(f.message) }))
  }
  if (failed) {
    const open = gatingFindings(report)
    const errors = open.filter((f) => f.severity === 'error').length
    const warnings = open.filter((f) => f.severity === 'warning').length
    const fresh = report.gate === 'new' ? 'new ' : ''
    result.failure =
      report.incomplete !== undefined
        ? `${report.incomplete}; see the job summary.`
        : errors > 0
          ? `${errors} ${fresh}handoff item${errors === 1 ? '' : 's'} missing or invalid; see the job summary.`
          : `${warnings} ${fresh}handoff warning${warnings === 1 ? '' : 's'} (fail-on: warning); see the job summary.`
  }
  return result
}
