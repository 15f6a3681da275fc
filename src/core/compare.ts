// The engine-level comparison of a file with its base version: what the CLI (--changed-since) and the Action (a
// pull request's changed files) both call. Each side is analysed once; when both are contracts, the diff's
// changes and its two items join the head's report. It never throws on bad input.
import type { CheckContext } from '../checks/item.js'
import { compareContracts, diffFindings } from '../diff/compare.js'
import type { ComparedContracts } from '../diff/compare.js'
import { contractRemoved } from '../diff/contract.js'
import { contractBreakingChange } from '../diff/items.js'
import { showValue } from '../diff/values.js'
import { classifyBump } from '../diff/versioning.js'
import type { ContractDoc } from '../model/types.js'
import { fileParse } from '../checks/file-items.js'
import { describeFile } from '../report/describe.js'
import { analyzeFile, buildReport, fill } from './engine.js'
import type { FileAnalysis } from './engine.js'
import { sortFindings } from './findings.js'
import { markNew, markOrigins } from './origin.js'
import { resolveSeverity } from './severity.js'
import type { ContractChanges, FileReport, Report, SourceFile } from '../vocabulary.js'

/** A file and its base version. Head only: added (or compared with nothing); base only: removed. */
export interface FilePair {
  base?: SourceFile
  head?: SourceFile
}

const FIRST_LINE = { line: 1, column: 1 }

/**
 * Check the head file and compare it with its base version.
 * - head only: exactly analyzeFile(head).
 * - base and head (modified, or renamed when the paths differ): when both are contracts, `report.changes` holds
 *   the classified changes (with `basePath` on a rename) and the contract.breaking-change / contract.version-bump
 *   findings join the head's findings. A base that does not parse or is not a recognised contract is not
 *   compared; when the head is a contract and the base text looked like one, a notice says so.
 * - base only (removed): a report for the removed path when the base was a contract, else undefined.
 * With a base, every finding is marked `new` or `pre-existing` (src/core/origin.ts).
 */
export function compareFile(input: FilePair, ctx: CheckContext): FileAnalysis | undefined {
  const { base, head } = input
  if (!head) {
    const gone = base ? removed(base, ctx) : undefined
    if (gone) markNew(gone.report)
    return gone
  }
  const analysis = analyzeFile(head, ctx)
  if (!base) return analysis
  const baseSide = analyzeFile({ path: base.path, text: base.text }, ctx)
  const compared = withBase(head, base, analysis, baseSide, ctx)
  if (compared) markOrigins(compared.report, baseSide?.report)
  return compared
}

function withBase(
  head: SourceFile,
  base: SourceFile,
  analysis: FileAnalysis | undefined,
  baseSide: FileAnalysis | undefined,
  ctx: CheckContext
): FileAnalysis | undefined {
  // Fail closed: what was a contract or model card at the base is never dropped because the head hides it.
  if (baseSide?.doc && analysis?.doc?.kind !== baseSide.doc.kind) return lost(head, analysis, baseSide, ctx)
  if (!baseSide || !analysis?.doc || analysis.doc.kind !== 'contract' || !analysis.source) return analysis
  const report = analysis.report
  if (!baseSide.doc || !baseSide.source) {
    const detail = baseSide.report.findings.find((f) => f.item === 'file.parse')?.message ?? 'unreadable'
    const finding = diffFindings(
      single('baseUnreadable', { basePath: base.path, detail }, 'notice', analysis.doc),
      report.path,
      analysis.source.locate,
      ctx.config
    )
    report.findings = sortFindings([...report.findings, ...finding])
    return analysis
  }
  if (baseSide.doc.kind !== 'contract') return analysis

  const compared = compareContracts(baseSide.doc, analysis.doc, {
    base: baseSide.source.locate,
    head: analysis.source.locate
  })
  report.changes = base.path === head.path ? compared.changes : { basePath: base.path, ...compared.changes }
  const findings = diffFindings(compared, report.path, analysis.source.locate, ctx.config)
  report.findings = sortFindings([...report.findings, ...findings])
  return analysis
}

/** compareFile over many pairs into one report; files that are not ours (or removed non-contracts) are left out. */
export function compareFiles(pairs: readonly FilePair[], ctx: CheckContext): Report {
  const reports: FileReport[] = []
  for (const pair of pairs) {
    const analysis = compareFile(pair, ctx)
    if (analysis) reports.push(analysis.report)
  }
  return buildReport(reports, ctx.config.gate)
}

/**
 * The head of a file that was a recognised contract or model card at the base and is not one of the same kind now
 * (it no longer parses, is no longer recognised, was replaced by a link or binary, or became the other kind): every
 * `file.parse` finding of the head names what the file was, and one is added when the head had none.
 */
function lost(
  head: SourceFile,
  analysis: FileAnalysis | undefined,
  baseSide: FileAnalysis,
  ctx: CheckContext
): FileAnalysis {
  const what = withArticle(describeFile(baseSide.report))
  const was = (detail: string): string => fill(fileParse.messages.was, { what, detail })
  if (analysis && analysis.report.findings.some((f) => f.item === 'file.parse')) {
    for (const f of analysis.report.findings) if (f.item === 'file.parse') f.message = was(f.message)
    if (!analysis.doc) {
      analysis.report.kind = baseSide.report.kind
      analysis.report.standard = baseSide.report.standard
    }
    return analysis
  }
  const severity = resolveSeverity(ctx.config.items[fileParse.id] ?? fileParse.defaultSeverity, undefined)
  const now = analysis?.doc
    ? `it is now ${withArticle(describeFile(analysis.report))}.`
    : fileParse.messages.unrecognised
  const report: FileReport = analysis?.doc
    ? analysis.report
    : {
        path: head.path,
        kind: baseSide.report.kind,
        standard: baseSide.report.standard,
        findings: []
      }
  if (severity) {
    const at = analysis?.source?.locate([]) ?? FIRST_LINE
    report.findings = sortFindings([
      ...report.findings,
      {
        item: fileParse.id,
        severity,
        status: 'invalid',
        message: was(now),
        path: head.path,
        line: at.line,
        column: at.column
      }
    ])
  }
  return analysis?.doc ? analysis : { report }
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
}

function removed(base: SourceFile, ctx: CheckContext): FileAnalysis | undefined {
  const baseSide = analyzeFile({ path: base.path, text: base.text }, ctx)
  if (!baseSide?.doc || baseSide.doc.kind !== 'contract' || !baseSide.source) return undefined
  const doc = baseSide.doc
  const changes: ContractChanges = {
    bump: classifyBump(doc.version?.value, undefined),
    changes: contractRemoved(doc, { base: baseSide.source.locate }),
    verdict: 'breaking'
  }
  const version = doc.version?.value
  if (typeof version === 'string') changes.baseVersion = version
  else if (version !== undefined && version !== null) changes.baseVersion = showValue(version)
  const name = changes.changes[0].path
  const report: FileReport = {
    path: base.path,
    kind: 'contract',
    standard: baseSide.report.standard,
    findings: diffFindings(
      single('removed', { name, old: changes.baseVersion ?? '(none)' }, undefined, doc),
      base.path,
      () => FIRST_LINE,
      ctx.config
    ),
    changes
  }
  if (baseSide.report.standardVersion !== undefined) report.standardVersion = baseSide.report.standardVersion
  return { report }
}

function single(
  messageId: string,
  data: Record<string, string>,
  severity: 'notice' | undefined,
  doc: ContractDoc
): ComparedContracts {
  return {
    changes: { bump: 'none', changes: [], verdict: 'unchanged' },
    reports: [
      {
        item: contractBreakingChange.id as 'contract.breaking-change',
        report: {
          messageId,
          data,
          status: 'invalid',
          at: doc.version?.at ?? doc.versionAnchor,
          ...(severity ? { severity } : {})
        }
      }
    ]
  }
}
