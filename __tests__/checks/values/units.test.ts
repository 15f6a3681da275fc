import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isThreshold, parseLatency, parseThroughput } from '../../../src/checks/values/units.js'

describe('parseLatency', () => {
  it.each([
    ['50ms', [{ milliseconds: 50 }]],
    ['p95 < 50ms', [{ statistic: 'p95', milliseconds: 50 }]],
    ['P99.9 <= 1.5 s', [{ statistic: 'p99.9', milliseconds: 1500 }]],
    ['mean: 800us', [{ statistic: 'mean', milliseconds: 0.8 }]],
    ['max 2 seconds', [{ statistic: 'max', milliseconds: 2000 }]],
    ['500µs', [{ milliseconds: 0.5 }]]
  ])('reads %p', (value, targets) => {
    expect(parseLatency(value)).toEqual(targets)
  })

  it('reads a mapping of statistics and a value with a unit', () => {
    expect(parseLatency({ p95: '50ms', p99: '120 ms' })).toEqual([
      { statistic: 'p95', milliseconds: 50 },
      { statistic: 'p99', milliseconds: 120 }
    ])
    expect(parseLatency({ value: 50, unit: 'ms' })).toEqual([{ milliseconds: 50 }])
    expect(parseLatency({ value: '2', unit: 's' })).toEqual([{ milliseconds: 2000 }])
  })

  it.each([
    ['fast'],
    [50],
    ['50'],
    ['p95 < 50'],
    ['50 parsecs'],
    [{}],
    [{ p95: 50 }],
    [{ p95: 'p99 50ms' }],
    [{ fast: '1ms' }],
    [{ value: 50 }],
    [{ value: 'x', unit: 'ms' }],
    [null],
    [['50ms']]
  ])('rejects %p', (value) => {
    expect(parseLatency(value)).toBeUndefined()
  })

  it('reads any whole number of milliseconds after any percentile', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 99 }), (ms, p) => {
        expect(parseLatency(`p${p} < ${ms}ms`)).toEqual([{ statistic: `p${p}`, milliseconds: ms }])
      })
    )
  })
})

describe('parseThroughput', () => {
  it.each([
    ['200 rps', 200],
    ['200rps', 200],
    ['40 QPS', 40],
    ['12000 rpm', 200],
    ['500 req/s', 500],
    ['60 requests/min', 1],
    ['40 requests per second', 40],
    ['10/s', 10],
    ['120 /min', 2],
    ['5 predictions/s', 5],
    ['1000 rows/s', 1000]
  ])('reads %p as %d per second', (value, perSecond) => {
    expect(parseThroughput(value)).toBe(perSecond)
  })

  it('reads a value with a unit', () => {
    expect(parseThroughput({ value: 200, unit: 'rps' })).toBe(200)
    expect(parseThroughput({ value: '60', unit: 'rpm' })).toBe(1)
  })

  it.each([
    ['lots'],
    [200],
    ['200'],
    ['200 rpz'],
    ['200 apples/s'],
    [{ value: 'many', unit: 'rps' }],
    [{ value: 2 }],
    [null]
  ])('rejects %p', (value) => {
    expect(parseThroughput(value)).toBeUndefined()
  })
})

describe('isThreshold', () => {
  it.each([
    0.2,
    0,
    '0.2',
    '85%',
    '80ms',
    '80 ms',
    'psi > 0.2',
    'accuracy < 85%',
    'p95 >= 80 ms',
    'kl ≥ 0.1',
    'alert when psi > 0.2 for 3 days'
  ])('accepts %p', (value) => {
    expect(isThreshold(value)).toBe(true)
  })

  it.each([
    'weekly review',
    'psi is high',
    '> ',
    'psi > high',
    '',
    true,
    null,
    Number.POSITIVE_INFINITY,
    { max: 1 }
  ])('rejects %p', (value) => {
    expect(isThreshold(value)).toBe(false)
  })
})
