// The Markdown report: the body of the sticky PR comment, the job summary and `--format markdown`.
// Pure: (report, options) → string. Output depends only on its input, so an unchanged result renders the same text.
// Everything from the files and comments goes through ./escape.ts where it is written: the only HTML is our own
// <sub>, <br>, <details>/<summary> (with our own counts) and `<a name>` anchors (with our own names), the only links
// are the `link` option's and the checklist's `#` anchors, and nothing from input mentions or references anyone (but
// the owners the `mention` option names on purpose: ./downstream.ts says which).
//
// Layout: the verdict, the notes, the checklist (./checklist.ts), then one section per file with findings: new
// findings first, pre-existing ones in a collapsed <details>; once there are more than COLLAPSE_AFTER sections,
// each section's tables are collapsed too (the heading stays visible, and the checklist links to it).
import { gates, isPreExisting } from '../core/gate.js'
import type { Change, ContractChanges, FileReport, Finding, Report } from '../vocabulary.js'
import { groupOf, renderChecklist } from './checklist.js'
import type { ChecklistLinks, Group } from './checklist.js'
import { downstreamOf, downstreamTable, mermaidGraph } from './downstream.js'
import { describeFile, migrationText } from './describe.js'
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
  /** Mention the owners of the model cards a contract change breaks (the sticky comment with `impact.mention`). */
  mention?: boolean
  /** Draw the changed contracts and their dependent models as a Mermaid graph (the job summary). */
  graph?: boolean
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
const CHANGE_ICON: Record<string, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' }
/** Code spans in table cells escape `|`. */
const CELL = { table: true } as const
/** More file sections than this, and each one's tables are collapsed. */
export const COLLAPSE_AFTER = 3

/** A file's section anchor, `handoff-3`, and a finding group's, `handoff-3-owner`: our own names only. */
export const fileAnchor = (index: number): string => `handoff-${index + 1}`
const groupAnchor = (index: number, group: Group): string => `${fileAnchor(index)}-${group.key}`

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = [options.heading ?? '## handoff-check', '', verdictLine(report), ...notes(options.notes)]
  const indexed = report.files.map((file, index) => ({ file, index })).filter(({ file }) => hasContent(file))
  const collapse = indexed.length > COLLAPSE_AFTER
  const sections = indexed.map(({ file, index }) => fileSection(file, index, options, collapse))
  const tail = footer(report)
  const graph = options.graph ? downstreamGraph(report) : []

  /** The first `kept` sections, and the checklist's first `rows` files, linking only to what is shown. */
  const assemble = (kept: number, rows: number): string => {
    const shown = new Set(indexed.slice(0, kept).map(({ index }) => index))
    const out = [...head, ...renderChecklist(report.files, checklistLinks(report, shown, collapse), rows)]
    out.push(...graph)
    out.push(...sections.slice(0, kept))
    const dropped = sections.length - kept
    const unlisted = report.files.length - rows
    if (dropped > 0 || unlisted > 0) {
      const parts = [
        dropped > 0 ? `${dropped} more file${plural(dropped)} not shown` : '',
        unlisted > 0 ? `the checklist lists ${rows} of ${report.files.length} files` : ''
      ].filter(Boolean)
      out.push(
        '',
        `> ✂️ ${parts.join('; ')} to stay within GitHub's size limit.` +
          (options.truncatedNote ? ` ${options.truncatedNote}` : '')
      )
    }
    out.push('', tail)
    return out.join('\n') + '\n'
  }

  const all = report.files.length
  const body = assemble(sections.length, all)
  const max = options.maxBytes
  if (max === undefined || utf8Length(body) <= max) return body
  const fits = (text: string): boolean => utf8Length(text) <= max
  // Drop whole files from the end until the body fits (a half-rendered table helps no one), then checklist rows.
  const kept = largest(sections.length - 1, (k) => fits(assemble(k, all)))
  if (kept >= 0) return assemble(kept, all)
  const rows = largest(all - 1, (r) => fits(assemble(0, r)))
  return rows >= 0 ? assemble(0, rows) : cut(assemble(0, 0), max)
}

/** The largest n in [0, upTo] with ok(n), when ok only turns false as n grows; -1 when there is none. */
function largest(upTo: number, ok: (n: number) => boolean): number {
  let lo = -1
  let hi = upTo
  while (lo < hi) {
    const mid = Math.ceil((lo + hi + 1) / 2)
    if (ok(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The checklist's anchors: a shown file's section, and within it the row of a group's first finding when that row
 * is visible without expanding anything (the file is not collapsed, the finding is not pre-existing). GitHub
 * prefixes the names with `user-content-` and resolves `#name` links to them.
 */
function checklistLinks(report: Report, shown: ReadonlySet<number>, collapse: boolean): ChecklistLinks {
  return {
    file: (index) => (shown.has(index) ? fileAnchor(index) : undefined),
    finding: (index, group) => {
      if (!shown.has(index) || collapse) return undefined
      const file = report.files[index]
      const visible = newFindings(file).some((f) => groupOf(file.kind, f.item).key === group.key)
      return visible ? groupAnchor(index, group) : undefined
    }
  }
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
  // A check that could not see every changed file leads with that, whatever the files it saw say.
  if (report.incomplete !== undefined) return `⛔ **${markdownText(report.incomplete)}.**`
  if (report.files.length === 0) return '✅ No data contracts or model cards changed.'
  const open = report.files.flatMap((f) => f.findings).filter((f) => !f.waived && f.severity === 'error')
  const failing = open.filter((f) => gates(f, report.gate))
  const preExisting = open.filter(isPreExisting).length
  const files = new Set(failing.map((f) => f.path)).size
  const extra = [
    preExisting > 0
      ? `${preExisting} pre-existing${report.gate === 'new' ? ', not failing with `gate: new`' : ''}`
      : '',
    warnings > 0 ? `${warnings} warning${plural(warnings)}` : '',
    waived > 0 ? `${waived} waived` : ''
  ].filter(Boolean)
  const suffix = extra.length > 0 ? ` (${extra.join(', ')})` : ''
  const checked = `${report.files.length} file${plural(report.files.length)}`
  if (failing.length === 0) {
    return errors > 0
      ? `✅ **No new handoff gaps** in ${checked}${suffix}.`
      : `✅ **All handoff items present** in ${checked}${suffix}.`
  }
  const what = `${failing.length} ${report.gate === 'new' ? 'new ' : ''}handoff item${plural(failing.length)}`
  return `❌ **${what} missing or invalid** in ${files} file${plural(files)}${suffix}.`
}

function notes(list: string[] | undefined): string[] {
  return list && list.length > 0 ? ['', ...list.map((n) => `> ${atLineStart(messageMarkdown(n))}`)] : []
}

function hasContent(file: FileReport): boolean {
  return file.findings.length > 0 || shownChanges(file.changes) || (file.downstream?.length ?? 0) > 0
}

/** The changed contracts that have dependents, and those dependents, as one picture (GitHub renders Mermaid). */
function downstreamGraph(report: Report): string[] {
  const entries = report.files.filter((f) => (f.downstream?.length ?? 0) > 0).map(downstreamOf)
  if (entries.length === 0) return []
  return ['', '### Downstream', '', '```mermaid', mermaidGraph(entries), '```']
}

/** A contract's changes are shown when there are any, or when it moved to another standard (a migration). */
function shownChanges(changes: ContractChanges | undefined): boolean {
  return changes !== undefined && (changes.verdict !== 'unchanged' || changes.migration !== undefined)
}

/** The findings shown first: all but the pre-existing ones. */
function newFindings(file: FileReport): Finding[] {
  return file.findings.filter((f) => f.origin !== 'pre-existing')
}

function fileSection(file: FileReport, index: number, options: MarkdownOptions, collapse: boolean): string {
  const lines = [
    '',
    `### <a name="${fileAnchor(index)}"></a>${codeSpan(file.path)}`,
    '',
    `<sub>${markdownText(describeFile(file))}</sub>`
  ]
  const fresh = newFindings(file)
  const old = file.findings.filter((f) => f.origin === 'pre-existing')
  const changed = shownChanges(file.changes)
  if (collapse)
    lines.push('', `<details><summary>${collapsedSummary(fresh.length, old.length, changed)}</summary>`)
  if (fresh.length > 0) lines.push(...findingsTable(fresh, index, file, options, !collapse))
  if (old.length > 0) {
    const noun = `${old.length} pre-existing finding${plural(old.length)}`
    lines.push('', `<details><summary>${noun}, already in the file at the base</summary>`)
    lines.push(...findingsTable(old, index, file, options, false), '', '</details>')
  }
  if (file.changes && changed) lines.push(...changesTable(file.changes, options, file.path))
  if (file.downstream && file.downstream.length > 0)
    lines.push('', '**Downstream**', '', ...downstreamTable(downstreamOf(file), options.mention))
  if (collapse) lines.push('', '</details>')
  return lines.join('\n')
}

/** What a collapsed section holds, in our own words and numbers only. */
function collapsedSummary(fresh: number, old: number, changed: boolean): string {
  const parts = [
    fresh > 0 || old === 0 ? `${fresh} finding${plural(fresh)}` : '',
    old > 0 ? `${old} pre-existing` : '',
    changed ? 'contract changes' : ''
  ].filter(Boolean)
  return parts.join(', ')
}

/** A findings table; `anchored` puts the checklist's anchor on the first row of each group. */
function findingsTable(
  findings: readonly Finding[],
  index: number,
  file: FileReport,
  options: MarkdownOptions,
  anchored: boolean
): string[] {
  const seen = new Set<string>()
  const rows = findings.map((f) => {
    const group = groupOf(file.kind, f.item)
    const first = anchored && !seen.has(group.key)
    seen.add(group.key)
    return findingRow(f, options, first ? groupAnchor(index, group) : undefined)
  })
  return ['', '| | Item | Line | What to do |', '|---|---|---|---|', ...rows]
}

function findingRow(f: Finding, options: MarkdownOptions, anchor?: string): string {
  const line = markdownText(String(f.line))
  const where = options.link ? `[${line}](${linkDestination(options.link(f.path, f.line))})` : line
  const icon = (anchor ? `<a name="${anchor}"></a>` : '') + (f.waived ? '🙈' : ICON[f.severity])
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
      : `${changes.verdict === 'unchanged' ? 'Unchanged' : 'Compatible'} (version ${version}, ${bump} bump)`
  const from =
    changes.basePath && changes.basePath !== path ? ` (renamed from ${codeSpan(changes.basePath)})` : ''
  const migrated = changes.migration ? ` (${markdownText(migrationText(changes.migration))})` : ''
  const out = ['', `**Contract changes**${from}${migrated}: ${verdict}`]
  if (changes.changes.length === 0) return out
  out.push('', '| | Change | Path | Old → New |', '|---|---|---|---|')
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
