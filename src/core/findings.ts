import type { Finding } from '../vocabulary.js'

/** Sorted by position then item, duplicates dropped: the same input always renders the same comment. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const f of [...findings].sort(byPosition)) {
    const key = `${f.item}\u0000${f.line}\u0000${f.column}\u0000${f.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(f)
  }
  return out
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0)
}
