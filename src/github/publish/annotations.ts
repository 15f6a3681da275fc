// GitHub shows at most 10 annotations of each level per step; the rest are silently dropped. So the most severe
// open findings go first, each level is capped, and the summary says how many were left out. Findings on a removed
// file are not annotated (the file is not in the head commit); the summary and the comment list them.
import type { Finding, Report, Severity } from '../../vocabulary.js'
import { isRemoved } from '../pull-request/removed.js'

export const ANNOTATIONS_PER_LEVEL = 10

export interface AnnotationPlan {
  shown: Finding[]
  /** Open findings per severity that did not fit. */
  omitted: Record<Severity, number>
}

const ORDER: readonly Severity[] = ['error', 'warning', 'notice']

export function planAnnotations(report: Report, perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const open = report.files
    .filter((f) => !isRemoved(f))
    .flatMap((f) => f.findings)
    .filter((f) => !f.waived)
  const shown: Finding[] = []
  const omitted = { error: 0, warning: 0, notice: 0 }
  for (const level of ORDER) {
    // New findings before pre-existing ones: a pull request's own gaps are annotated first.
    const all = open
      .filter((f) => f.severity === level)
      .sort((a, b) => Number(a.origin === 'pre-existing') - Number(b.origin === 'pre-existing'))
    shown.push(...all.slice(0, perLevel))
    omitted[level] = Math.max(0, all.length - perLevel)
  }
  return { shown, omitted }
}

export function omittedNote(plan: AnnotationPlan): string | undefined {
  const parts = ORDER.filter((l) => plan.omitted[l] > 0).map(
    (l) => `${plan.omitted[l]} ${l}${plan.omitted[l] === 1 ? '' : 's'}`
  )
  if (parts.length === 0) return undefined
  return `GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level and step: ${parts.join(', ')} are listed here but not annotated on the files.`
}
