// One verdict for the status, the `result` output and the exit code, so they never disagree.
import type { Report } from '../core/types.js'

export type FailOn = 'error' | 'warning' | 'never'

export function fails(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  // Not every changed file could be seen: never a success.
  if (report.incomplete !== undefined) return true
  if (failOn === 'warning') return report.summary.errors + report.summary.warnings > 0
  return report.summary.errors > 0
}

/** The commit status description: what failed, at most 140 characters, as GitHub requires. */
export function statusDescription(report: Report, failOn: FailOn): string {
  const { waived } = report.summary
  const waivedNote = waived > 0 ? ` (${waived} waived)` : ''
  let text: string
  if (report.incomplete !== undefined) text = report.incomplete
  else if (report.files.length === 0) text = 'No data contracts or model cards changed'
  else {
    const parts = failureParts(report, failOn === 'warning')
    text =
      parts.length > 0
        ? parts.join('; ') + waivedNote
        : `All handoff items present in ${plural(report.files.length, 'file')}${waivedNote}`
  }
  return text.length <= 140 ? text : text.slice(0, 139) + '…'
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The open findings that count, grouped by what they mean: contracts removed, versions that went backwards,
 * breaking changes without a major bump (counted as changes), schema changes without a bump, and handoff items.
 */
function failureParts(report: Report, withWarnings: boolean): string[] {
  let removed = 0
  let backwards = 0
  let breaking = 0
  let unbumped = 0
  let items = 0
  const itemFiles = new Set<string>()
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.waived || !(f.severity === 'error' || (withWarnings && f.severity === 'warning'))) continue
      const changes = file.changes
      if (f.item === 'contract.breaking-change' && changes) {
        if (changes.changes.some((c) => c.rule === 'contract-removed')) removed++
        else if (changes.bump === 'backwards') backwards++
        else breaking += Math.max(1, changes.changes.filter((c) => c.level === 'error').length)
      } else if (f.item === 'contract.version-bump') unbumped++
      else {
        items++
        itemFiles.add(file.path)
      }
    }
  }
  const parts: string[] = []
  if (removed > 0) parts.push(`${plural(removed, 'contract')} removed`)
  if (backwards > 0) parts.push(`version went backwards in ${plural(backwards, 'contract')}`)
  if (breaking > 0) parts.push(`${plural(breaking, 'breaking change')} without a major version bump`)
  if (unbumped > 0) parts.push(`version not bumped in ${plural(unbumped, 'changed contract')}`)
  if (items > 0) parts.push(`${plural(items, 'handoff item')} missing in ${plural(itemFiles.size, 'file')}`)
  return parts
}
