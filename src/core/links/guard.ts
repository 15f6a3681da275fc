// A contract change guards its downstream: each changed or removed contract gets the cards that depend on it, and a
// `contract.downstream` finding when the change breaks one that the same change does not update. Pure: the adapter
// reads the repository's cards (and the base versions of the cards the change touches); this decides.
import { contractDownstream, DOWNSTREAM_LISTED } from './item.js'
import { fill } from '../fill.js'
import { resolveSeverity } from '../severity.js'
import type { ConfiguredSeverity, FileReport, Finding } from '../../vocabulary.js'
import { breaks, changeOf, dependentsOf } from './index.js'
import type { ContractChange } from './index.js'
import { linksTo } from './resolve.js'
import type { CardEntry, ContractEntry, Dependent } from './types.js'

/** A card the change edits or adds: its entry at the base (undefined: added by the change, or no card there). */
export interface CardUpdate {
  base?: CardEntry
}

export interface GuardInput {
  /** The change's reports; contracts with `changes` (changed, renamed, removed) get their downstream. */
  reports: readonly FileReport[]
  /** The repository's cards at the head that link to a contract. */
  cards: readonly CardEntry[]
  /** Contracts known at the head (at least the changed ones): a changed contract's id comes from here. */
  contracts: readonly ContractEntry[]
  /** A removed contract's id at the base, by its path: cards that name it by id are found too. */
  removedIds: ReadonlyMap<string, string>
  /** The cards the change edits or adds, by head path. */
  updates: ReadonlyMap<string, CardUpdate>
  /** `items['contract.downstream']` of the policy, when set. */
  severity?: ConfiguredSeverity
}

/** The reports with each changed contract's downstream and, where it breaks a card left as it was, the finding. */
export function guardDownstream(input: GuardInput): FileReport[] {
  const severity = resolveSeverity(input.severity ?? contractDownstream.defaultSeverity)
  return input.reports.map((report) => {
    if (report.kind !== 'contract' || report.changes === undefined) return report
    const change = changeOf(report, input.contracts, input.removedIds.get(report.path))
    const downstream = dependentsOf(input.cards, change).map((d) => guarded(d, change, input.updates))
    const open = downstream.filter((d) => d.guard === 'open')
    const findings =
      open.length > 0 && severity !== undefined
        ? [...report.findings, finding(report, open, severity)]
        : report.findings
    return { ...report, findings, downstream }
  })
}

function guarded(d: Dependent, change: ContractChange, updates: ReadonlyMap<string, CardUpdate>): Dependent {
  const update = updates.get(d.card)
  const marked: Dependent = update ? { ...d, inChange: true } : { ...d }
  if (!breaks(d)) return marked
  return {
    ...marked,
    guard: acceptsUpdate(d) && update && linkUpdated(d, change, update) ? 'updated' : 'open'
  }
}

/**
 * A breaking change (or a contract version no range can be checked against) is accepted by updating the card; a
 * removal, a version outside the range and a range that is not semver break the card whatever else changed in it.
 */
function acceptsUpdate(d: Dependent): boolean {
  return d.impact === 'breaking-change' || d.impact === 'not-semver'
}

/** The card's link to this contract is new, or its range differs from the base's. */
function linkUpdated(d: Dependent, change: ContractChange, update: CardUpdate): boolean {
  if (update.base === undefined) return true
  const before = update.base.links.filter(
    (l) => l.role === d.role && linksTo(l, { paths: change.paths, id: change.id })
  )
  return !before.some((l) => l.range === d.expects)
}

function finding(report: FileReport, open: readonly Dependent[], severity: Finding['severity']): Finding {
  const at = anchorOf(report)
  const listed = open.slice(0, DOWNSTREAM_LISTED).map(describe).join('; ')
  const more = open.length > DOWNSTREAM_LISTED ? ` and ${open.length - DOWNSTREAM_LISTED} more` : ''
  const message = fill(contractDownstream.messages.breaks, {
    count: open.length,
    cards: listed + more,
    path: report.path
  })
  return {
    item: contractDownstream.id,
    severity,
    status: 'invalid',
    message,
    path: report.path,
    line: at.line,
    column: at.column,
    origin: 'new'
  }
}

/** Where the finding sits: on the change's own finding (a breaking change, a removal), else the first changed line. */
function anchorOf(report: FileReport): { line: number; column: number } {
  const own = report.findings.find((f) => f.item === 'contract.breaking-change')
  if (own) return { line: own.line, column: own.column }
  const line = report.changes?.changes.find((c) => c.line !== undefined)?.line
  return { line: line ?? 1, column: 1 }
}

const WHY: Record<Exclude<Dependent['impact'], 'ok'>, string> = {
  'breaking-change': 'breaking change',
  removed: 'contract removed',
  'outside-range': 'new version outside its range',
  'not-semver': 'contract version is not semver',
  'bad-range': 'its range is not semver'
}

/** `models/churn.md:6 (churn; expects ^1; breaking change; owners @acme/ml)`: owners as written, in a code span. */
function describe(d: Dependent): string {
  const owners = [...new Set([...d.owners, ...d.driftOwners])]
  const parts = [
    ...(d.model !== undefined ? [d.model] : []),
    `expects ${d.expects ?? 'any version'}`,
    WHY[d.impact as Exclude<Dependent['impact'], 'ok'>],
    owners.length > 0
      ? `owners ${owners.map((o) => `\`${o.replace(/`/g, "'")}\``).join(', ')}`
      : 'no owner named'
  ]
  return `\`${d.card}:${d.line}\` (${parts.join('; ')})`
}
