// One verdict for the status, the `result` output and the exit code, so they never disagree.
import type { Report } from '../core/types.js'

export type FailOn = 'error' | 'warning' | 'never'

export function fails(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warning') return report.summary.errors + report.summary.warnings > 0
  return report.summary.errors > 0
}

/** The commit status description: at most 140 characters, as GitHub requires. */
export function statusDescription(report: Report, failOn: FailOn): string {
  const { errors, warnings, waived } = report.summary
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const waivedNote = waived > 0 ? ` (${waived} waived)` : ''
  let text: string
  if (report.files.length === 0) text = 'No data contracts or model cards changed'
  else if (errors > 0 || (failOn === 'warning' && warnings > 0)) {
    const counted = failOn === 'warning' ? errors + warnings : errors
    const files = report.files.filter((f) =>
      f.findings.some(
        (x) => !x.waived && (x.severity === 'error' || (failOn === 'warning' && x.severity === 'warning'))
      )
    ).length
    text = `${plural(counted, 'handoff item')} missing in ${plural(files, 'file')}${waivedNote}`
  } else text = `All handoff items present in ${plural(report.files.length, 'file')}${waivedNote}`
  return text.length <= 140 ? text : text.slice(0, 139) + '…'
}
