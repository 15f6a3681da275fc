// Versioning on top of the diff: the changelog of one contract and the two handoff items it decides.
import type { ItemReport } from '../checks/item.js'
import type { ResolvedConfig } from '../config/types.js'
import { fill } from '../core/engine.js'
import { resolveSeverity } from '../core/severity.js'
import type { Change, ContractChanges, Finding, JsonPath, Position } from '../vocabulary.js'
import type { ContractDoc } from '../model/types.js'
import type { Locators } from './context.js'
import { diffParts } from './contract.js'
import { contractBreakingChange, contractVersionBump, diffItems } from './items.js'
import { migrationOf } from './migration.js'
import { showValue } from './values.js'
import { allowsBreaking, classifyBump } from './versioning.js'

/** A report of one of the diff's items, before it becomes a finding. */
export interface DiffReport {
  item: 'contract.breaking-change' | 'contract.version-bump'
  report: ItemReport
}

export interface ComparedContracts {
  changes: ContractChanges
  reports: DiffReport[]
}

const SHOWN_PATHS = 3

export function compareContracts(base: ContractDoc, head: ContractDoc, locate: Locators): ComparedContracts {
  const { contract, schema } = diffParts(base, head, locate)
  const all = [...contract, ...schema]
  const bump = classifyBump(base.version?.value, head.version?.value)
  const changes: ContractChanges = { bump, changes: all, verdict: verdictOf(all) }
  const baseVersion = versionText(base.version?.value)
  const headVersion = versionText(head.version?.value)
  if (baseVersion !== undefined) changes.baseVersion = baseVersion
  if (headVersion !== undefined) changes.headVersion = headVersion
  const migration = migrationOf(base, head)
  if (migration) changes.migration = migration

  const at: JsonPath = head.version?.at ?? head.versionAnchor
  const versions = { old: showValue(baseVersion), new: showValue(headVersion), bump }
  const reports: DiffReport[] = []
  const breaking = all.filter((c) => c.level === 'error')
  if (bump === 'backwards') {
    reports.push(breakingReport('backwards', versions, at))
  } else if (breaking.length > 0 && !allowsBreaking(base.version?.value, head.version?.value)) {
    const messageId = bump === 'not-comparable' ? 'notComparable' : 'unannounced'
    reports.push(breakingReport(messageId, { ...versions, ...listed(breaking) }, at))
  }
  // An unannounced break already asks for a (major) increase; saying it twice would be noise.
  if (schema.length > 0 && bump === 'none' && reports.length === 0) {
    reports.push({
      item: contractVersionBump.id as DiffReport['item'],
      report: { messageId: 'notBumped', data: { ...versions, ...listed(schema) }, status: 'invalid', at }
    })
  }
  return { changes, reports }
}

/**
 * The findings of a comparison for the head file at `path`, with the configured severities applied exactly as
 * the engine applies them (`off` drops the finding, a report's cap only lowers it).
 */
export function diffFindings(
  compared: ComparedContracts,
  path: string,
  locateHead: (p: JsonPath) => Position,
  config: ResolvedConfig
): Finding[] {
  const findings: Finding[] = []
  for (const { item: id, report } of compared.reports) {
    const item = diffItems.find((i) => i.id === id)!
    const severity = resolveSeverity(config.items[id] ?? item.defaultSeverity, report.severity)
    if (!severity) continue
    const pos = locateHead(report.at)
    findings.push({
      item: id,
      severity,
      status: report.status,
      message: fill(item.messages[report.messageId], report.data),
      path,
      line: pos.line,
      column: pos.column
    })
  }
  return findings
}

function verdictOf(changes: readonly Change[]): ContractChanges['verdict'] {
  if (changes.some((c) => c.level === 'error')) return 'breaking'
  return changes.length > 0 ? 'compatible' : 'unchanged'
}

function breakingReport(messageId: string, data: Record<string, string | number>, at: JsonPath): DiffReport {
  return {
    item: contractBreakingChange.id as DiffReport['item'],
    report: { messageId, data, status: 'invalid', at }
  }
}

function listed(changes: readonly Change[]): { count: number; paths: string } {
  const paths = [...new Set(changes.map((c) => c.path))]
  const shown = paths.slice(0, SHOWN_PATHS).join(', ')
  const more = paths.length > SHOWN_PATHS ? ` and ${paths.length - SHOWN_PATHS} more` : ''
  return { count: changes.length, paths: shown + more }
}

function versionText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  return typeof v === 'string' ? v : showValue(v)
}
