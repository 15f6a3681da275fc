// A report for a file the pull request deletes: it exists at the base commit only, so it is linked there and never
// annotated (an annotation needs a file at the head).
import type { Report } from '../../vocabulary.js'
import { isRemoved } from '../../report/describe.js'

export { isRemoved }

export function removedPaths(report: Report): Set<string> {
  return new Set(report.files.filter(isRemoved).map((f) => f.path))
}
