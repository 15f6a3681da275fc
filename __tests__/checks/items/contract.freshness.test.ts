import { describe, expect, it } from '@jest/globals'
import { check, context, contractDoc, loc, withStandard } from '../builders.js'

const fresh = (value: unknown, unit?: unknown) =>
  contractDoc({
    freshness: {
      at: ['slaProperties', 0],
      value: loc(value, 'slaProperties', 0, 'value'),
      ...(unit === undefined ? {} : { unit: loc(unit, 'slaProperties', 0, 'unit') })
    }
  })

describe('contract.freshness', () => {
  it.each([['24h'], ['PT24H'], ['P1D'], ['P1W'], ['30 minutes'], ['7d']])('accepts %s', (v) => {
    expect(check('contract.freshness', fresh(v))).toEqual([])
  })

  it('accepts an ODCS value with a unit', () => {
    expect(check('contract.freshness', fresh(24, 'h'))).toEqual([])
    expect(check('contract.freshness', fresh(1, 'days'))).toEqual([])
  })

  it.each([
    ['handoff-contract', 'missingNative', '`freshness: 24h`'],
    ['odcs', 'missingOdcs', 'an `slaProperties` entry `{ property: freshness, value: 24, unit: h }`'],
    ['dcs', 'missingDcs', '`servicelevels.freshness.threshold: 24h`']
  ] as const)('says what to add in %s when freshness is missing', (standard, messageId, where) => {
    const doc = withStandard(
      contractDoc({ freshness: undefined, freshnessAnchor: ['servicelevels'] }),
      standard
    )
    expect(check('contract.freshness', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['servicelevels'],
        message: `No freshness: add ${where} (the maximum age of the data).`
      }
    ])
  })

  it.each([
    ['daily', undefined, 'daily'],
    [24, undefined, '24'],
    [24, 'fortnights', '24 fortnights'],
    ['P', undefined, 'P']
  ] as const)('reports %p (unit %p) as not a duration', (value, unit, quoted) => {
    expect(check('contract.freshness', fresh(value, unit))).toEqual([
      {
        messageId: 'unparseable',
        data: { value: quoted },
        status: 'invalid',
        at: ['slaProperties', 0, 'value'],
        message: `Freshness "${quoted}" is not a duration: write ISO 8601 (\`PT24H\`, \`P1D\`) or a number and a unit (\`30m\`, \`24h\`, \`7d\`).`
      }
    ])
  })

  it('reports a zero duration', () => {
    expect(check('contract.freshness', fresh('0h'))).toEqual([
      {
        messageId: 'notPositive',
        data: { value: '0h' },
        status: 'invalid',
        at: ['slaProperties', 0, 'value'],
        message: 'Freshness "0h" must be longer than zero.'
      }
    ])
  })

  it('reports a freshness longer than freshness.max, both in hours and days', () => {
    const ctx = context({ freshness: { max: 'P1D' } })
    expect(check('contract.freshness', fresh('36h'), ctx)).toEqual([
      {
        messageId: 'tooLong',
        data: { actual: '36 hours (1.5 days)', max: '24 hours (1 day)' },
        status: 'invalid',
        at: ['slaProperties', 0, 'value'],
        message:
          'Freshness 36 hours (1.5 days) is longer than the allowed maximum of 24 hours (1 day) (freshness.max in .github/handoff.yml).'
      }
    ])
    expect(check('contract.freshness', fresh('24h'), ctx)).toEqual([])
  })
})
