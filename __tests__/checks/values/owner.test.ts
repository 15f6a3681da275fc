import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { inCodeowners, ownerKind } from '../../../src/checks/values/owner.js'

describe('ownerKind', () => {
  it.each([
    ['@alice', 'user'],
    ['@a-b-c', 'user'],
    [' @alice ', 'user'],
    ['@acme/data-platform', 'team'],
    ['@acme/ml_platform.v2', 'team'],
    ['data@acme.com', 'email'],
    ['first.last+ml@sub.acme.co.uk', 'email']
  ])('recognises %p as a %s', (value, kind) => {
    expect(ownerKind(value)).toBe(kind)
  })

  it.each([
    'alice',
    '@',
    '@-alice',
    '@alice-',
    '@a--b',
    '@acme/',
    '@acme/team/sub',
    'data team',
    'a@b',
    'a@@b.com',
    '',
    42,
    null
  ])('rejects %p', (value) => {
    expect(ownerKind(value)).toBeUndefined()
  })

  it('accepts every @login made of letters and digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,39}$/), (login) => {
        expect(ownerKind(`@${login}`)).toBe('user')
        expect(ownerKind(`@${login}/team`)).toBe('team')
      })
    )
  })
})

describe('inCodeowners', () => {
  it('compares case-insensitively and ignores surrounding spaces', () => {
    const owners = new Set(['@acme/data-platform', 'ml@acme.com'])
    expect(inCodeowners(' @Acme/Data-Platform', owners)).toBe(true)
    expect(inCodeowners('ML@acme.com', owners)).toBe(true)
    expect(inCodeowners('@acme/ml', owners)).toBe(false)
  })
})
