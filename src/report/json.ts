// The machine-readable report: a stable shape other tools can parse. Keys are only ever added, never renamed.
import type { Finding, Report } from '../vocabulary.js'
import { portablePath } from './describe.js'

export interface JsonOptions {
  /** Free-text notes for the reader, e.g. deleted files that were not checked. Omitted when empty. */
  notes?: string[]
}

export function renderJson(report: Report, options: JsonOptions = {}): string {
  const out = {
    version: 1 as const,
    result: report.result,
    ...(report.gate !== undefined ? { gate: report.gate } : {}),
    files: report.files.map((file) => ({
      path: portablePath(file.path),
      kind: file.kind,
      standard: file.standard,
      ...(file.standardVersion !== undefined ? { standardVersion: file.standardVersion } : {}),
      findings: file.findings.map(finding),
      ...(file.changes !== undefined ? { changes: file.changes } : {}),
      ...(file.downstream !== undefined ? { downstream: file.downstream } : {})
    })),
    summary: {
      files: report.summary.files,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      waived: report.summary.waived,
      ...(report.summary.preExisting !== undefined ? { preExisting: report.summary.preExisting } : {})
    },
    ...(options.notes && options.notes.length > 0 ? { notes: options.notes } : {})
  }
  return JSON.stringify(out, null, 2) + '\n'
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
