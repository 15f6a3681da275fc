// The downstream of a pull request's contract changes: the model cards of the whole repository at the head commit
// that depend on a changed or removed contract, found with one recursive tree request and batched reads of the files
// the model-card globs name, and only when the pull request changes or removes a contract.
import picomatch from 'picomatch'
import type { CheckContext } from '../../checks/item.js'
import { buildLinksIndex, guardDownstream, isCardEntry } from '../../core/links/index.js'
import type { CardEntry, CardUpdate, ContractEntry } from '../../core/links/index.js'
import type { FileReport } from '../../vocabulary.js'
import type { Engine } from '../engine.js'
import type { GitHubApi, PullRequestRef, TreeEntry } from '../types.js'
import type { ChangesRead } from './changes.js'

export interface DownstreamCheck {
  reports: FileReport[]
  notes: string[]
}

/** Regular and executable files: a link or submodule is never read as a card. */
const REGULAR = new Set(['100644', '100755'])
/** Cards named one by one in the note about cards not read; the rest are counted. */
const MAX_NAMED = 5

export async function withDownstream(
  api: GitHubApi,
  pr: PullRequestRef,
  reports: readonly FileReport[],
  read: ChangesRead,
  engine: Engine,
  ctx: CheckContext
): Promise<DownstreamCheck> {
  const entryOf = engine.entry
  const touched = reports.some((r) => r.kind === 'contract' && r.changes !== undefined)
  if (!entryOf || !touched) return { reports: [...reports], notes: [] }
  const { config } = ctx
  const notes: string[] = []
  const tree = read.headTree ?? (await api.listTree(pr.head, pr.headSha))
  if (tree.truncated) {
    notes.push(
      "🔭 GitHub truncates this repository's git tree, so the Downstream sections may miss model cards that depend on the changed contracts. Run `handoff-check impact <contract>` on a checkout for the complete list."
    )
  }

  const isCard = picomatch(config.paths.modelCards, { dot: true })
  const ignored = picomatch(config.paths.ignore, { dot: true })
  const limit = config.limits.maxFileBytes
  const wanted = tree.entries.filter(
    (e: TreeEntry) =>
      e.type === 'blob' && REGULAR.has(e.mode) && !read.head.has(e.path) && isCard(e.path) && !ignored(e.path)
  )
  const tooLarge = wanted.filter((e) => (e.size ?? 0) > limit).map((e) => e.path)
  const paths = wanted.filter((e) => (e.size ?? 0) <= limit).map((e) => e.path)
  const sizes = new Map(wanted.map((e) => [e.path, e.size ?? 0]))
  const blobs =
    paths.length > 0
      ? await api.readBlobs([{ repo: pr.head, sha: pr.headSha, paths, sizes }])
      : new Map<string, never>()
  if (tooLarge.length > 0)
    notes.push(
      unreadNote(tooLarge, `over the ${limit.toLocaleString('en-US')}-byte limit (\`limits.maxFileBytes\`)`)
    )

  const texts: [string, string][] = [...read.head]
  for (const path of paths) {
    const text = blobs.get(`${pr.headSha}:${path}`)?.text
    if (text !== undefined) texts.push([path, text])
  }
  const failed: string[] = []
  const entry = (path: string, text: string): ContractEntry | CardEntry | undefined => {
    try {
      return entryOf({ path, text })
    } catch {
      failed.push(path)
      return undefined
    }
  }
  const index = buildLinksIndex(texts.map(([path, text]) => entry(path, text)))

  const updates = new Map<string, CardUpdate>()
  for (const path of read.head.keys()) {
    const basePath = read.previous.get(path)
    const baseText = basePath === undefined ? undefined : read.base.get(basePath)
    const base = baseText === undefined ? undefined : entry(basePath!, baseText)
    updates.set(path, base && isCardEntry(base) ? { base } : {})
  }
  const removedIds = new Map<string, string>()
  for (const [path, text] of read.base) {
    if (read.head.has(path)) continue
    const base = entry(path, text)
    if (base && !isCardEntry(base) && base.id !== undefined) removedIds.set(path, base.id)
  }
  if (failed.length > 0)
    notes.push(unreadNote(failed, 'could not be read (a bug in handoff-check; please report it)'))
  const guarded = guardDownstream({
    reports,
    cards: index.cards,
    contracts: index.contracts,
    removedIds,
    updates,
    severity: config.items['contract.downstream']
  })
  return { reports: guarded, notes }
}

function unreadNote(paths: readonly string[], why: string): string {
  const shown = paths
    .slice(0, MAX_NAMED)
    .map((p) => `\`${p}\``)
    .join(', ')
  const more = paths.length > MAX_NAMED ? ` and ${paths.length - MAX_NAMED} more` : ''
  return `🔭 ${paths.length} file(s) the model-card globs name were not read for the Downstream sections, ${why}: ${shown}${more}. A model card among them that depends on a changed contract is not shown.`
}
