import { describe, expect, it } from '@jest/globals'
import { durationSeconds } from '../../src/diff/duration.js'

describe('durationSeconds', () => {
  it.each([
    ['PT30M', undefined, 1800],
    ['PT24H', undefined, 86400],
    ['P1D', undefined, 86400],
    ['P1W', undefined, 604800],
    ['P1DT1H', undefined, 90000],
    ['90s', undefined, 90],
    ['30m', undefined, 1800],
    ['24h', undefined, 86400],
    ['7d', undefined, 604800],
    ['2w', undefined, 1209600],
    ['3 days', undefined, 259200],
    [1, 'd', 86400],
    [12, 'hours', 43200],
    ['2', 'h', 7200],
    [{ value: 1, unit: 'h' }, undefined, 3600]
  ])('%p %p is %p seconds', (value, unit, seconds) => {
    expect(durationSeconds(value, unit)).toBe(seconds)
  })

  it.each([['daily'], ['P'], ['PT'], [''], [5], [-1], [null], [['1h']], ['1 fortnight']])(
    '%p is not a duration',
    (value) => {
      expect(durationSeconds(value)).toBeUndefined()
    }
  )
})
