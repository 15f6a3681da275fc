// Whether a contract's version satisfies a card's range, as npm reads semver ranges.
import semver from 'semver'

export type RangeVerdict = 'satisfied' | 'no-range' | 'outside' | 'bad-range' | 'not-semver'

export function rangeVerdict(version: string | undefined, range: string | undefined): RangeVerdict {
  if (range === undefined) return 'no-range'
  if (semver.validRange(range) === null) return 'bad-range'
  const parsed = version === undefined ? null : semver.valid(version.trim())
  if (parsed === null) return 'not-semver'
  return semver.satisfies(parsed, range) ? 'satisfied' : 'outside'
}
