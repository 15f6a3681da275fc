// The engine as the action sees it: an analyse function and the known item ids. Injected, so the flows can be
// tested against a small fake engine as well as the real one.
import { allItems } from '../checks/index.js'
import type { CheckContext } from '../checks/item.js'
import { analyzeFile } from '../core/engine.js'
import type { FileReport, SourceFile } from '../core/types.js'

export interface Engine {
  /** undefined: the file is not a contract or model card. */
  analyze(file: SourceFile, ctx: CheckContext): FileReport | undefined
  itemIds: ReadonlySet<string>
}

export const realEngine: Engine = {
  analyze: (file, ctx) => analyzeFile({ ...file, explicit: false }, ctx)?.report,
  itemIds: new Set(allItems.map((i) => i.id))
}
