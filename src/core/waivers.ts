import { buildReport } from './engine.js'
import type { Report, Waiver } from './types.js'

/**
 * Mark the findings the waivers cover. A waiver names an item and optionally a path; the last waiver given for a
 * finding wins (the audit trail keeps them all). The result is recomputed, so a fully waived PR passes.
 */
export function applyWaivers(report: Report, waivers: readonly Waiver[]): Report {
  if (waivers.length === 0) return report
  const files = report.files.map((file) => ({
    ...file,
    findings: file.findings.map((finding) => {
      const waiver = [...waivers]
        .reverse()
        .find((w) => w.item === finding.item && (w.path === undefined || w.path === file.path))
      return waiver ? { ...finding, waived: waiver } : finding
    })
  }))
  return buildReport(files)
}
