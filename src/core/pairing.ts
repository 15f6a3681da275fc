// A contract removed at one path and added at another with the same `id` is one contract moved (a DCS file
// replaced by its ODCS migration, a rename git did not detect): the adapters pair them here, where they know which
// files were removed and which were added, and compare the pair as a modified file.
import type { CheckContext } from '../checks/item.js'
import { analyzeFile } from './engine.js'
import type { SourceFile } from '../vocabulary.js'

/**
 * Added path → removed path, for each contract `id` held by exactly one removed and one added contract. An id
 * two removed or two added files share pairs nothing: which one moved would be a guess.
 */
export function pairByContractId(
  removed: readonly SourceFile[],
  added: readonly SourceFile[],
  ctx: CheckContext
): Map<string, string> {
  const gone = byId(removed, ctx)
  const pairs = new Map<string, string>()
  if (gone.size === 0) return pairs
  for (const [id, paths] of byId(added, ctx)) {
    const from = gone.get(id)
    if (from?.length === 1 && paths.length === 1) pairs.set(paths[0], from[0])
  }
  return pairs
}

function byId(files: readonly SourceFile[], ctx: CheckContext): Map<string, string[]> {
  const ids = new Map<string, string[]>()
  for (const file of files) {
    const doc = analyzeFile({ path: file.path, text: file.text }, ctx)?.doc
    const id = doc?.kind === 'contract' ? doc.id?.value : undefined
    if (typeof id !== 'string' || id.trim() === '') continue
    ids.set(id, [...(ids.get(id) ?? []), file.path])
  }
  return ids
}
