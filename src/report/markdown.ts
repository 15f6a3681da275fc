// The Markdown report: the body of the sticky PR comment, the job summary and `--format markdown`.
// Pure: (report, options) → string. Output depends only on its input, so an unchanged result renders the same text.
// Everything from the files and comments goes through ./escape.ts where it is written: the only HTML is our own
// <sub> and <br>, the only links are the `link` option's, and nothing from input mentions or references anyone.
import type { Change, ContractChanges, FileReport, Finding, Report } from '../core/types.js'
import { describeFile } from './describe.js'
import {
  atLineStart,
  codeSpan,
  linkDestination,
  markdownText,
  messageMarkdown,
  utf8Length
} from './escape.js'

export interface MarkdownOptions {
  /** Link for a finding's line (e.g. the file at the PR head SHA); plain `path:line` when undefined. */
  link?: (path: string, line: number) => string
  /**
   * Maximum size of the result in UTF-8 bytes (GitHub's limits are sizes; bytes are never fewer than characters).
   * Files are dropped whole from the end and `truncatedNote` added. Default: none.
   */
  maxBytes?: number
  /** Markdown shown when files had to be left out to fit `maxBytes`, e.g. a pointer to the job summary. */
  truncatedNote?: string
  /**
   * Notes shown under the heading (e.g. "GitHub lists at most 3,000 changed files; the rest were not checked."), in
   * the messages' syntax: plain text with `code` parts. They may name files, so they are escaped like messages.
   */
  notes?: string[]
  /** Heading line (Markdown); default `## handoff-check`. */
  heading?: string
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
const CHANGE_ICON: Record<string, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' }
/** Code spans in table cells escape `|`. */
const CELL = { table: true } as const

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = [options.heading ?? '## handoff-check', '', verdictLine(report), ...notes(options.notes)]
  const sections = report.files.filter(hasContent).map((file) => fileSection(file, options))
  const tail = footer(report)

  const assemble = (parts: string[], truncated: number): string => {
    const out = [...head, ...parts]
    if (truncated > 0) {
      out.push(
        '',
        `> ✂️ ${truncated} more file${plural(truncated)} not shown to stay within GitHub's size limit.` +
          (options.truncatedNote ? ` ${options.truncatedNote}` : '')
      )
    }
    out.push('', tail)
    return out.join('\n') + '\n'
  }

  let body = assemble(sections, 0)
  const max = options.maxBytes
  if (max === undefined || utf8Length(body) <= max) return body
  // Drop whole files from the end until the body fits; a half-rendered table helps no one.
  for (let keep = sections.length - 1; keep >= 0; keep--) {
    body = assemble(sections.slice(0, keep), sections.length - keep)
    if (utf8Length(body) <= max) return body
  }
  return cut(body, max)
}

/**
 * The head alone is too large (huge notes): whole lines while they fit, then `…`. Never part of a line, which could
 * leave half of our own link or code span.
 */
function cut(body: string, max: number): string {
  const ellipsis = '…\n'
  let budget = max - utf8Length(ellipsis)
  if (budget < 0) return ''
  let out = ''
  for (const line of body.split('\n')) {
    const size = utf8Length(line) + 1
    if (size > budget) break
    out += `${line}\n`
    budget -= size
  }
  return out + ellipsis
}

function verdictLine(report: Report): string {
  const { errors, warnings, waived } = report.summary
  const files = report.files.filter((f) => f.findings.some((x) => !x.waived && x.severity === 'error')).length
  // A check that could not see every changed file leads with that, whatever the files it saw say.
  if (report.incomplete !== undefined) return `⛔ **${markdownText(report.incomplete)}.**`
  if (report.files.length === 0) return '✅ No data contracts or model cards changed.'
  const extra = [
    warnings > 0 ? `${warnings} warning${plural(warnings)}` : '',
    waived > 0 ? `${waived} waived` : ''
  ].filter(Boolean)
  const suffix = extra.length > 0 ? ` (${extra.join(', ')})` : ''
  if (errors === 0) {
    return `✅ **All handoff items present** in ${report.files.length} file${plural(report.files.length)}${suffix}.`
  }
  return `❌ **${errors} handoff item${plural(errors)} missing or invalid** in ${files} file${plural(files)}${suffix}.`
}

function notes(list: string[] | undefined): string[] {
  return list && list.length > 0 ? ['', ...list.map((n) => `> ${atLineStart(messageMarkdown(n))}`)] : []
}

function hasContent(file: FileReport): boolean {
  return file.findings.length > 0 || (file.changes !== undefined && file.changes.verdict !== 'unchanged')
}

function fileSection(file: FileReport, options: MarkdownOptions): string {
  const lines = ['', `### ${codeSpan(file.path)}`, '', `<sub>${markdownText(describeFile(file))}</sub>`]
  if (file.findings.length > 0) {
    lines.push('', '| | Item | Line | What to do |', '|---|---|---|---|')
    for (const f of file.findings) lines.push(findingRow(f, options))
  }
  if (file.changes && file.changes.verdict !== 'unchanged')
    lines.push(...changesTable(file.changes, options, file.path))
  return lines.join('\n')
}

function findingRow(f: Finding, options: MarkdownOptions): string {
  const line = markdownText(String(f.line))
  const where = options.link ? `[${line}](${linkDestination(options.link(f.path, f.line))})` : line
  const icon = f.waived ? '🙈' : ICON[f.severity]
  let text = messageMarkdown(f.message, CELL)
  if (f.waived)
    text = `~~${text}~~<br>**Waived** by ${markdownText(f.waived.by)}: ${markdownText(f.waived.reason)}`
  return `| ${icon} | ${codeSpan(f.item, CELL)} | ${where} | ${text} |`
}

function changesTable(changes: ContractChanges, options: MarkdownOptions, path: string): string[] {
  const version = markdownText(`${changes.baseVersion ?? '?'} → ${changes.headVersion ?? '?'}`)
  const bump = markdownText(changes.bump)
  const verdict =
    changes.verdict === 'breaking'
      ? `**Breaking** (version ${version}, ${bump} bump)`
      : `Compatible (version ${version}, ${bump} bump)`
  const from =
    changes.basePath && changes.basePath !== path ? ` (renamed from ${codeSpan(changes.basePath)})` : ''
  const out = [
    '',
    `**Contract changes**${from}: ${verdict}`,
    '',
    '| | Change | Path | Old → New |',
    '|---|---|---|---|'
  ]
  for (const c of changes.changes) out.push(changeRow(c, options, path))
  return out
}

function changeRow(c: Change, options: MarkdownOptions, path: string): string {
  const code = codeSpan(c.path, CELL)
  const at =
    c.line !== undefined && options.link ? `[${code}](${linkDestination(options.link(path, c.line))})` : code
  const icon = CHANGE_ICON[c.level] ?? markdownText(String(c.level))
  return `| ${icon} | ${messageMarkdown(c.message, CELL)} | ${at} | ${value(c.old)} → ${value(c.new)} |`
}

function value(v: unknown): string {
  if (v === undefined) return '—'
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))
  const chars = [...text]
  return codeSpan(chars.length > 60 ? chars.slice(0, 57).join('') + '...' : text, CELL)
}

function footer(report: Report): string {
  const { files, errors, warnings, notices } = report.summary
  return `<sub>${files} file${plural(files)} checked · ${errors} error${plural(errors)} · ${warnings} warning${plural(warnings)} · ${notices} notice${plural(notices)}</sub>`
}

function plural(n: number): string {
  return n === 1 ? '' : 's'
}
