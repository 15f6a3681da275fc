import { describe, expect, it } from '@jest/globals'
import { contract, field, lineOf, object } from './builders.js'
import { diff, expectOnly } from './expect-change.js'

const id = field('id', { type: 'string' })

describe('object rules', () => {
  it('object-removed: error at the remaining schema, base line of the object', () => {
    const base = contract({ schema: [object('orders', [id]), object('customers', [id])] })
    const head = contract({ schema: [object('orders', [id])] })
    expectOnly(base, head, {
      rule: 'object-removed',
      level: 'error',
      path: 'customers',
      old: 'customers',
      headAt: ['schema'],
      baseAt: ['schema', 1],
      message: 'Object customers was removed.'
    })
  })

  it('object-removed when the head has no schema at all: reported at the root', () => {
    const base = contract({ schema: [object('orders', [id])] })
    const head = contract({})
    expectOnly(base, head, {
      rule: 'object-removed',
      level: 'error',
      path: 'orders',
      old: 'orders',
      headAt: [],
      baseAt: ['schema', 0]
    })
  })

  it('object-added: info at the new object, base line of the schema', () => {
    const base = contract({ schema: [object('orders', [id])] })
    const head = contract({ schema: [object('orders', [id]), object('customers', [id])] })
    expectOnly(base, head, {
      rule: 'object-added',
      level: 'info',
      path: 'customers',
      new: 'customers',
      headAt: ['schema', 1],
      baseAt: ['schema'],
      message: 'Object customers was added.'
    })
  })

  it('matches objects by name, not position', () => {
    const base = contract({ schema: [object('a', [id]), object('b', [id])] })
    const head = contract({ schema: [object('b', [id]), object('a', [id])] })
    expect(diff(base, head)).toEqual([])
  })

  it('object-type-changed: table → view is an error (upstream models-v2 → v3 agrees)', () => {
    const base = contract({ schema: [object('orders', [id], { type: 'table' })] })
    const head = contract({ schema: [object('orders', [id], { type: 'object' })] })
    expectOnly(base, head, {
      rule: 'object-type-changed',
      level: 'error',
      path: 'orders.type',
      old: 'table',
      new: 'object',
      headAt: ['schema', 0, 'type'],
      baseAt: ['schema', 0, 'type'],
      message: 'The type of object orders changed from table to object.'
    })
  })

  it('object type declared where there was none is only attribute-changed (info)', () => {
    const base = contract({ schema: [object('orders', [id])] })
    const head = contract({ schema: [object('orders', [id], { type: 'table' })] })
    expectOnly(base, head, {
      rule: 'attribute-changed',
      level: 'info',
      path: 'orders.type',
      new: 'table',
      headAt: ['schema', 0, 'type'],
      baseAt: ['schema', 0]
    })
  })

  it('object type differing only in case is no change', () => {
    const base = contract({ schema: [object('orders', [id], { type: 'Table' })] })
    const head = contract({ schema: [object('orders', [id], { type: 'table' })] })
    expect(diff(base, head)).toEqual([])
  })

  it('object description-changed: info', () => {
    const base = contract({ schema: [object('orders', [id], { description: 'Orders' })] })
    const head = contract({ schema: [object('orders', [id], { description: 'All orders' })] })
    expectOnly(base, head, {
      rule: 'description-changed',
      level: 'info',
      path: 'orders.description',
      old: 'Orders',
      new: 'All orders',
      headAt: ['schema', 0, 'description'],
      baseAt: ['schema', 0, 'description'],
      message: 'The description of orders changed.'
    })
  })

  it('reports lines from the right side: the head line differs from the base line', () => {
    const base = contract({ schema: [object('x', [id]), object('orders', [id], { type: 'table' })] })
    const head = contract({ schema: [object('orders', [id], { type: 'view' })] })
    const changes = diff(base, head)
    expect(changes.map((c) => [c.rule, c.line, c.baseLine])).toEqual([
      ['object-removed', lineOf(head, ['schema']), lineOf(base, ['schema', 0])],
      ['object-type-changed', lineOf(head, ['schema', 0, 'type']), lineOf(base, ['schema', 1, 'type'])]
    ])
    expect(changes[1].line).not.toEqual(changes[1].baseLine)
  })
})
