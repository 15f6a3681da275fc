import { describe, expect, it } from '@jest/globals'
import { field, orders } from './builders.js'
import { F, attr, diff, expectOnly } from './expect-change.js'

const one = (attributes: Parameters<typeof field>[1]) =>
  orders([field('id', { type: 'string', ...attributes })])

describe('constraint rules', () => {
  it.each([
    ['minimum', 1, 5],
    ['exclusiveMinimum', 0, 1],
    ['minLength', 2, 3]
  ])('constraint-tightened: %s raised from %p to %p is an error', (key, o, n) => {
    expectOnly(one({ [key]: o }), one({ [key]: n }), {
      rule: 'constraint-tightened',
      level: 'error',
      path: `orders.id.${key}`,
      old: o,
      new: n,
      headAt: attr(key),
      baseAt: attr(key),
      message: `orders.id.${key} was tightened from ${o} to ${n}: values that were valid may now be rejected.`
    })
  })

  it.each([
    ['maximum', 100, 50],
    ['exclusiveMaximum', 10, 9],
    ['maxLength', 14, 10],
    ['precision', 18, 10],
    ['scale', 4, 2]
  ])('constraint-tightened: %s lowered from %p to %p is an error', (key, o, n) => {
    expectOnly(one({ [key]: o }), one({ [key]: n }), {
      rule: 'constraint-tightened',
      level: 'error',
      path: `orders.id.${key}`,
      old: o,
      new: n,
      headAt: attr(key),
      baseAt: attr(key)
    })
  })

  it.each([
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'minLength',
    'maxLength',
    'precision',
    'scale'
  ])('constraint-tightened: %s added is an error, reported at the base field', (key) => {
    expectOnly(one({}), one({ [key]: 7 }), {
      rule: 'constraint-tightened',
      level: 'error',
      path: `orders.id.${key}`,
      new: 7,
      headAt: attr(key),
      baseAt: F
    })
  })

  it.each([
    ['minimum', 5, 1],
    ['maximum', 50, 100],
    ['minLength', 3, 2],
    ['maxLength', 10, 14],
    ['scale', 2, 4]
  ])('constraint-loosened: %s moved outwards from %p to %p is info', (key, o, n) => {
    expectOnly(one({ [key]: o }), one({ [key]: n }), {
      rule: 'constraint-loosened',
      level: 'info',
      path: `orders.id.${key}`,
      old: o,
      new: n,
      headAt: attr(key),
      baseAt: attr(key)
    })
  })

  it('constraint-loosened: a bound removed is info, reported at the head field', () => {
    expectOnly(one({ maximum: 9 }), one({}), {
      rule: 'constraint-loosened',
      level: 'info',
      path: 'orders.id.maximum',
      old: 9,
      headAt: F,
      baseAt: attr('maximum')
    })
  })

  it('a bound that is not a number on one side is constraint-changed (warning)', () => {
    expectOnly(one({ minimum: 1 }), one({ minimum: '5' as unknown as number }), {
      rule: 'constraint-changed',
      level: 'warning',
      path: 'orders.id.minimum',
      old: 1,
      new: '5',
      headAt: attr('minimum'),
      baseAt: attr('minimum')
    })
  })

  it('pattern added is tightened (error), removed is loosened (info), replaced is constraint-changed (warning)', () => {
    expectOnly(one({}), one({ pattern: '^[A-Z]+$' }), {
      rule: 'constraint-tightened',
      level: 'error',
      path: 'orders.id.pattern',
      new: '^[A-Z]+$',
      headAt: attr('pattern'),
      baseAt: F
    })
    expectOnly(one({ pattern: '^[A-Z]+$' }), one({}), {
      rule: 'constraint-loosened',
      level: 'info',
      path: 'orders.id.pattern',
      old: '^[A-Z]+$',
      headAt: F,
      baseAt: attr('pattern')
    })
    expectOnly(one({ pattern: '^[A-Z]+$' }), one({ pattern: '^[A-Z0-9]+$' }), {
      rule: 'constraint-changed',
      level: 'warning',
      path: 'orders.id.pattern',
      old: '^[A-Z]+$',
      new: '^[A-Z0-9]+$',
      headAt: attr('pattern'),
      baseAt: attr('pattern'),
      message:
        'orders.id.pattern changed from ^[A-Z]+$ to ^[A-Z0-9]+$; the new constraint may reject values the old one accepted.'
    })
  })

  it('format-changed: added or replaced is an error; removed is loosened; case alone is no change', () => {
    expectOnly(one({ format: 'email' }), one({ format: 'uri' }), {
      rule: 'format-changed',
      level: 'error',
      path: 'orders.id.format',
      old: 'email',
      new: 'uri',
      headAt: attr('format'),
      baseAt: attr('format'),
      message: 'The format of orders.id changed from email to uri.'
    })
    expectOnly(one({}), one({ format: 'email' }), {
      rule: 'format-changed',
      level: 'error',
      path: 'orders.id.format',
      new: 'email',
      headAt: attr('format'),
      baseAt: F
    })
    expectOnly(one({ format: 'email' }), one({}), {
      rule: 'constraint-loosened',
      level: 'info',
      path: 'orders.id.format',
      old: 'email',
      headAt: F,
      baseAt: attr('format')
    })
    expect(diff(one({ format: 'Email' }), one({ format: 'email' }))).toEqual([])
  })

  it('an unchanged bound is no change', () => {
    expect(diff(one({ minimum: 1, maxLength: 5 }), one({ minimum: 1, maxLength: 5 }))).toEqual([])
  })
})
