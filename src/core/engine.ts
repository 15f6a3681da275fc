// The pure core: parse → recognise → normalise → check → findings. It knows nothing of GitHub, argv or the file
// system; adapters hand it text and render what it returns. It never throws on bad input.
import { allItems, itemById } from '../checks/index.js'
import type { CheckContext, ItemReport } from '../checks/item.js'
import { formats } from '../formats/index.js'
import { unsupportedStandard } from '../formats/unsupported.js'
import type { Companion } from '../formats/eval-results.js'
import type { Format } from '../formats/format.js'
import type { HandoffDoc } from '../model/types.js'
import { parseSource } from '../parse/source.js'
import type { ParsedSource } from '../parse/source.js'
import { boundFindings } from './bound.js'
import { contractEntry } from './links/entries.js'
import type { ContractEntry } from './links/types.js'
import { fill } from './fill.js'
import { dataRecords, templatePlaceholder } from './not-ours.js'
import type { Placeholder } from './not-ours.js'
import { sortFindings } from './findings.js'
import { gates, isPreExisting } from './gate.js'
import { binary } from './limits.js'
import { resolveSeverity } from './severity.js'
import type {
  FileReport,
  Finding,
  Gate,
  Position,
  Report,
  SourceFile,
  Status,
  Summary
} from '../vocabulary.js'

export { fill }

export interface FileAnalysis {
  report: FileReport
  /** The normalised document, when the file parsed and was recognised. */
  doc?: HandoffDoc
  source?: ParsedSource
}

/**
 * Check one file. Returns undefined for a file that is not a contract or model card and was not named explicitly
 * (discovery casts a wide net; what is not ours is skipped silently).
 */
export function analyzeFile(file: SourceFile, ctx: CheckContext): FileAnalysis | undefined {
  const base = (kind: FileReport['kind'], standard: FileReport['standard']): FileReport => ({
    path: file.path,
    kind,
    standard,
    findings: []
  })
  // At the door, before any parsing: what the adapter would not read, and text that is not text.
  const text = normaliseText(file.text)
  const unreadable = file.unreadable ?? (text.includes('\0') ? binary('NUL bytes in the text') : undefined)
  if (unreadable) {
    const report = base('unknown', 'unknown')
    push(report, ctx, 'file.parse', { ...unreadable, status: 'invalid', at: [] }, FIRST_LINE)
    return finish({ report })
  }
  const sniffed = formats.filter((f) => f.sniff(text, file.path))
  const source = parseSource(file.path, text)

  if (source.errors.length > 0) {
    const template = templatePlaceholder(text, file.path, source.errors[0].line)
    const notOurs = sniffed.length === 0 || template !== undefined
    if (notOurs && !file.explicit && !source.refused) return undefined
    const report = base(sniffed[0]?.kind ?? 'unknown', sniffed[0]?.standard ?? 'unknown')
    const what = source.refused ? undefined : notADocument(text, undefined, template)
    if (what) {
      push(report, ctx, 'file.parse', what.report, what.at)
      return finish({ report, source })
    }
    for (const e of source.errors) {
      push(
        report,
        ctx,
        'file.parse',
        { messageId: 'syntax', data: { detail: e.message }, status: 'invalid', at: [] },
        e
      )
    }
    return finish({ report, source })
  }

  const format = pickFormat(source.data, file.path, sniffed)
  // `file.standard-version: off` leaves such files to the rule below: skipped when discovered.
  const unsupported =
    format || ctx.config.items['file.standard-version'] === 'off'
      ? undefined
      : unsupportedStandard(source.data)
  if (unsupported) {
    const report = base(unsupported.kind, unsupported.standard)
    if (unsupported.version !== undefined) report.standardVersion = unsupported.version
    const { messageId, data, at } = unsupported
    push(report, ctx, 'file.standard-version', { messageId, data, status: 'invalid', at }, source.locate(at))
    return finish({ report, source })
  }
  if (!format) {
    if (!file.explicit) return undefined
    const report = base('unknown', 'unknown')
    const what = source.noYaml
      ? undefined
      : notADocument(text, source.data, templatePlaceholder(text, file.path))
    const messageId = source.noYaml ? 'noFrontMatter' : 'unrecognised'
    if (what) push(report, ctx, 'file.parse', what.report, what.at)
    else push(report, ctx, 'file.parse', { messageId, status: 'invalid', at: [] }, source.locate([]))
    return finish({ report, source })
  }

  const report = base(format.kind, format.standard)
  const companions = parseCompanions(file, report, ctx, source.locate([]))
  let doc: HandoffDoc
  try {
    doc = format.map(source.data as Record<string, unknown>, file.path, companions)
  } catch (err) {
    push(report, ctx, 'file.parse', internal(err), source.locate([]))
    return finish({ report, source })
  }
  if (doc.standardVersion) report.standardVersion = doc.standardVersion

  for (const issue of doc.issues) {
    const item = itemById.get(issue.item) ?? itemById.get('file.schema')!
    push(
      report,
      ctx,
      item.id,
      { messageId: 'standard', data: { detail: issue.message }, status: 'invalid', at: issue.at },
      source.locate(issue.at)
    )
  }
  for (const item of allItems) {
    if (item.appliesTo !== doc.kind || ctx.config.items[item.id] === 'off') continue
    let reports: ItemReport[]
    try {
      reports = item.appliesTo === 'contract' ? item.check(doc as never, ctx) : item.check(doc as never, ctx)
    } catch (err) {
      reports = [{ ...internal(err), at: [] }]
      for (const r of reports) push(report, ctx, 'file.parse', r, source.locate(r.at))
      continue
    }
    for (const r of reports) push(report, ctx, item.id, r, source.locate(r.at))
  }
  return finish({ report, doc, source })
}

/**
 * Check many files into one report; files that are not ours are left out. Model cards' links are resolved against
 * the contracts among these files, unless the context already holds the repository's contracts.
 */
export function checkFiles(files: readonly SourceFile[], ctx: CheckContext): Report {
  const reports: FileReport[] = []
  const linked: CheckContext = ctx.contracts ? ctx : { ...ctx, contracts: contractEntries(files) }
  for (const file of files) {
    const analysis = analyzeFile(file, linked)
    if (analysis) reports.push(analysis.report)
  }
  return buildReport(reports, ctx.config.gate)
}

/**
 * The report of checked files: in path order, each file's findings bounded per item (src/core/bound.ts), failing when
 * an open error passes the gate (./gate.ts).
 */
export function buildReport(files: FileReport[], gate: Gate = 'all'): Report {
  const sorted = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => ({ ...f, findings: boundFindings(f.findings) }))
  const all = sorted.flatMap((f) => f.findings)
  const open = all.filter((f) => !f.waived)
  const summary: Summary = {
    files: sorted.length,
    errors: open.filter((f) => f.severity === 'error').length,
    warnings: open.filter((f) => f.severity === 'warning').length,
    notices: open.filter((f) => f.severity === 'notice').length,
    waived: all.length - open.length
  }
  if (all.some((f) => f.origin !== undefined)) summary.preExisting = open.filter(isPreExisting).length
  const failing = open.some((f) => f.severity === 'error' && gates(f, gate))
  return {
    version: 1,
    result: failing ? 'fail' : 'pass',
    files: sorted,
    summary,
    ...(gate === 'new' ? { gate } : {})
  }
}

/** The contracts among these files, as the links index holds them. */
export function contractEntries(files: readonly SourceFile[]): ContractEntry[] {
  return files.flatMap((file) => {
    const read = readDoc(file)
    return read?.doc.kind === 'contract' ? [contractEntry(file.path, read.doc)] : []
  })
}

/**
 * A file's normalised document, without checking it: what the links index reads. Undefined for a file that is not
 * ours or cannot be read; analyzeFile reports those.
 */
export function readDoc(file: SourceFile): { doc: HandoffDoc; source: ParsedSource } | undefined {
  const text = normaliseText(file.text)
  if (file.unreadable || text.includes('\0')) return undefined
  const source = parseSource(file.path, text)
  if (source.errors.length > 0) return undefined
  const sniffed = formats.filter((f) => f.sniff(text, file.path))
  const format = pickFormat(source.data, file.path, sniffed)
  if (!format) return undefined
  try {
    return { doc: format.map(source.data as Record<string, unknown>, file.path), source }
  } catch {
    return undefined
  }
}

const FIRST_LINE = { line: 1, column: 1 }

/**
 * The text as the parser should see it: without a byte-order mark, and with lone carriage returns (classic Mac line
 * ends) as line feeds, one character for one so offsets and columns stay true and every line counts.
 */
export function normaliseText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/g, '\n') : unmarked
}

/**
 * A file that is data records or an unrendered template, as one `file.parse` report and where it goes: what it is,
 * instead of a parse error per line. Records win: a placeholder-like string inside a record is data.
 */
function notADocument(
  text: string,
  data: unknown,
  template: Placeholder | undefined
): { report: ItemReport; at: Position } | undefined {
  const records = dataRecords(text, data)
  if (records) {
    const form = records.form === 'lines' ? 'one per line (JSON Lines)' : 'in one JSON array'
    const report: ItemReport = {
      messageId: 'dataRecords',
      data: { count: records.count, form },
      status: 'invalid',
      at: []
    }
    return { report, at: records }
  }
  if (!template) return undefined
  const report: ItemReport = {
    messageId: 'template',
    data: { placeholder: template.text },
    status: 'invalid',
    at: []
  }
  return { report, at: template }
}

/** The companion files parsed for the mapper; one that does not parse is a `file.parse` finding and left out. */
function parseCompanions(file: SourceFile, report: FileReport, ctx: CheckContext, at: Position): Companion[] {
  const parsed: Companion[] = []
  for (const companion of file.companions ?? []) {
    if (companion.unreadable) {
      const data = { path: companion.path, ...companion.unreadable.data }
      push(report, ctx, 'file.parse', { messageId: 'companionUnread', data, status: 'invalid', at: [] }, at)
      continue
    }
    const source = parseSource(companion.path, normaliseText(companion.text))
    const problem = source.errors[0]
    if (problem) {
      const data = { path: companion.path, line: problem.line, detail: problem.message }
      push(report, ctx, 'file.parse', { messageId: 'companion', data, status: 'invalid', at: [] }, at)
    } else parsed.push({ path: companion.path, data: source.data, locate: source.locate })
  }
  return parsed
}

function pickFormat(data: unknown, path: string, sniffed: Format[]): Format | undefined {
  return sniffed.find((f) => f.detect(data, path)) ?? formats.find((f) => f.detect(data, path))
}

function internal(err: unknown): Omit<ItemReport, 'at'> & { at: [] } {
  const detail = err instanceof Error ? err.message : String(err)
  return { messageId: 'internal', data: { detail }, status: 'invalid' as Status, at: [] }
}

function push(
  report: FileReport,
  ctx: CheckContext,
  itemId: string,
  r: ItemReport,
  pos: { line: number; column: number }
): void {
  const item = itemById.get(itemId)
  if (!item) throw new Error(`unknown handoff item ${itemId}`)
  const severity = resolveSeverity(ctx.config.items[itemId] ?? item.defaultSeverity, r.severity)
  if (!severity) return
  const template = item.messages[r.messageId]
  if (template === undefined) throw new Error(`item ${itemId} has no message ${r.messageId}`)
  const finding: Finding = {
    item: itemId,
    severity,
    status: r.status,
    message: fill(template, r.data),
    path: report.path,
    line: pos.line,
    column: pos.column
  }
  report.findings.push(finding)
}

function finish(analysis: FileAnalysis): FileAnalysis {
  analysis.report.findings = sortFindings(analysis.report.findings)
  return analysis
}
