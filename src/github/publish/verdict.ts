// One verdict for the status, the `result` output and the exit code, so they never disagree.
import { gates, gatingFindings, isPreExisting } from '../../core/gate.js'
import type { Report } from '../../vocabulary.js'

export type FailOn = 'error' | 'warning' | 'never'

export function fails(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  // Not every changed file could be seen: never a success.
  if (report.incomplete !== undefined) return true
  const counted = failOn === 'warning' ? ['error', 'warning'] : ['error']
  return gatingFindings(report).some((f) => counted.includes(f.severity))
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
    const old = preExistingNote(report)
    text =
      parts.length > 0
        ? parts.join('; ') + waivedNote + old
        : report.gate === 'new' && old !== ''
          ? `No new handoff gaps in ${plural(report.files.length, 'file')}${waivedNote}${old}`
          : `All handoff items present in ${plural(report.files.length, 'file')}${waivedNote}`
  }
  return text.length <= 140 ? text : text.slice(0, 139) + '…'
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** `; 12 pre-existing (gate: new)`: the findings the gate let pass, or were already there, counted either way. */
function preExistingNote(report: Report): string {
  const errors = report.files
    .flatMap((f) => f.findings)
    .filter((f) => isPreExisting(f) && f.severity === 'error')
  if (errors.length === 0) return ''
  return report.gate === 'new'
    ? `; ${errors.length} pre-existing (gate: new)`
    : ` (${errors.length} pre-existing)`
}

/**
 * The open findings that count, grouped by what they mean: contracts removed, versions that went backwards,
 * breaking changes without a major bump (counted as changes), model cards broken downstream, schema changes without a
 * bump, and handoff items.
 */
function failureParts(report: Report, withWarnings: boolean): string[] {
  let removed = 0
  let backwards = 0
  let breaking = 0
  let unbumped = 0
  let items = 0
  let broken = 0
  const itemFiles = new Set<string>()
  for (const file of report.files) {
    for (const f of file.findings) {
      if (!gates(f, report.gate) || !(f.severity === 'error' || (withWarnings && f.severity === 'warning')))
        continue
      const changes = file.changes
      if (f.item === 'contract.breaking-change' && changes) {
        if (changes.changes.some((c) => c.rule === 'contract-removed')) removed++
        else if (changes.bump === 'backwards') backwards++
        else breaking += Math.max(1, changes.changes.filter((c) => c.level === 'error').length)
      } else if (f.item === 'contract.version-bump') unbumped++
      else if (f.item === 'contract.downstream')
        broken += Math.max(1, file.downstream?.filter((d) => d.guard === 'open').length ?? 0)
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
  if (broken > 0) parts.push(`${plural(broken, 'model card')} broken downstream`)
  if (unbumped > 0) parts.push(`version not bumped in ${plural(unbumped, 'changed contract')}`)
  if (items > 0) parts.push(`${plural(items, 'handoff item')} missing in ${plural(itemFiles.size, 'file')}`)
  return parts
}
