import { describe, expect, it } from '@jest/globals'
import { field, orders } from './builders.js'
import { F, attr, diff, expectOnly } from './expect-change.js'

const one = (values?: unknown[]) => orders([field('status', { type: 'string', enum: values })])

describe('enum rules', () => {
  it('enum-narrowed: a value removed is an error', () => {
    expectOnly(one(['new', 'paid', 'shipped']), one(['new', 'paid']), {
      rule: 'enum-narrowed',
      level: 'error',
      path: 'orders.status.enum',
      old: ['new', 'paid', 'shipped'],
      new: ['new', 'paid'],
      headAt: attr('enum'),
      baseAt: attr('enum'),
      message: 'The allowed values of orders.status were narrowed from [new, paid, shipped] to [new, paid].'
    })
  })

  it('enum-narrowed: a value removed and another added at once is still narrowing', () => {
    expect(diff(one(['a', 'b']), one(['a', 'c']))).toEqual([
      expect.objectContaining({ rule: 'enum-narrowed', level: 'error' })
    ])
  })

  it('enum-narrowed: an enum added where any value was allowed, reported at the base field', () => {
    expectOnly(one(), one(['a']), {
      rule: 'enum-narrowed',
      level: 'error',
      path: 'orders.status.enum',
      new: ['a'],
      headAt: attr('enum'),
      baseAt: F
    })
  })

  it('enum-widened: values only added, or the enum removed, is info', () => {
    expectOnly(one(['a']), one(['a', 'b']), {
      rule: 'enum-widened',
      level: 'info',
      path: 'orders.status.enum',
      old: ['a'],
      new: ['a', 'b'],
      headAt: attr('enum'),
      baseAt: attr('enum')
    })
    expectOnly(one(['a']), one(), {
      rule: 'enum-widened',
      level: 'info',
      path: 'orders.status.enum',
      old: ['a'],
      headAt: F,
      baseAt: attr('enum')
    })
  })

  it('a new order of the same values is no change; 1 and "1" are different values', () => {
    expect(diff(one(['a', 'b']), one(['b', 'a']))).toEqual([])
    expect(diff(one([1]), one(['1']))[0]).toMatchObject({ rule: 'enum-narrowed' })
  })

  it('an enum that is not a list is constraint-changed (warning)', () => {
    expectOnly(one(['a']), one('a' as unknown as unknown[]), {
      rule: 'constraint-changed',
      level: 'warning',
      path: 'orders.status.enum',
      old: ['a'],
      new: 'a',
      headAt: attr('enum'),
      baseAt: attr('enum')
    })
  })
})
