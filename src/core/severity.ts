import type { ConfiguredSeverity, Severity } from '../vocabulary.js'

const rank: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }

/** The milder of two severities: a rule may cap an item's configured severity (a metric below baseline only warns). */
export function milder(a: Severity, b: Severity): Severity {
  return rank[a] <= rank[b] ? a : b
}

export function resolveSeverity(configured: ConfiguredSeverity, cap?: Severity): Severity | undefined {
  if (configured === 'off') return undefined
  return cap ? milder(configured, cap) : configured
}

export function compareSeverity(a: Severity, b: Severity): number {
  return rank[b] - rank[a]
}
