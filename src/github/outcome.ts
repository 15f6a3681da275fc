// What every run leaves behind, whatever GitHub allowed it to write: the JSON report file, the outputs, the job
// summary and the annotations. Pure: the report in, what to write out; main.ts hands it to @actions/core.
import type { Finding, Report } from '../core/types.js'
import { renderMarkdown } from '../report/markdown.js'
import { omittedNote, planAnnotations } from './annotations.js'
import { reportLink } from './comment.js'
import type { CommentLinks } from './comment.js'

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
    notes: omitted ? [...notes, omitted] : [...notes]
  })
  const result: Outcome = {
    outputs: { result: failed ? 'fail' : 'pass', 'missing-count': String(report.summary.errors) },
    summary,
    annotations: plan.shown
  }
  if (failed) {
    const { errors, warnings } = report.summary
    result.failure =
      report.incomplete !== undefined
        ? `${report.incomplete}; see the job summary.`
        : errors > 0
          ? `${errors} handoff item${errors === 1 ? '' : 's'} missing or invalid; see the job summary.`
          : `${warnings} handoff warning${warnings === 1 ? '' : 's'} (fail-on: warning); see the job summary.`
  }
  return result
}
