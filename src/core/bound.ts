// Bounded output: a file that breaks one item a thousand times (a Helm template, a data file, one wrong key in every
// column) shows the first few and one finding that stands for the rest, so a report stays readable and a comment
// stays within its limits. Applied by buildReport, after sorting, so every adapter and renderer sees the same list.
import { fill } from './fill.js'
import type { Finding, Severity } from '../vocabulary.js'

/** At most this many findings of one item are listed per file. */
export const MAX_FINDINGS_PER_ITEM = 10

/** The finding that stands for the hidden ones; `{{item}}` is its own item. */
export const MORE_FINDINGS =
  '{{count}} more {{item}} findings in this file, from this line on, are not listed (at most {{limit}} of one item per file). Fix the ones above and run handoff-check again to see them.'

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/**
 * The first `limit` findings of each item in `findings` (sorted by position), and in place of the rest one finding
 * of the same item at the first hidden one's position, with the worst severity among them, its status, `new` when
 * any of them is new, and `more` set to how many it stands for. A list that is already bounded (an item with a `more` finding) is left as it is.
 */
export function boundFindings(findings: readonly Finding[], limit = MAX_FINDINGS_PER_ITEM): Finding[] {
  // No item can pass the limit in a list no longer than it: most files' lists, kept as they are.
  if (findings.length <= limit) return [...findings]
  const bounded = new Set(findings.filter((f) => f.more !== undefined).map((f) => f.item))
  const seen = new Map<string, number>()
  const summaries = new Map<string, Finding>()
  const out: Finding[] = []
  for (const finding of findings) {
    const count = (seen.get(finding.item) ?? 0) + 1
    seen.set(finding.item, count)
    if (bounded.has(finding.item) || count <= limit) {
      out.push(finding)
      continue
    }
    const summary = summaries.get(finding.item)
    if (summary === undefined) {
      const { waived: _waived, ...first } = finding
      const more: Finding = { ...first, more: 1 }
      summaries.set(finding.item, more)
      out.push(more)
    } else {
      summary.more = (summary.more ?? 0) + 1
      if (RANK[finding.severity] < RANK[summary.severity]) summary.severity = finding.severity
      // Fail closed under `gate: new`: the summary is pre-existing only when every finding it hides is.
      if (finding.origin === 'new') summary.origin = 'new'
    }
  }
  for (const summary of summaries.values()) {
    summary.message = fill(MORE_FINDINGS, { item: summary.item, count: summary.more ?? 0, limit })
  }
  return out
}
