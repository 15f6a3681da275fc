// How the contract's own version moved, read as semver where both versions parse.
import semver from 'semver'
import type { SemVer } from 'semver'
import type { ContractChanges } from '../vocabulary.js'

export type Bump = ContractChanges['bump']

/** A version as written (`1.2.0`, `v1.2.0`): numbers are not versions (YAML reads `1.0` as the number 1). */
function parse(version: unknown): SemVer | null {
  if (typeof version !== 'string') return null
  return semver.parse(version.trim(), { loose: true })
}

/**
 * `none` when the two are written the same (or both are missing); `backwards` when the head is lower;
 * otherwise the highest component that rose (`prerelease` when only the pre-release tag changed);
 * `not-comparable` when either is missing or not semver.
 */
export function classifyBump(baseVersion: unknown, headVersion: unknown): Bump {
  if (baseVersion === headVersion) return 'none'
  const b = parse(baseVersion)
  const h = parse(headVersion)
  if (!b || !h) return 'not-comparable'
  const order = semver.compare(b, h)
  if (order === 0) return 'none'
  if (order > 0) return 'backwards'
  if (h.major !== b.major) return 'major'
  if (h.minor !== b.minor) return 'minor'
  if (h.patch !== b.patch) return 'patch'
  return 'prerelease'
}

/**
 * Whether the move announces a breaking change. The left-most non-zero component is the major one, as Cargo
 * reads semver: 0.1.0 → 0.2.0 and 0.0.1 → 0.0.2 may break. Between pre-releases of one version (2.0.0-rc.1 →
 * 2.0.0-rc.2 → 2.0.0) semver promises no compatibility, so a break is allowed there too.
 */
export function allowsBreaking(baseVersion: unknown, headVersion: unknown): boolean {
  const bump = classifyBump(baseVersion, headVersion)
  if (bump === 'major' || bump === 'prerelease') return true
  const b = parse(baseVersion)
  if (!b || b.major !== 0) return false
  if (bump === 'minor') return true
  return bump === 'patch' && b.minor === 0
}

/** Whether the version moved forwards at all. */
export function isIncrease(bump: Bump): boolean {
  return bump === 'major' || bump === 'minor' || bump === 'patch' || bump === 'prerelease'
}
