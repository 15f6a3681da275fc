// The handoff checklist at a glance: one row per checked file, one column per group of handoff items, each cell the
// worst open finding of its group and linked to it below. Data contracts and model cards have different columns, so
// each kind gets its own table. Pure; everything from input goes through ./escape.ts.
import type { FileKind, FileReport, Finding } from '../vocabulary.js'
import { uncheckedReason } from './describe.js'
import { codeSpan } from './escape.js'

export interface Group {
  /** Part of the anchor names: lower-case letters and `-` only. */
  key: string
  title: string
  /** Item ids, or prefixes ending in `.` (every item of an area). */
  items: readonly string[]
}

/** Whether the file reads and follows its standard: the first column of every table. */
const VALID: Group = {
  key: 'valid',
  title: 'Valid',
  items: ['file.parse', 'file.schema', 'file.standard-version']
}

export const GROUPS: Record<FileKind, readonly Group[]> = {
  contract: [
    VALID,
    { key: 'schema', title: 'Schema', items: ['contract.schema'] },
    { key: 'freshness', title: 'Freshness', items: ['contract.freshness'] },
    { key: 'owner', title: 'Owner', items: ['contract.owner'] },
    // A breaking change fails as a version that does not announce it (or that the models downstream do not
    // expect), so it sits with the version.
    {
      key: 'version',
      title: 'Version',
      items: ['contract.version', 'contract.version-bump', 'contract.breaking-change', 'contract.downstream']
    }
  ],
  'model-card': [
    VALID,
    { key: 'owner', title: 'Owner', items: ['model.owner'] },
    { key: 'training-data', title: 'Training data', items: ['training-data.'] },
    { key: 'evaluation', title: 'Evaluation', items: ['evaluation.'] },
    { key: 'artifact', title: 'Artifact', items: ['artifact.'] },
    { key: 'serving', title: 'Serving', items: ['serving.'] },
    { key: 'monitoring', title: 'Monitoring', items: ['monitoring.'] },
    { key: 'ownership', title: 'Ownership', items: ['ownership.'] }
  ],
  unknown: [VALID]
}

const TABLE_TITLES: Record<FileKind, string> = {
  contract: 'Data contract',
  'model-card': 'Model card',
  unknown: 'Other file'
}

export const CELL_ICON = {
  present: '✅',
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️',
  waived: '🙈',
  unchecked: '—'
} as const

export const LEGEND =
  '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>'

/**
 * The group a finding's item belongs to in its file's table. An item no group names (one a newer registry adds,
 * or a foreign report's) counts under Valid rather than nowhere: a gap is never shown as ✅.
 */
export function groupOf(kind: FileKind, item: string): Group {
  const named = (GROUPS[kind] ?? GROUPS.unknown).find((g) =>
    g.items.some((id) => (id.endsWith('.') ? item.startsWith(id) : item === id))
  )
  return named ?? VALID
}

/** Where the checklist's cells point: the anchor of the finding a cell stands for, or of its file's section. */
export interface ChecklistLinks {
  /** The anchor of the file's section, when the section is shown. */
  file(index: number): string | undefined
  /** The anchor on the row of the group's first visible finding, when there is one. */
  finding(index: number, group: Group): string | undefined
}

/** The tables (one per kind that has files) and the legend; `rows` limits how many files are listed. */
export function renderChecklist(
  files: readonly FileReport[],
  links: ChecklistLinks,
  rows = files.length
): string[] {
  const listed = files.slice(0, rows).map((file, index) => ({ file, index }))
  const out: string[] = []
  for (const kind of ['contract', 'model-card', 'unknown'] as const) {
    const ofKind = listed.filter(({ file }) => (GROUPS[file.kind] ? file.kind : 'unknown') === kind)
    if (ofKind.length === 0) continue
    const groups = GROUPS[kind]
    out.push(
      '',
      `| ${TABLE_TITLES[kind]} | ${groups.map((g) => g.title).join(' | ')} |`,
      `|---|${groups.map(() => ':-:').join('|')}|`
    )
    for (const { file, index } of ofKind) out.push(row(file, index, groups, links))
  }
  if (out.length > 0) out.push('', LEGEND)
  return out
}

function row(file: FileReport, index: number, groups: readonly Group[], links: ChecklistLinks): string {
  const kind = GROUPS[file.kind] ? file.kind : 'unknown'
  const path = codeSpan(file.path, { table: true })
  const fileAnchor = links.file(index)
  const cells = [fileAnchor ? `[${path}](#${fileAnchor})` : path]
  const byGroup = new Map<string, Finding[]>()
  for (const f of file.findings) {
    const key = groupOf(kind, f.item).key
    byGroup.set(key, [...(byGroup.get(key) ?? []), f])
  }
  const unchecked = uncheckedGroups(file)
  for (const group of groups) {
    if (unchecked.has(group.key)) {
      cells.push(CELL_ICON.unchecked)
      continue
    }
    const icon = cellIcon(byGroup.get(group.key) ?? [])
    const target = byGroup.has(group.key) ? (links.finding(index, group) ?? fileAnchor) : undefined
    cells.push(target ? `[${icon}](#${target})` : icon)
  }
  return `| ${cells.join(' | ')} |`
}

/** The worst open finding's icon; waived when every finding is waived; present when there is none. */
export function cellIcon(findings: readonly Finding[]): string {
  const open = findings.filter((f) => !f.waived)
  if (open.some((f) => f.severity === 'error')) return CELL_ICON.error
  if (open.some((f) => f.severity === 'warning')) return CELL_ICON.warning
  if (open.length > 0) return CELL_ICON.notice
  return findings.length > 0 ? CELL_ICON.waived : CELL_ICON.present
}

/**
 * Groups whose items were not checked: all but Valid when the file could not be read as its standard (or version), all but
 * Version for a removed contract (only its removal is reported).
 */
function uncheckedGroups(file: FileReport): Set<string> {
  const keys = (GROUPS[file.kind] ?? GROUPS.unknown).map((g) => g.key)
  const reason = uncheckedReason(file)
  if (reason === 'removed') return new Set(keys.filter((k) => k !== 'version'))
  if (reason === 'unread') return new Set(keys.filter((k) => k !== VALID.key))
  return new Set()
}
