import { describe, expect, it } from '@jest/globals'
import { sameValue, showValue, valueKey } from '../../src/diff/values.js'

describe('sameValue', () => {
  it('compares scalars, lists and mappings deeply', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue([1], { 0: 1 })).toBe(false)
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true)
    expect(sameValue(1, '1')).toBe(false)
    expect(sameValue(null, undefined)).toBe(false)
  })
})

describe('showValue', () => {
  it('shows absent, empty, lists and mappings readably', () => {
    expect(showValue(undefined)).toBe('(none)')
    expect(showValue('')).toBe("''")
    expect(showValue(['a', 1, true])).toBe('[a, 1, true]')
    expect(showValue({ value: 1, unit: 'd' })).toBe('{"value":1,"unit":"d"}')
    expect(showValue(null)).toBe('null')
  })

  it('never throws on values JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(showValue(cyclic)).toBe('{…}')
    expect(showValue({ n: 1n })).toBe('{…}')
  })
})

describe('valueKey', () => {
  it('keeps strings and numbers apart and never throws', () => {
    expect(valueKey('1')).not.toBe(valueKey(1))
    expect(valueKey([1])).toBe(valueKey([1]))
    expect(valueKey({ n: 1n })).toBe('o:[object Object]')
  })
})
