// The engine as the action sees it: an analyse function, a compare function and the known item ids. Injected, so
// the flows can be tested against a small fake engine as well as the real one.
import { allItems } from '../checks/index.js'
import type { CheckContext } from '../checks/item.js'
import { compareFile } from '../core/compare.js'
import type { FilePair } from '../core/compare.js'
import { analyzeFile, readDoc } from '../core/engine.js'
import { entryOf } from '../core/links/index.js'
import type { CardEntry, ContractEntry } from '../core/links/index.js'
import { pairByContractId } from '../core/pairing.js'
import type { FileReport, SourceFile } from '../vocabulary.js'

export interface Engine {
  /** undefined: the file is not a contract or model card. */
  analyze(file: SourceFile, ctx: CheckContext): FileReport | undefined
  /**
   * A file compared with its base version (src/core/compare.ts): base and head give the head's report with what
   * changed; base only (a removed file) gives a report for the removed contract, undefined for anything else.
   * Without it, heads are analysed alone and removed files only get a note.
   */
  compare?(pair: FilePair, ctx: CheckContext): FileReport | undefined
  /**
   * Added path → removed path for the added files that hold a removed contract's `id` (src/core/pairing.ts): each
   * pair is compared as one contract moved (a DCS file replaced by its ODCS migration). Without it, none pair.
   */
  pair?(removed: readonly SourceFile[], added: readonly SourceFile[], ctx: CheckContext): Map<string, string>
  /**
   * The file's entry in the links index (a contract, or a model card with its links); undefined for anything else.
   * Without it, changed contracts get no Downstream section.
   */
  entry?(file: SourceFile): ContractEntry | CardEntry | undefined
  itemIds: ReadonlySet<string>
}

export const realEngine: Engine = {
  analyze: (file, ctx) => analyzeFile({ ...file, explicit: false }, ctx)?.report,
  compare: (pair, ctx) => compareFile(pair, ctx)?.report,
  pair: pairByContractId,
  entry: (file) => {
    const read = readDoc(file)
    return read && entryOf(file.path, read)
  },
  itemIds: new Set(allItems.map((i) => i.id))
}
