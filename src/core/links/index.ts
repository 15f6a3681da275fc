// The one index of the repository's links and the question both adapters ask of it: which cards depend on this
// contract, and does this change break them. Pure: the adapters read the files, the core builds and queries.
import type { FileReport } from '../../vocabulary.js'
import { isCardEntry } from './entries.js'
import { rangeVerdict } from './range.js'
import { linksTo } from './resolve.js'
import type { CardEntry, ContractEntry, Dependent, Impact, LinksIndex } from './types.js'

export { cardEntry, contractEntry, entryOf, isCardEntry } from './entries.js'
export { rangeVerdict } from './range.js'
export { guardDownstream } from './guard.js'
export type { CardUpdate, GuardInput } from './guard.js'
export { normaliseRef, resolveContract } from './resolve.js'
export type * from './types.js'

/** The index of these entries: contracts and cards in path order; cards that link to nothing are left out. */
export function buildLinksIndex(entries: Iterable<ContractEntry | CardEntry | undefined>): LinksIndex {
  const contracts: ContractEntry[] = []
  const cards: CardEntry[] = []
  for (const e of entries) {
    if (!e) continue
    if (isCardEntry(e)) {
      if (e.links.length > 0) cards.push(e)
    } else contracts.push(e)
  }
  const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  return { contracts: contracts.sort(byPath), cards: cards.sort(byPath) }
}

/** What happened to the contract: nothing (the impact command), a change, or its removal. */
export interface ContractChange {
  /** The contract's paths: where it is now, and where it was (a rename) or its removed path. */
  paths: readonly string[]
  id?: string
  /** Its version after the change; undefined when removed or unversioned. */
  version?: string
  /** Its version before the change, when it had one. */
  baseVersion?: string
  breaking?: boolean
  removed?: boolean
}

/**
 * Every card link that names the contract, in card-path order, with how the change meets it: a removal breaks every
 * dependent; the (new) version must satisfy the card's range; a breaking change breaks every dependent but one whose
 * range admits the new version and not the old one (the card already targets the new version).
 */
export function dependentsOf(cards: readonly CardEntry[], change: ContractChange): Dependent[] {
  const out: Dependent[] = []
  for (const card of cards) {
    for (const link of card.links) {
      if (!linksTo(link, change)) continue
      out.push({
        card: card.path,
        ...(card.name !== undefined ? { model: card.name } : {}),
        owners: card.owners,
        driftOwners: card.driftOwners,
        role: link.role,
        ...(link.range !== undefined ? { expects: link.range } : {}),
        line: link.line,
        impact: impactOf(change, link.range)
      })
    }
  }
  return out
}

function impactOf(change: ContractChange, range: string | undefined): Impact {
  if (change.removed) return 'removed'
  const verdict = rangeVerdict(change.version, range)
  if (verdict === 'bad-range') return 'bad-range'
  if (verdict === 'outside') return 'outside-range'
  if (change.breaking && !targetsNewVersion(change, range)) return 'breaking-change'
  if (verdict === 'not-semver') return 'not-semver'
  return 'ok'
}

/** The range admits the new version and rules the old one out: it was moved for this change. */
function targetsNewVersion(change: ContractChange, range: string | undefined): boolean {
  return (
    range !== undefined &&
    rangeVerdict(change.version, range) === 'satisfied' &&
    rangeVerdict(change.baseVersion, range) === 'outside'
  )
}

/**
 * The change a contract's report records, as dependentsOf reads it: its paths (the old one too on a rename), its
 * id (from the index, or `baseId` for a removed contract), the version it moved to, and whether it breaks.
 */
export function changeOf(
  report: FileReport,
  contracts: readonly ContractEntry[],
  baseId?: string
): ContractChange {
  const changes = report.changes
  const removed = changes?.changes.some((c) => c.rule === 'contract-removed') ?? false
  const id = removed ? baseId : contracts.find((c) => c.path === report.path)?.id
  const paths = changes?.basePath !== undefined ? [report.path, changes.basePath] : [report.path]
  return {
    paths,
    ...(id !== undefined ? { id } : {}),
    ...(changes?.headVersion !== undefined ? { version: changes.headVersion } : {}),
    ...(changes?.baseVersion !== undefined ? { baseVersion: changes.baseVersion } : {}),
    breaking: changes?.verdict === 'breaking',
    removed
  }
}

/** Whether a dependent is broken by the change (any impact but `ok`). */
export function breaks(dependent: Dependent): boolean {
  return dependent.impact !== 'ok'
}
