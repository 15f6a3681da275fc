// The engine as the action sees it: an analyse function and the known item ids. Injected, so the flows can be
// tested against a small fake engine as well as the real one.
import { allItems } from '../checks/index.js'
import type { CheckContext } from '../checks/item.js'
import { analyzeFile } from '../core/engine.js'
import { sortFindings } from '../core/findings.js'
import type { FileReport, SourceFile } from '../core/types.js'
import { compareContracts, diffFindings } from '../diff/index.js'

export interface Engine {
  /** undefined: the file is not a contract or model card. */
  analyze(file: SourceFile, ctx: CheckContext): FileReport | undefined
  /**
   * The head file's report with what changed since its base version: `changes` and the versioning findings, when
   * both versions are contracts. Without it (or for other files) the head is analysed alone.
   */
  compare?(base: SourceFile, head: SourceFile, ctx: CheckContext): FileReport | undefined
  itemIds: ReadonlySet<string>
}

export const realEngine: Engine = {
  analyze: (file, ctx) => analyzeFile({ ...file, explicit: false }, ctx)?.report,
  compare(base, head, ctx) {
    const now = analyzeFile({ ...head, explicit: false }, ctx)
    if (!now) return undefined
    const before = analyzeFile({ ...base, explicit: false }, ctx)
    if (now.doc?.kind !== 'contract' || before?.doc?.kind !== 'contract' || !now.source || !before.source) {
      return now.report
    }
    const compared = compareContracts(before.doc, now.doc, {
      base: before.source.locate,
      head: now.source.locate
    })
    const changes = base.path === head.path ? compared.changes : { ...compared.changes, basePath: base.path }
    const findings = diffFindings(compared, head.path, now.source.locate, ctx.config)
    return { ...now.report, changes, findings: sortFindings([...now.report.findings, ...findings]) }
  },
  itemIds: new Set(allItems.map((i) => i.id))
}
