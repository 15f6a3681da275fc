import semver from 'semver'

/** The value as a semantic version (`1.2.0`, `v1.2.0`), or undefined when it is not one. */
export function parseSemver(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  return semver.valid(value.trim()) ?? undefined
}

const FLOATING = new Set(['latest', 'main', 'master', 'head', 'current', '*'])

/** Whether a version names one fixed thing: not empty and not a moving tag or branch (`latest`, `main`, `*`, …). */
export function isPinnedVersion(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const v = value.trim().toLowerCase()
  return v !== '' && !FLOATING.has(v)
}
