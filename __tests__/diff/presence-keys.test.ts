import { describe, expect, it } from '@jest/globals'
import { field, orders } from './builders.js'
import { F, attr, diff, expectOnly } from './expect-change.js'

const one = (attributes: Parameters<typeof field>[1]) =>
  orders([field('id', { type: 'string', ...attributes })])

describe('required and unique', () => {
  it('required-tightened: false → true is an error', () => {
    expectOnly(one({ required: false }), one({ required: true }), {
      rule: 'required-tightened',
      level: 'error',
      path: 'orders.id.required',
      old: false,
      new: true,
      headAt: attr('required'),
      baseAt: attr('required'),
      message: 'orders.id is now required.'
    })
  })

  it('required-tightened: added as true is an error, reported at the base field', () => {
    expectOnly(one({}), one({ required: true }), {
      rule: 'required-tightened',
      level: 'error',
      path: 'orders.id.required',
      new: true,
      headAt: attr('required'),
      baseAt: F
    })
  })

  it('required-loosened: true → false or removed is info', () => {
    expectOnly(one({ required: true }), one({}), {
      rule: 'required-loosened',
      level: 'info',
      path: 'orders.id.required',
      old: true,
      headAt: F,
      baseAt: attr('required')
    })
  })

  it('an explicit false added or removed is no change (absent means false)', () => {
    expect(diff(one({}), one({ required: false, unique: false, primaryKey: false }))).toEqual([])
    expect(diff(one({ required: false, unique: false }), one({}))).toEqual([])
  })

  it('unique-tightened (error) and unique-loosened (info)', () => {
    expectOnly(one({ unique: false }), one({ unique: true }), {
      rule: 'unique-tightened',
      level: 'error',
      path: 'orders.id.unique',
      old: false,
      new: true,
      headAt: attr('unique'),
      baseAt: attr('unique'),
      message: 'orders.id must now be unique.'
    })
    expectOnly(one({ unique: true }), one({ unique: false }), {
      rule: 'unique-loosened',
      level: 'info',
      path: 'orders.id.unique',
      old: true,
      new: false,
      headAt: attr('unique'),
      baseAt: attr('unique')
    })
  })
})

describe('primary key', () => {
  it('primary-key-changed: a field joining the key is an error', () => {
    expectOnly(one({}), one({ primaryKey: true }), {
      rule: 'primary-key-changed',
      level: 'error',
      path: 'orders.id.primaryKey',
      new: true,
      headAt: attr('primaryKey'),
      baseAt: F,
      message: 'The primary key changed: orders.id.primaryKey went from (none) to true.'
    })
  })

  it('primary-key-changed: a field leaving the key is an error', () => {
    expectOnly(one({ primaryKey: true }), one({ primaryKey: false }), {
      rule: 'primary-key-changed',
      level: 'error',
      path: 'orders.id.primaryKey',
      old: true,
      new: false,
      headAt: attr('primaryKey'),
      baseAt: attr('primaryKey')
    })
  })

  it('primary-key-changed: the key position moved; reported once when the flag changes too', () => {
    expectOnly(
      one({ primaryKey: true, primaryKeyPosition: 1 }),
      one({ primaryKey: true, primaryKeyPosition: 2 }),
      {
        rule: 'primary-key-changed',
        level: 'error',
        path: 'orders.id.primaryKeyPosition',
        old: 1,
        new: 2,
        headAt: attr('primaryKeyPosition'),
        baseAt: attr('primaryKeyPosition')
      }
    )
    expect(diff(one({}), one({ primaryKey: true, primaryKeyPosition: 1 })).map((c) => c.path)).toEqual([
      'orders.id.primaryKey'
    ])
  })
})
