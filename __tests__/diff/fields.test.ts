import { describe, expect, it } from '@jest/globals'
import { contract, field, lineOf, object, orders } from './builders.js'
import { F, diff, expectOnly } from './expect-change.js'

describe('field rules', () => {
  it('field-removed: error at the remaining object, with the old type', () => {
    const base = orders([field('id', { type: 'string' }), field('customer_id', { type: 'string' })])
    const head = orders([field('id', { type: 'string' })])
    expectOnly(base, head, {
      rule: 'field-removed',
      level: 'error',
      path: 'orders.customer_id',
      old: 'string',
      headAt: ['schema', 0],
      baseAt: ['schema', 0, 'properties', 1],
      message: 'Field orders.customer_id was removed.'
    })
  })

  it('a rename is a removal and an addition', () => {
    const base = orders([field('id', { type: 'string' })])
    const head = orders([field('order_id', { type: 'string' })])
    expect(diff(base, head).map((c) => [c.rule, c.path])).toEqual([
      ['field-removed', 'orders.id'],
      ['field-added', 'orders.order_id']
    ])
  })

  it('field-added: an optional field is info, base line of the object', () => {
    const base = orders([field('id')])
    const head = orders([field('id'), field('region', { type: 'string', required: false })])
    expectOnly(base, head, {
      rule: 'field-added',
      level: 'info',
      path: 'orders.region',
      new: 'string',
      headAt: ['schema', 0, 'properties', 1],
      baseAt: ['schema', 0],
      message: 'Optional field orders.region was added.'
    })
  })

  it('field-added-required: a required field added is a warning', () => {
    const base = orders([field('id')])
    const head = orders([field('id'), field('region', { type: 'string', required: true })])
    expectOnly(base, head, {
      rule: 'field-added-required',
      level: 'warning',
      path: 'orders.region',
      new: 'string',
      headAt: ['schema', 0, 'properties', 1],
      baseAt: ['schema', 0]
    })
  })

  it('nested fields are matched by their path: object.parent.child', () => {
    const nested = (children: ReturnType<typeof field>[]) =>
      orders([field('address', { type: 'object', fields: children })])
    const base = nested([field('street', { type: 'string' }), field('zip', { type: 'string' })])
    const head = nested([field('street', { type: 'integer' })])
    expect(diff(base, head)).toEqual([
      expect.objectContaining({
        rule: 'type-changed',
        path: 'orders.address.street.type',
        old: 'string',
        new: 'integer'
      }),
      expect.objectContaining({
        rule: 'field-removed',
        path: 'orders.address.zip',
        // At its remaining parent, `address`, in the head; at itself in the base.
        line: lineOf(head, F),
        baseLine: lineOf(base, [...F, 'properties', 1])
      })
    ])
  })

  it('array items are matched as <field>[]', () => {
    const arr = (item: ReturnType<typeof field>) => orders([field('lines', { type: 'array', items: item })])
    const base = arr({
      type: 'object',
      fields: [field('sku', { type: 'string' }), field('qty', { type: 'integer' })]
    })
    const head = arr({ type: 'object', fields: [field('sku', { type: 'string' })] })
    expectOnly(base, head, {
      rule: 'field-removed',
      level: 'error',
      path: 'orders.lines[].qty',
      old: 'integer',
      headAt: [...F, 'items'],
      baseAt: [...F, 'items', 'properties', 1]
    })
  })

  it('array items removed from a field: field-removed of <field>[] at the field', () => {
    const base = orders([field('tags', { type: 'array', items: { type: 'string' } })])
    const head = orders([field('tags', { type: 'array' })])
    expectOnly(base, head, {
      rule: 'field-removed',
      level: 'error',
      path: 'orders.tags[]',
      old: 'string',
      headAt: F,
      baseAt: [...F, 'items']
    })
  })

  it('array items added to a field: field-added of <field>[]', () => {
    const base = orders([field('tags', { type: 'array' })])
    const head = orders([field('tags', { type: 'array', items: { type: 'string' } })])
    expectOnly(base, head, {
      rule: 'field-added',
      level: 'info',
      path: 'orders.tags[]',
      new: 'string',
      headAt: [...F, 'items'],
      baseAt: F
    })
  })

  it('fields without a name cannot be matched and are left to the schema check', () => {
    const base = orders([{ type: 'string' }])
    const head = orders([])
    expect(diff(base, head)).toEqual([])
  })

  it('the first of two fields with one name is compared', () => {
    const base = orders([field('id', { type: 'string' }), field('id', { type: 'integer' })])
    const head = orders([field('id', { type: 'string' })])
    expect(diff(base, head)).toEqual([])
  })

  it('objects in different standards compare on the model alone', () => {
    const base = contract({ schema: [object('orders', [field('id', { type: 'string' })])] })
    const head = {
      ...contract({ schema: [object('orders', [field('id', { type: 'string' })])] }),
      standard: 'dcs' as const
    }
    expect(diff(base, head)).toEqual([])
  })
})
