import { describe, expect, it } from '@jest/globals'
import { orderable } from '../../src/diff/constraints.js'
import { field, orders } from './builders.js'
import { F, attr, diff, expectOnly } from './expect-change.js'

const one = (attributes: Parameters<typeof field>[1]) =>
  orders([field('day', { type: 'date', ...attributes })])

describe('date and timestamp bounds (ODCS logicalTypeOptions)', () => {
  it('reads numbers, ISO dates and timestamps (zone-less as UTC); anything else is not ordered', () => {
    expect(orderable(3)).toEqual({ kind: 'number', at: 3 })
    expect(orderable('2020-01-02')).toEqual({ kind: 'date', at: Date.UTC(2020, 0, 2) })
    expect(orderable('2021-01-01 00:00:00')).toEqual({ kind: 'timestamp', at: Date.UTC(2021, 0, 1) })
    expect(orderable('2021-01-01T02:00:00+02:00')).toEqual({ kind: 'timestamp', at: Date.UTC(2021, 0, 1) })
    for (const v of ['5', 'yesterday', '2020-13-45', '2020-1-1', Infinity, true]) {
      expect(orderable(v)).toBeUndefined()
    }
  })

  it('a date maximum lowered is tightened (error), raised is loosened (info)', () => {
    expectOnly(one({ maximum: '2021-01-01' }), one({ maximum: '2020-06-30' }), {
      rule: 'constraint-tightened',
      level: 'error',
      path: 'orders.day.maximum',
      old: '2021-01-01',
      new: '2020-06-30',
      headAt: attr('maximum'),
      baseAt: attr('maximum'),
      message:
        'orders.day.maximum was tightened from 2021-01-01 to 2020-06-30: values that were valid may now be rejected.'
    })
    expectOnly(one({ maximum: '2021-01-01' }), one({ maximum: '2022-01-01' }), {
      rule: 'constraint-loosened',
      level: 'info',
      path: 'orders.day.maximum',
      old: '2021-01-01',
      new: '2022-01-01',
      headAt: attr('maximum'),
      baseAt: attr('maximum')
    })
  })

  it('a timestamp exclusiveMinimum raised is tightened; the same instant written differently is no change', () => {
    expectOnly(
      one({ exclusiveMinimum: '2020-01-01 00:00:00' }),
      one({ exclusiveMinimum: '2020-01-01T06:00:00Z' }),
      {
        rule: 'constraint-tightened',
        level: 'error',
        path: 'orders.day.exclusiveMinimum',
        old: '2020-01-01 00:00:00',
        new: '2020-01-01T06:00:00Z',
        headAt: attr('exclusiveMinimum'),
        baseAt: attr('exclusiveMinimum')
      }
    )
    expect(diff(one({ minimum: '2020-01-01T00:00:00Z' }), one({ minimum: '2020-01-01 00:00:00' }))).toEqual(
      []
    )
  })

  it('a date bound added is tightened; a date against a number, a timestamp or free text cannot be proven', () => {
    expectOnly(one({}), one({ minimum: '2020-01-01' }), {
      rule: 'constraint-tightened',
      level: 'error',
      path: 'orders.day.minimum',
      new: '2020-01-01',
      headAt: attr('minimum'),
      baseAt: F
    })
    for (const [o, n] of [
      ['2020-01-01', 20200101],
      ['2020-01-01', '2020-01-01 00:00:00'],
      ['2020-01-01', 'last year']
    ] as const) {
      expectOnly(one({ minimum: o }), one({ minimum: n }), {
        rule: 'constraint-changed',
        level: 'warning',
        path: 'orders.day.minimum',
        old: o,
        new: n,
        headAt: attr('minimum'),
        baseAt: attr('minimum')
      })
    }
  })
})

describe('ref-changed (DCS $ref)', () => {
  const ref = (value?: string) => orders([field('id', { type: 'string', ...(value ? { ref: value } : {}) })])

  it('a $ref pointed elsewhere, added or removed is a warning at the $ref', () => {
    expectOnly(ref('#/definitions/a'), ref('#/definitions/b'), {
      rule: 'ref-changed',
      level: 'warning',
      path: 'orders.id.ref',
      old: '#/definitions/a',
      new: '#/definitions/b',
      headAt: attr('ref'),
      baseAt: attr('ref'),
      message:
        'The definition orders.id refers to changed from #/definitions/a to #/definitions/b; its constraints may differ.'
    })
    expectOnly(ref(), ref('#/definitions/a'), {
      rule: 'ref-changed',
      level: 'warning',
      path: 'orders.id.ref',
      new: '#/definitions/a',
      headAt: attr('ref'),
      baseAt: F
    })
    expectOnly(ref('#/definitions/a'), ref(), {
      rule: 'ref-changed',
      level: 'warning',
      path: 'orders.id.ref',
      old: '#/definitions/a',
      headAt: F,
      baseAt: attr('ref')
    })
    expect(diff(ref('#/definitions/a'), ref('#/definitions/a'))).toEqual([])
  })
})
