import { describe, expect, it } from '@jest/globals'
import { isPinnedVersion, parseSemver } from '../../../src/checks/values/version.js'
import { quote } from '../../../src/checks/values/quote.js'

describe('parseSemver', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['v1.2.0', '1.2.0'],
    [' 2.0.0-rc.1 ', '2.0.0-rc.1']
  ])('reads %p', (value, version) => {
    expect(parseSemver(value)).toBe(version)
  })

  it.each(['1.0', 'latest', '', 1, null])('rejects %p', (value) => {
    expect(parseSemver(value)).toBeUndefined()
  })
})

describe('isPinnedVersion', () => {
  it.each(['2026-10-01', '1.4.0', '9f1c2e7', 'v3', 7, new Date('2026-10-01')])('accepts %p', (v) => {
    expect(isPinnedVersion(v)).toBe(true)
  })

  it.each([
    'latest',
    'LATEST',
    'main',
    'master',
    'Head',
    'current',
    '*',
    ' ',
    '',
    null,
    true,
    ['1'],
    Number.NaN
  ])('rejects %p', (v) => {
    expect(isPinnedVersion(v)).toBe(false)
  })
})

describe('quote', () => {
  it('quotes scalars as written and summarises structures', () => {
    expect([
      quote('x'),
      quote(1.5),
      quote(false),
      quote(null),
      quote(undefined),
      quote([1]),
      quote({ a: 1 })
    ]).toEqual(['x', '1.5', 'false', 'null', 'null', 'a list', 'a mapping'])
    expect(quote(new Date('2026-10-01T00:00:00Z'))).toBe('2026-10-01')
    expect(quote(new Date(Number.NaN))).toBe('an invalid date')
  })
})
