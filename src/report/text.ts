// The terminal and CI-log report: findings grouped by file, one aligned line each, then a summary line.
// Pure: (report, options) → string. Colours are ANSI escapes and only appear when the caller asks for them.
// Everything from the files goes through terminalText (./escape.ts): the only control characters in the output are
// our own colours, and no line reads as a workflow command when the CLI runs in GitHub Actions.
import { gates } from '../core/gate.js'
import type { Change, ContractChanges, FileReport, Report, Severity } from '../vocabulary.js'
import { describeFile, migrationText, plural, portablePath } from './describe.js'
import { downstreamOf, downstreamText } from './downstream.js'
import { noWorkflowCommands, terminalText } from './escape.js'

export interface TextOptions {
  /** Emit ANSI colours (the CLI sets this from isTTY, NO_COLOR and FORCE_COLOR). */
  color?: boolean
  /** Lines printed under the report, before the summary (e.g. which files were deleted). */
  notes?: string[]
}

type Paint = (text: string) => string

interface Palette {
  bold: Paint
  dim: Paint
  underline: Paint
  red: Paint
  yellow: Paint
  cyan: Paint
  green: Paint
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`

const COLOURS: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39)
}
const identity: Paint = (text) => text
const PLAIN: Palette = {
  bold: identity,
  dim: identity,
  underline: identity,
  red: identity,
  yellow: identity,
  cyan: identity,
  green: identity
}

const SEVERITY_WIDTH = 'warning'.length

export function renderText(report: Report, options: TextOptions = {}): string {
  const p = options.color ? COLOURS : PLAIN
  const out: string[] = []
  if (report.files.length === 0) out.push('No data contracts or model cards found.')
  for (const file of report.files) out.push(...fileBlock(file, p), '')
  for (const note of options.notes ?? []) out.push(terminalText(note))
  if (options.notes && options.notes.length > 0) out.push('')
  out.push(summaryLine(report, p))
  return noWorkflowCommands(out.join('\n') + '\n')
}

function fileBlock(file: FileReport, p: Palette): string[] {
  const lines = [
    `${p.bold(p.underline(terminalText(portablePath(file.path))))}  ${p.dim(terminalText(describeFile(file)))}`
  ]
  if (file.findings.length === 0 && !hasChanges(file.changes)) {
    lines.push(`  ${p.green('all handoff items present')}`)
    return lines
  }
  const where = file.findings.map((f) => `${f.line}:${f.column}`)
  const whereWidth = Math.max(0, ...where.map((w) => w.length))
  const items = file.findings.map((f) => terminalText(f.item))
  const itemWidth = Math.max(0, ...items.map((item) => item.length))
  file.findings.forEach((f, i) => {
    const severity = f.waived ? 'waived' : f.severity
    const label = paintSeverity(severity.padEnd(SEVERITY_WIDTH), f.waived ? undefined : f.severity, p)
    const message = f.waived
      ? `${terminalText(f.message)} ${p.dim(`(waived by ${terminalText(f.waived.by)}: ${terminalText(f.waived.reason)})`)}`
      : terminalText(f.message) + (f.origin === 'pre-existing' ? ` ${p.dim('(pre-existing)')}` : '')
    lines.push(`  ${p.dim(where[i].padEnd(whereWidth))}  ${label}  ${items[i].padEnd(itemWidth)}  ${message}`)
  })
  if (file.changes && hasChanges(file.changes)) lines.push(...changesBlock(file.changes, file.path, p))
  if (file.downstream && file.downstream.length > 0) lines.push(...downstreamText(downstreamOf(file)))
  return lines
}

function paintSeverity(text: string, severity: Severity | undefined, p: Palette): string {
  if (severity === 'error') return p.red(text)
  if (severity === 'warning') return p.yellow(text)
  if (severity === 'notice') return p.cyan(text)
  return p.dim(text)
}

function hasChanges(changes: ContractChanges | undefined): boolean {
  return changes !== undefined && (changes.verdict !== 'unchanged' || changes.migration !== undefined)
}

function changesBlock(changes: ContractChanges, path: string, p: Palette): string[] {
  const version = terminalText(`${changes.baseVersion ?? '?'} → ${changes.headVersion ?? '?'}`)
  const verdict =
    changes.verdict === 'breaking'
      ? p.red('breaking')
      : changes.verdict === 'unchanged'
        ? 'unchanged'
        : 'compatible'
  const renamed =
    changes.basePath && changes.basePath !== path ? `, renamed from ${terminalText(changes.basePath)}` : ''
  const migrated = changes.migration ? `, ${terminalText(migrationText(changes.migration))}` : ''
  const rows = changes.changes.map((c) =>
    [
      c.line !== undefined ? String(c.line) : '-',
      c.level,
      c.rule,
      c.path,
      `${value(c.old)} → ${value(c.new)}`,
      c.message
    ].map(terminalText)
  )
  const widths = [0, 1, 2, 3, 4].map((col) => Math.max(0, ...rows.map((r) => r[col].length)))
  const lines = [
    `  contract changes: ${verdict} (version ${version}, ${terminalText(changes.bump)} bump${renamed}${migrated})`
  ]
  rows.forEach((row, i) => {
    const level = changes.changes[i].level
    const cells = row.slice(0, 5).map((cell, col) => cell.padEnd(widths[col]))
    cells[1] =
      level === 'error' ? p.red(cells[1]) : level === 'warning' ? p.yellow(cells[1]) : p.cyan(cells[1])
    cells[0] = p.dim(cells[0])
    lines.push(`    ${cells.join('  ')}  ${row[5]}`)
  })
  return lines
}

function value(v: Change['old']): string {
  if (v === undefined) return '—'
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))
  const chars = [...text]
  return chars.length > 40 ? chars.slice(0, 37).join('') + '...' : text
}

function summaryLine(report: Report, p: Palette): string {
  const { files, errors, warnings, notices, waived } = report.summary
  const failing = report.files.filter((f) =>
    f.findings.some((x) => x.severity === 'error' && gates(x, report.gate))
  ).length
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')]
  if (waived > 0) counts.push(`${waived} waived`)
  const preExisting = report.summary.preExisting ?? 0
  if (preExisting > 0)
    counts.push(`${preExisting} pre-existing${report.gate === 'new' ? ', not failing (gate: new)' : ''}`)
  const text = `${plural(files, 'file')} checked: ${counts.join(', ')}`
  if (report.result === 'fail') return p.bold(p.red(`✖ ${text} (${plural(failing, 'file')} failing)`))
  return p.bold(p.green(`✔ ${text}`))
}
