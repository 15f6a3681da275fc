// Changelog renderers for `handoff-check diff`: pure functions of the comparison, one per output format.
// Text from the contracts goes through src/report/escape.ts where it is written, as in the report renderers.
import type { Change, ChangeLevel, Finding } from '../vocabulary.js'
import {
  codeSpan,
  markdownText,
  messageMarkdown,
  noWorkflowCommands,
  terminalText
} from '../report/escape.js'
import type { ComparedContracts } from './compare.js'
import { migrationText } from '../report/describe.js'
import { showValue } from './values.js'

export interface Changelog {
  basePath: string
  headPath: string
  compared: ComparedContracts
  findings: Finding[]
}

export type ChangelogFormat = 'text' | 'json' | 'markdown'

export function renderChangelog(log: Changelog, format: ChangelogFormat): string {
  if (format === 'json') return renderJson(log)
  if (format === 'markdown') return renderMarkdown(log)
  return renderText(log)
}

function renderJson(log: Changelog): string {
  const { changes } = log.compared
  return `${JSON.stringify({ base: log.basePath, head: log.headPath, ...changes, findings: log.findings }, null, 2)}\n`
}

function renderText(log: Changelog): string {
  const { changes } = log.compared
  const lines = [
    terminalText(`${log.basePath} → ${log.headPath}`),
    `${terminalText(versionLine(log))} · ${summary(changes.changes)}`
  ]
  if (changes.changes.length > 0) {
    const rows = changes.changes.map((c) => [c.level, c.rule, c.path, oldNew(c), lineOf(c)].map(terminalText))
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)))
    lines.push('')
    for (const r of rows)
      lines.push(`  ${r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  ')}`.trimEnd())
  }
  if (log.findings.length > 0) lines.push('')
  for (const f of log.findings)
    lines.push(terminalText(`${f.severity} ${f.item} (${f.path}:${f.line}): ${f.message}`))
  return noWorkflowCommands(`${lines.join('\n')}\n`)
}

function renderMarkdown(log: Changelog): string {
  const { changes } = log.compared
  const out = [
    `### Contract changes: ${codeSpan(log.headPath)}`,
    '',
    `${markdownText(versionLine(log))} · **${markdownText(changes.verdict)}** · ${summary(changes.changes)}`
  ]
  if (changes.changes.length > 0) {
    out.push('', '| Level | Path | Change | Old → New | Line |', '| --- | --- | --- | --- | --- |')
    for (const c of changes.changes) {
      const [level, path, rule, values] = [
        markdownText(c.level),
        codeSpan(c.path, { table: true }),
        markdownText(c.rule),
        markdownText(oldNew(c))
      ]
      out.push(`| ${level} | ${path} | ${rule} | ${values} | ${markdownText(lineOf(c))} |`)
    }
  }
  if (log.findings.length > 0) out.push('')
  for (const f of log.findings)
    out.push(
      `- **${markdownText(f.severity)}** ${codeSpan(f.item)} (line ${markdownText(String(f.line))}): ${messageMarkdown(f.message)}`
    )
  return `${out.join('\n')}\n`
}

function versionLine(log: Changelog): string {
  const { baseVersion, headVersion, bump, migration } = log.compared.changes
  const migrated = migration ? `${migrationText(migration)} · ` : ''
  return `${migrated}version ${showValue(baseVersion)} → ${showValue(headVersion)} (${bump})`
}

function summary(changes: readonly Change[]): string {
  const count = (level: ChangeLevel) => changes.filter((c) => c.level === level).length
  if (changes.length === 0) return 'no changes'
  return `${count('error')} breaking, ${count('warning')} warning, ${count('info')} info`
}

function oldNew(c: Change): string {
  return `${showValue(c.old)} → ${showValue(c.new)}`
}

function lineOf(c: Change): string {
  return c.line === undefined ? '-' : `line ${c.line}`
}
