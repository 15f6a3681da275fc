import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  describeDuration,
  durationUnitSeconds,
  formatDuration,
  parseDuration
} from '../../../src/checks/values/duration.js'

describe('parseDuration', () => {
  it.each([
    ['PT24H', 86400],
    ['P1D', 86400],
    ['P1W', 604800],
    ['PT30M', 1800],
    ['P1DT12H', 129600],
    ['PT1.5H', 5400],
    ['P1Y', 31536000],
    ['P1M', 2592000],
    ['90s', 90],
    ['30m', 1800],
    ['24h', 86400],
    ['7d', 604800],
    ['2w', 1209600],
    ['1.5 days', 129600],
    ['15 Minutes', 900],
    [' 24 hours ', 86400],
    ['500ms', 0.5]
  ])('reads %p as %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds)
  })

  it.each([
    ['daily'],
    ['24'],
    ['P'],
    ['PT'],
    ['P1DT'],
    ['24 parsecs'],
    ['-1h'],
    [''],
    [24],
    [null],
    [{ h: 1 }]
  ])('rejects %p', (value) => {
    expect(parseDuration(value)).toBeUndefined()
  })

  it('reads a value with a separate unit (ODCS slaProperties)', () => {
    expect(parseDuration(25, 'h')).toBe(90000)
    expect(parseDuration('2', 'days')).toBe(172800)
    expect(parseDuration(1, 'yr')).toBe(31536000)
    expect(parseDuration(10, 'min')).toBe(600)
    expect(parseDuration(1, 'lightyear')).toBeUndefined()
    expect(parseDuration('24h', 'h')).toBeUndefined()
  })

  it('knows unit sizes case-insensitively', () => {
    expect(durationUnitSeconds('Days')).toBe(86400)
    expect(durationUnitSeconds(3)).toBeUndefined()
  })
})

describe('formatDuration and describeDuration', () => {
  it.each([
    [604800, '1w'],
    [172800, '2d'],
    [129600, '36h'],
    [5400, '90m'],
    [45, '45s'],
    [0, '0s']
  ])('formats %d seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('round-trips every whole number of seconds through parseDuration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 365 * 86400 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds))).toBe(seconds)
      })
    )
  })

  it('describes in hours, and days from one day on', () => {
    expect(describeDuration(1800)).toBe('0.5 hours')
    expect(describeDuration(3600)).toBe('1 hour')
    expect(describeDuration(86400)).toBe('24 hours (1 day)')
    expect(describeDuration(129600)).toBe('36 hours (1.5 days)')
  })
})
