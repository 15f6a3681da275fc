// The explicit registry of handoff items, sorted by id. Adding an item is adding its module and one line here;
// __tests__/checks/registry.test.ts checks every item has tests, README row and SARIF help.
import { contractBreakingChange, contractVersionBump } from '../diff/items.js'
import { fileParse, fileSchema } from './file-items.js'
import type { HandoffItem } from './item.js'

export const allItems: readonly HandoffItem[] = [
  contractBreakingChange,
  contractVersionBump,
  fileParse,
  fileSchema
]

export const itemById: ReadonlyMap<string, HandoffItem> = new Map(allItems.map((i) => [i.id, i]))
