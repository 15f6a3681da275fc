// Adoption on a repository with old gaps: each finding of a file that existed at the base is marked `new` or
// `pre-existing`. A finding is identified as waivers identify it (src/core/fingerprint.ts: the item, the file and
// what it is about, never the line, which moves with every edit), under the head's path so a renamed file keeps its
// findings, and with positions quoted in a message ("the sequence starts at line 6") left out. Identical findings
// are matched one for one: a second field with the same gap is new.
import { fingerprint } from './fingerprint.js'
import type { FileReport, Finding } from '../vocabulary.js'

/** Mark `head`'s findings against its base version's report (undefined: the base was no contract or card). */
export function markOrigins(head: FileReport, base: FileReport | undefined): void {
  const left = new Map<string, number>()
  for (const f of base?.findings ?? []) {
    const key = identity({ ...f, path: head.path }, { ...base!, path: head.path })
    left.set(key, (left.get(key) ?? 0) + 1)
  }
  for (const f of head.findings) {
    const key = identity(f, head)
    const count = left.get(key) ?? 0
    if (count > 0) left.set(key, count - 1)
    f.origin = count > 0 ? 'pre-existing' : 'new'
  }
}

/** Every finding of the report marked `new`: the file is removed, or became something else. */
export function markNew(report: FileReport): void {
  for (const f of report.findings) f.origin = 'new'
}

const POSITION = /\bline \d+(?:, column \d+)?/g

function identity(finding: Finding, file: FileReport): string {
  return fingerprint({ ...finding, message: finding.message.replace(POSITION, 'line #') }, file)
}
