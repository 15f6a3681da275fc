// The machine-readable report: a stable shape other tools can parse. Keys are only ever added, never renamed.
import type { FileReport, Finding, Report } from '../vocabulary.js'
import { portablePath } from './describe.js'

export interface JsonOptions {
  /** Free-text notes for the reader, e.g. deleted files that were not checked. Omitted when empty. */
  notes?: string[]
}

export function renderJson(report: Report, options: JsonOptions = {}): string {
  return [...renderJsonChunks(report, options)].join('')
}

/** Stands for the files in the report's skeleton; only ever the value of its `files` key. */
const FILES = 'handoff-check:files'

/**
 * Files per piece of the JSON report. One JSON.stringify per file, re-indented to its depth by a regular expression,
 * cost more than the text it made: for 10,000 files ~140 ms against ~50 ms alone, and ~10 ms less in a whole run.
 */
export const FILES_PER_PIECE = 256

/**
 * The JSON report in pieces of `filesPerPiece` files, exactly the text of JSON.stringify(report, null, 2): a large
 * run's report is written out without its whole text (and a second copy of every finding) in memory at once.
 */
export function* renderJsonChunks(
  report: Report,
  options: JsonOptions = {},
  filesPerPiece = FILES_PER_PIECE
): Generator<string> {
  const skeleton = JSON.stringify(
    {
      version: 1 as const,
      result: report.result,
      ...(report.gate !== undefined ? { gate: report.gate } : {}),
      files: FILES,
      summary: {
        files: report.summary.files,
        errors: report.summary.errors,
        warnings: report.summary.warnings,
        notices: report.summary.notices,
        waived: report.summary.waived,
        ...(report.summary.preExisting !== undefined ? { preExisting: report.summary.preExisting } : {})
      },
      ...(options.notes && options.notes.length > 0 ? { notes: options.notes } : {})
    },
    null,
    2
  )
  // Every quote inside a string is escaped, so this text can only be the files key and its stand-in.
  const parts = skeleton.split(`"files": ${JSON.stringify(FILES)}`)
  if (parts.length !== 2) throw new Error('the JSON report skeleton holds its files key once')
  const [head, tail] = parts
  if (report.files.length === 0) {
    yield `${head}"files": []${tail}\n`
    return
  }
  yield `${head}"files": [`
  for (let i = 0; i < report.files.length; i += filesPerPiece) {
    yield (i === 0 ? '\n' : ',\n') + filesText(report.files.slice(i, i + filesPerPiece))
  }
  yield `\n  ]${tail}\n`
}

/** How JSON.stringify(…, null, 2) writes a `files` key of the top level, and the end of that object. */
const FILES_OPEN = '{\n  "files": [\n'
const FILES_CLOSE = '\n  ]\n}'

/**
 * Some of the report's files as its `files` list holds them, one after another: stringified inside a `files` key of
 * a top-level object, they come out at the depth they have in the report, indented as the rest of it is.
 */
function filesText(files: readonly FileReport[]): string {
  const text = JSON.stringify({ files: files.map(fileEntry) }, null, 2)
  return text.slice(FILES_OPEN.length, text.length - FILES_CLOSE.length)
}

function fileEntry(file: FileReport) {
  return {
    path: portablePath(file.path),
    kind: file.kind,
    standard: file.standard,
    ...(file.standardVersion !== undefined ? { standardVersion: file.standardVersion } : {}),
    findings: file.findings.map(finding),
    ...(file.changes !== undefined ? { changes: file.changes } : {}),
    ...(file.downstream !== undefined ? { downstream: file.downstream } : {})
  }
}

function finding(f: Finding) {
  return {
    item: f.item,
    severity: f.severity,
    status: f.status,
    message: f.message,
    line: f.line,
    column: f.column,
    ...(f.origin !== undefined ? { origin: f.origin } : {}),
    ...(f.more !== undefined ? { more: f.more } : {}),
    ...(f.waived
      ? {
          waived: {
            by: f.waived.by,
            reason: f.waived.reason,
            ...(f.waived.url !== undefined ? { url: f.waived.url } : {})
          }
        }
      : {})
  }
}
