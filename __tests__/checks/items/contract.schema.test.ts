import { describe, expect, it } from '@jest/globals'
import type { Field, SchemaObject } from '../../../src/model/types.js'
import { check, contractDoc, field, loc, withStandard } from '../builders.js'

const table = (fields: Field[], name = 'orders'): SchemaObject => ({
  name,
  at: ['schema', name],
  fields,
  fieldsAt: ['schema', name, 'fields']
})
const withTables = (...tables: SchemaObject[]) => contractDoc({ schema: loc(tables, 'schema') })
const F = ['schema', 'orders', 'fields'] as const

describe('contract.schema', () => {
  it('accepts typed fields, nested fields and array items', () => {
    const lineItems = field('line_items', 'array', [...F, 'line_items'], {
      items: field(undefined, 'object', [...F, 'line_items', 'items'], {
        fields: [field('sku', 'string', [...F, 'line_items', 'items', 'fields', 'sku'])]
      })
    })
    expect(
      check('contract.schema', withTables(table([field('id', 'string', [...F, 'id']), lineItems])))
    ).toEqual([])
  })

  it.each([
    ['handoff-contract', 'missingNative', '`schema: { orders: { fields: { order_id: { type: string } } } }`'],
    [
      'odcs',
      'missingOdcs',
      'a `schema` list, e.g. `schema: [{ name: orders, properties: [{ name: order_id, logicalType: string }] }]`'
    ],
    ['dcs', 'missingDcs', '`models: { orders: { fields: { order_id: { type: string } } } }`']
  ] as const)('says what to add in %s when there is no schema', (standard, messageId, where) => {
    const doc = withStandard(contractDoc({ schema: undefined }), standard)
    expect(check('contract.schema', doc)).toEqual([
      { messageId, status: 'missing', at: [], message: `No schema: add ${where}.` }
    ])
  })

  it('reports an empty schema and a table without fields', () => {
    expect(check('contract.schema', withTables())).toEqual([
      {
        messageId: 'empty',
        status: 'invalid',
        at: ['schema'],
        message: 'The schema declares no tables: add at least one, with its fields.'
      }
    ])
    expect(check('contract.schema', withTables(table([])))).toEqual([
      {
        messageId: 'noFields',
        data: { object: 'orders' },
        status: 'invalid',
        at: ['schema', 'orders', 'fields'],
        message: 'Table "orders" has no fields: declare at least one, with a name and a type.'
      }
    ])
  })

  it('reports each unnamed, untyped or badly typed field at its own path, nested ones included', () => {
    const nested = field('customer', 'object', [...F, 'customer'], {
      fields: [field('email', undefined, [...F, 'customer', 'fields', 'email'])]
    })
    const array = field('tags', 'array', [...F, 'tags'], {
      items: field(undefined, 'strng', [...F, 'tags', 'items'], { typeValid: false })
    })
    const doc = withTables(table([field(undefined, 'string', [...F, 0]), nested, array]))
    expect(check('contract.schema', doc)).toEqual([
      {
        messageId: 'unnamedField',
        data: { parent: 'orders' },
        status: 'invalid',
        at: [...F, 0],
        message: 'A field of "orders" has no name: give it a `name`.'
      },
      {
        messageId: 'untypedField',
        data: { field: 'orders.customer.email', typeKey: '`type: string`' },
        status: 'invalid',
        at: [...F, 'customer', 'fields', 'email'],
        message: 'Field "orders.customer.email" has no type: give it one (`type: string`).'
      },
      {
        messageId: 'badType',
        data: { field: 'orders.tags[]', type: 'strng', standard: 'the handoff-check contract' },
        status: 'invalid',
        at: [...F, 'tags', 'items', 'type'],
        message: 'Field "orders.tags[]" has type "strng", which the handoff-check contract does not allow.'
      }
    ])
  })

  it('counts an ODCS property with only a physicalType as typed, and names logicalType when neither is set', () => {
    const P = ['schema', 0, 'properties'] as const
    const typedPhysically = field('id', undefined, [...P, 0], {
      physicalType: loc('VARCHAR', ...P, 0, 'physicalType')
    })
    const untyped = field('amount', undefined, [...P, 1])
    const doc = withStandard(withTables(table([typedPhysically, untyped])), 'odcs')
    expect(check('contract.schema', doc)).toEqual([
      {
        messageId: 'untypedField',
        data: { field: 'orders.amount', typeKey: '`logicalType: string`, or a `physicalType`' },
        status: 'invalid',
        at: [...P, 1],
        message:
          'Field "orders.amount" has no type: give it one (`logicalType: string`, or a `physicalType`).'
      }
    ])
  })

  it('does not accept a physicalType alone outside ODCS, and names the standard of a bad type', () => {
    const doc = withStandard(
      withTables(
        table([
          field('id', undefined, [...F, 'id'], { physicalType: loc('VARCHAR', ...F, 'id', 'physicalType') }),
          field('ts', 'datetime2', [...F, 'ts'], { typeValid: false })
        ])
      ),
      'dcs'
    )
    expect(check('contract.schema', doc).map((r) => r.message)).toEqual([
      'Field "orders.id" has no type: give it one (`type: string`).',
      'Field "orders.ts" has type "datetime2", which the Data Contract Specification does not allow.'
    ])
  })
})
