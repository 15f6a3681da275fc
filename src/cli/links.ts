// The CLI's view of the repository's links: every contract, and every model card that names one, under the run's
// root. Read in this thread, once per run and only when a run needs it (a card to resolve, a contract's downstream).
import type { ResolvedConfig } from '../config/types.js'
import { readDoc } from '../core/engine.js'
import { buildLinksIndex, entryOf, guardDownstream, isCardEntry } from '../core/links/index.js'
import type { CardUpdate, LinksIndex } from '../core/links/index.js'
import { formats } from '../formats/index.js'
import type { FileReport } from '../vocabulary.js'
import { candidateMatcher, discover, readCandidate } from './discover.js'
import { blobAt } from './blobs.js'
import { runTask } from './tasks.js'
import type { FileTask, TaskEnv } from './tasks.js'

/** Text that may hold a link key (`contract:`, `"contract":`); a card without one needs no parse here. */
const LINK_KEY = /(?:^|[\s{,])["']?contract["']?\s*:/m

/**
 * Whether a checked file is a model card that may name a contract. Its report says so when it names none (the
 * `training-data.contract` item's missing notice), so most cards are not read again; otherwise `text` is read and
 * searched for a link key.
 */
export function mayLink(report: FileReport, text: () => string): boolean {
  if (report.kind !== 'model-card') return false
  if (report.findings.some((f) => f.item === 'training-data.contract' && f.status === 'missing')) return false
  return LINK_KEY.test(text())
}

/**
 * The links index of the repository under `root`: every candidate file is read and sniffed; the contracts the sniff
 * recognises and the files that may hold a link are parsed.
 */
export async function scanRepository(root: string, config: ResolvedConfig): Promise<LinksIndex> {
  const paths = discover(root, root, candidateMatcher(config))
  const entries = paths.map((path) => {
    const file = readCandidate(root, path, false, config.limits.maxFileBytes)
    if (!file || file.unreadable) return undefined
    const kinds = new Set(formats.filter((f) => f.sniff(file.text, path)).map((f) => f.kind))
    if (!kinds.has('contract') && !LINK_KEY.test(file.text)) return undefined
    const read = readDoc(file)
    return read && entryOf(path, read)
  })
  return buildLinksIndex(entries)
}

/**
 * The run's reports with the links resolved, once the pool has checked the files: when the run checked a model card
 * that may name a contract, or changed a contract, the repository is scanned; each checked card that links is checked again against the
 * repository's contracts (the pool's workers had none), and each changed or removed contract gets its downstream.
 */
export async function withLinks(
  reports: readonly FileReport[],
  tasks: readonly FileTask[],
  env: TaskEnv
): Promise<FileReport[]> {
  const changed = reports.some((r) => r.kind === 'contract' && r.changes !== undefined)
  // Only cards that may hold a link need the repository: a run of cards without links costs no scan.
  const text = (r: FileReport) => readCandidate(env.root, r.path, false, env.maxFileBytes)?.text ?? ''
  if (!changed && !reports.some((r) => mayLink(r, () => text(r)))) return [...reports]
  const index = await scanRepository(env.root, env.ctx.config)
  const linking = new Set(index.cards.map((c) => c.path))
  const linkedEnv: TaskEnv = { ...env, ctx: { ...env.ctx, contracts: index.contracts } }
  const again = new Map<string, FileReport | undefined>()
  for (const task of tasks) {
    if (task.head && task.head.notFile === undefined && linking.has(task.head.path)) {
      again.set(task.head.path, await runTask(task, linkedEnv))
    }
  }
  const out: FileReport[] = []
  const removedIds = new Map<string, string>()
  for (const report of reports) {
    const checked = again.has(report.path) ? again.get(report.path) : report
    if (!checked) continue
    if (checked.kind === 'contract' && checked.changes !== undefined && env.ref !== undefined) {
      const id = await removedId(checked, env)
      if (id !== undefined) removedIds.set(checked.path, id)
    }
    out.push(checked)
  }
  const updates =
    env.ref === undefined ? new Map<string, CardUpdate>() : await cardUpdates(tasks, env, linking)
  return guardDownstream({
    reports: out,
    cards: index.cards,
    contracts: index.contracts,
    removedIds,
    updates,
    severity: env.ctx.config.items['contract.downstream']
  })
}

/** The changed cards that link to a contract, each with its entry at the ref (none: added since). */
async function cardUpdates(
  tasks: readonly FileTask[],
  env: TaskEnv,
  linking: ReadonlySet<string>
): Promise<Map<string, CardUpdate>> {
  const updates = new Map<string, CardUpdate>()
  for (const task of tasks) {
    if (!task.head || !linking.has(task.head.path)) continue
    const text = task.base === undefined ? undefined : await blobAt(env.root, env.ref!, task.base)
    const read = text === undefined ? undefined : readDoc({ path: task.base!, text })
    const base = read && entryOf(task.base!, read)
    updates.set(task.head.path, base && isCardEntry(base) ? { base } : {})
  }
  return updates
}

/** A removed contract's id at the ref, so cards that name it by id are found too. */
async function removedId(report: FileReport, env: TaskEnv): Promise<string | undefined> {
  if (!report.changes?.changes.some((c) => c.rule === 'contract-removed')) return undefined
  const text = await blobAt(env.root, env.ref!, report.path)
  const read = text === undefined ? undefined : readDoc({ path: report.path, text })
  return read?.doc.kind === 'contract' && typeof read.doc.id?.value === 'string'
    ? read.doc.id.value
    : undefined
}
