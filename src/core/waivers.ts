import { buildReport } from './engine.js'
import { fingerprint } from './fingerprint.js'
import type { FileReport, Finding, Report, Waiver } from '../vocabulary.js'

/** A waiver with the findings it was given for: their fingerprints (src/core/fingerprint.ts). */
export interface ScopedWaiver extends Waiver {
  /** Only findings with one of these fingerprints are covered; undefined covers every match (item and path). */
  covers?: ReadonlySet<string>
}

/**
 * Mark the findings the waivers cover. A waiver names an item and optionally a path, and when scoped the
 * fingerprints of the findings it was given for; the last waiver given for a finding wins (the audit trail keeps
 * them all). The result is recomputed, so a fully waived PR passes.
 */
export function applyWaivers(report: Report, waivers: readonly ScopedWaiver[]): Report {
  if (waivers.length === 0) return report
  const files = report.files.map((file) => ({
    ...file,
    findings: file.findings.map((finding) => {
      const print = fingerprint(finding, file)
      const waiver = [...waivers]
        .reverse()
        .find((w) => matches(w, finding, file) && (w.covers === undefined || w.covers.has(print)))
      return waiver ? { ...finding, waived: shown(waiver) } : finding
    })
  }))
  return buildReport(files, report.gate)
}

/** The findings (open or already waived) a waiver's item and path name, with their fingerprints. */
export function matchingFindings(
  report: Report,
  waiver: Pick<Waiver, 'item' | 'path'>
): { finding: Finding; fingerprint: string }[] {
  return report.files.flatMap((file) =>
    file.findings
      .filter((finding) => matches(waiver, finding, file))
      .map((finding) => ({ finding, fingerprint: fingerprint(finding, file) }))
  )
}

function matches(waiver: Pick<Waiver, 'item' | 'path'>, finding: Finding, file: FileReport): boolean {
  return waiver.item === finding.item && (waiver.path === undefined || waiver.path === file.path)
}

function shown(waiver: ScopedWaiver): Waiver {
  const { covers: _covers, ...rest } = waiver
  return rest
}
