// The Markdown report: the body of the sticky PR comment, the job summary and `--format markdown`.
// Pure: (report, options) → string. Output depends only on its input, so an unchanged result renders the same text.
import type { Change, ContractChanges, FileReport, Finding, Report } from '../core/types.js'
import { describeFile } from './describe.js'

export interface MarkdownOptions {
  /** Link for a finding's line (e.g. the file at the PR head SHA); plain `path:line` when undefined. */
  link?: (path: string, line: number) => string
  /** Maximum length of the result. Files are dropped whole from the end and `truncatedNote` added. Default: none. */
  maxLength?: number
  /** Shown when files had to be left out to fit `maxLength`, e.g. a pointer to the job summary. */
  truncatedNote?: string
  /** Notes shown under the heading (e.g. "GitHub lists at most 3,000 changed files; the rest were not checked."). */
  notes?: string[]
  /** Heading line; default `## handoff-check`. */
  heading?: string
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
const CHANGE_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = [options.heading ?? '## handoff-check', '', verdictLine(report), ...notes(options.notes)]
  const sections = report.files.filter(hasContent).map((file) => fileSection(file, options))
  const tail = footer(report)

  const assemble = (parts: string[], truncated: number): string => {
    const out = [...head, ...parts]
    if (truncated > 0) {
      out.push(
        '',
        `> ✂️ ${truncated} more file${plural(truncated)} not shown to stay within the comment size limit.` +
          (options.truncatedNote ? ` ${options.truncatedNote}` : '')
      )
    }
    out.push('', tail)
    return out.join('\n') + '\n'
  }

  let body = assemble(sections, 0)
  if (options.maxLength === undefined || body.length <= options.maxLength) return body
  // Drop whole files from the end until the body fits; a half-rendered table helps no one.
  for (let keep = sections.length - 1; keep >= 0; keep--) {
    body = assemble(sections.slice(0, keep), sections.length - keep)
    if (body.length <= options.maxLength) return body
  }
  return body.slice(0, Math.max(0, options.maxLength - 2)) + '…\n'
}

function verdictLine(report: Report): string {
  const { errors, warnings, waived } = report.summary
  const files = report.files.filter((f) => f.findings.some((x) => !x.waived && x.severity === 'error')).length
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
  return list && list.length > 0 ? ['', ...list.map((n) => `> ${n}`)] : []
}

function hasContent(file: FileReport): boolean {
  return file.findings.length > 0 || (file.changes !== undefined && file.changes.verdict !== 'unchanged')
}

function fileSection(file: FileReport, options: MarkdownOptions): string {
  const lines = ['', `### \`${file.path}\``, '', `<sub>${describeFile(file)}</sub>`]
  if (file.findings.length > 0) {
    lines.push('', '| | Item | Line | What to do |', '|---|---|---|---|')
    for (const f of file.findings) lines.push(findingRow(f, options))
  }
  if (file.changes && file.changes.verdict !== 'unchanged')
    lines.push(...changesTable(file.changes, options, file.path))
  return lines.join('\n')
}

function findingRow(f: Finding, options: MarkdownOptions): string {
  const where = options.link ? `[${f.line}](${options.link(f.path, f.line)})` : `${f.line}`
  const icon = f.waived ? '🙈' : ICON[f.severity]
  let text = escapeCell(f.message)
  if (f.waived)
    text = `~~${text}~~<br>**Waived** by ${escapeCell(f.waived.by)}: ${escapeCell(f.waived.reason)}`
  return `| ${icon} | \`${f.item}\` | ${where} | ${text} |`
}

function changesTable(changes: ContractChanges, options: MarkdownOptions, path: string): string[] {
  const version = `${changes.baseVersion ?? '?'} → ${changes.headVersion ?? '?'}`
  const verdict =
    changes.verdict === 'breaking'
      ? `**Breaking** (version ${version}, ${changes.bump} bump)`
      : `Compatible (version ${version}, ${changes.bump} bump)`
  const from = changes.basePath && changes.basePath !== path ? ` (renamed from \`${changes.basePath}\`)` : ''
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
  const at =
    c.line !== undefined && options.link
      ? `[\`${escapeCell(c.path)}\`](${options.link(path, c.line)})`
      : `\`${escapeCell(c.path)}\``
  return `| ${CHANGE_ICON[c.level]} | ${escapeCell(c.message)} | ${at} | ${value(c.old)} → ${value(c.new)} |`
}

function value(v: unknown): string {
  if (v === undefined) return '—'
  const text = typeof v === 'string' ? v : JSON.stringify(v)
  return `\`${escapeCell(text.length > 60 ? text.slice(0, 57) + '...' : text)}\``
}

function footer(report: Report): string {
  const { files, errors, warnings, notices } = report.summary
  return `<sub>${files} file${plural(files)} checked · ${errors} error${plural(errors)} · ${warnings} warning${plural(warnings)} · ${notices} notice${plural(notices)}</sub>`
}

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>')
}

function plural(n: number): string {
  return n === 1 ? '' : 's'
}
