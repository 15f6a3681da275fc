import { describe, expect, it } from '@jest/globals'
import { isWidening } from '../../src/diff/types.js'
import { field, orders } from './builders.js'
import { F, attr, diff, expectOnly } from './expect-change.js'

const one = (attributes: Parameters<typeof field>[1]) => orders([field('id', attributes)])

describe('type rules', () => {
  it('type-changed: string → integer is an error at the head type', () => {
    expectOnly(one({ type: 'string' }), one({ type: 'integer' }), {
      rule: 'type-changed',
      level: 'error',
      path: 'orders.id.type',
      old: 'string',
      new: 'integer',
      headAt: attr('type'),
      baseAt: attr('type'),
      message: 'The type of orders.id changed from string to integer.'
    })
  })

  it('type-widened: int → long and integer → number only warn', () => {
    for (const [o, n] of [
      ['int', 'long'],
      ['integer', 'number'],
      ['float', 'double'],
      ['smallint', 'bigint']
    ]) {
      expectOnly(one({ type: o }), one({ type: n }), {
        rule: 'type-widened',
        level: 'warning',
        path: 'orders.id.type',
        old: o,
        new: n,
        headAt: attr('type'),
        baseAt: attr('type')
      })
    }
  })

  it('narrowing the other way is a type change', () => {
    expect(diff(one({ type: 'long' }), one({ type: 'int' }))[0]).toMatchObject({
      rule: 'type-changed',
      level: 'error'
    })
    expect(diff(one({ type: 'number' }), one({ type: 'integer' }))[0]).toMatchObject({ rule: 'type-changed' })
  })

  it('two spellings of one type are attribute-changed (info); case alone is no change', () => {
    expectOnly(one({ type: 'int' }), one({ type: 'integer' }), {
      rule: 'attribute-changed',
      level: 'info',
      path: 'orders.id.type',
      old: 'int',
      new: 'integer',
      headAt: attr('type'),
      baseAt: attr('type')
    })
    expect(diff(one({ type: 'String' }), one({ type: 'string' }))).toEqual([])
  })

  it('type-added and type-removed warn, reported at the field on the side without a type', () => {
    expectOnly(one({}), one({ type: 'string' }), {
      rule: 'type-added',
      level: 'warning',
      path: 'orders.id.type',
      new: 'string',
      headAt: attr('type'),
      baseAt: F
    })
    expectOnly(one({ type: 'string' }), one({}), {
      rule: 'type-removed',
      level: 'warning',
      path: 'orders.id.type',
      old: 'string',
      headAt: F,
      baseAt: attr('type')
    })
  })

  it('physical-type-changed: a warning, case-insensitive', () => {
    const base = one({ type: 'string', physicalType: 'varchar(10)' })
    const head = one({ type: 'string', physicalType: 'VARCHAR(20)' })
    expectOnly(base, head, {
      rule: 'physical-type-changed',
      level: 'warning',
      path: 'orders.id.physicalType',
      old: 'varchar(10)',
      new: 'VARCHAR(20)',
      headAt: attr('physicalType'),
      baseAt: attr('physicalType')
    })
    expect(diff(base, one({ type: 'string', physicalType: 'VARCHAR(10)' }))).toEqual([])
  })

  it('a physicalType-only field: its type change is one physical-type-changed warning, not a type error', () => {
    const base = one({ physicalType: 'varchar', typeFromPhysical: true })
    const head = one({ physicalType: 'bigint', typeFromPhysical: true })
    expectOnly(base, head, {
      rule: 'physical-type-changed',
      level: 'warning',
      path: 'orders.id.physicalType',
      old: 'varchar',
      new: 'bigint',
      headAt: attr('physicalType'),
      baseAt: attr('physicalType')
    })
  })

  it('isWidening knows the integer ladder, number, double and decimal', () => {
    expect(isWidening('tinyint', 'int')).toBe(true)
    expect(isWidening('INT', 'BIGINT')).toBe(true)
    expect(isWidening('int', 'double')).toBe(true)
    expect(isWidening('long', 'double')).toBe(false)
    expect(isWidening('long', 'decimal')).toBe(true)
    expect(isWidening('double', 'number')).toBe(true)
    expect(isWidening('number', 'number')).toBe(false)
    expect(isWidening('string', 'text')).toBe(false)
  })
})
