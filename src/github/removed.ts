// A report for a file the pull request deletes: it exists at the base commit only, so it is linked there and never
// annotated (an annotation needs a file at the head).
import type { FileReport, Report } from '../core/types.js'

export function isRemoved(file: FileReport): boolean {
  return file.changes?.changes.some((c) => c.rule === 'contract-removed') === true
}

export function removedPaths(report: Report): Set<string> {
  return new Set(report.files.filter(isRemoved).map((f) => f.path))
}
