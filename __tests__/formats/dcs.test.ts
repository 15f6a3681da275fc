import { describe, expect, it } from '@jest/globals'
import { contract, fixture, load } from './load.js'

describe('Data Contract Specification', () => {
  const orders = fixture('datacontract-specification/example__orders-latest.datacontract.yaml')
  const doc = contract(orders)

  it('reads the spec version, id, title, version and owner on their lines', () => {
    expect(doc.standard).toBe('dcs')
    expect(doc.standardVersion).toBe('1.2.0')
    expect(doc.id).toEqual({ value: 'orders-latest', at: ['id'] })
    expect(doc.name).toEqual({ value: 'Orders Latest', at: ['info', 'title'] })
    expect(doc.version).toEqual({ value: '2.0.0', at: ['info', 'version'] })
    expect(orders.line(doc.version!.at)).toBe(5)
    expect(doc.owners).toEqual([{ value: 'Checkout Team', at: ['info', 'owner'] }])
    expect(orders.line(doc.owners[0].at)).toBe(10)
    expect(doc.versionAnchor).toEqual(['info'])
    expect(doc.ownerAnchor).toEqual(['info'])
  })

  it('reads freshness from servicelevels.freshness.threshold', () => {
    expect(doc.freshness).toEqual({
      at: ['servicelevels', 'freshness'],
      value: { value: '25h', at: ['servicelevels', 'freshness', 'threshold'] }
    })
    expect(orders.line(doc.freshness!.value.at)).toBe(194)
    expect(doc.freshnessAnchor).toEqual(['servicelevels', 'freshness'])
  })

  it('falls back to the latency threshold, and anchors a missing freshness on servicelevels', () => {
    const base = [
      'dataContractSpecification: 1.2.1',
      'id: x',
      'info: { title: X, version: 1.0.0 }',
      'servicelevels:'
    ]
    const latency = load('x.yaml', [...base, '  latency:', '    threshold: 2h', ''].join('\n'))
    expect(contract(latency).freshness).toEqual({
      at: ['servicelevels', 'latency'],
      value: { value: '2h', at: ['servicelevels', 'latency', 'threshold'] }
    })
    expect(latency.line(contract(latency).freshness!.value.at)).toBe(6)
    const none = load('x.yaml', [...base, '  retention: { period: P1Y }', ''].join('\n'))
    expect(contract(none).freshness).toBeUndefined()
    expect(none.line(contract(none).freshnessAnchor)).toBe(4)
  })

  it('prefers freshness to latency', () => {
    const text = [
      'dataContractSpecification: 1.2.1',
      'id: x',
      'info: { title: X, version: 1.0.0 }',
      'servicelevels:',
      '  latency: { threshold: 25h }',
      '  freshness:',
      '    threshold: 1h',
      ''
    ].join('\n')
    const loaded = load('x.yaml', text)
    expect(contract(loaded).freshness).toEqual({
      at: ['servicelevels', 'freshness'],
      value: { value: '1h', at: ['servicelevels', 'freshness', 'threshold'] }
    })
    expect(loaded.line(contract(loaded).freshness!.value.at)).toBe(7)
    expect(contract(loaded).issues).toEqual([])
  })

  it('maps models and resolves $ref field types from definitions', () => {
    expect(doc.schema?.at).toEqual(['models'])
    expect(doc.schema?.value.map((m) => [m.name, m.type?.value, orders.line(m.at)])).toEqual([
      ['orders', 'table', 44],
      ['line_items', 'table', 126]
    ])
    const [ordersModel] = doc.schema!.value
    expect(ordersModel.fieldsAt).toEqual(['models', 'orders', 'fields'])
    expect(ordersModel.fields.map((f) => f.name)).toEqual([
      'order_id',
      'order_timestamp',
      'order_total',
      'customer_id',
      'customer_email_address',
      'processed_timestamp'
    ])
    const at = ['models', 'orders', 'fields', 'order_id']
    expect(ordersModel.fields[0]).toEqual({
      name: 'order_id',
      at,
      type: { value: 'text', at: [...at, '$ref'] },
      typeValid: true,
      required: { value: true, at: [...at, 'required'] },
      unique: { value: true, at: [...at, 'unique'] },
      primaryKey: { value: true, at: [...at, 'primaryKey'] },
      fields: []
    })
    expect(orders.line(ordersModel.fields[0].type!.at)).toBe(49)
  })

  it('maps every attribute of a field, with booleans and numbers as such', () => {
    const fields = contract(orders).schema!.value[0].fields
    const email = ['models', 'orders', 'fields', 'customer_email_address']
    expect(fields[4]).toEqual({
      name: 'customer_email_address',
      at: email,
      type: { value: 'text', at: [...email, 'type'] },
      typeValid: true,
      format: { value: 'email', at: [...email, 'format'] },
      required: { value: true, at: [...email, 'required'] },
      pii: { value: true, at: [...email, 'pii'] },
      classification: { value: 'sensitive', at: [...email, 'classification'] },
      description: { value: 'The email address, as entered by the customer.', at: [...email, 'description'] },
      fields: []
    })
    expect(fields[3].minLength).toEqual({
      value: 10,
      at: ['models', 'orders', 'fields', 'customer_id', 'minLength']
    })
    expect(fields[3].maxLength?.value).toBe(20)
    expect(fields[1].tags?.value).toEqual(['business-timestamp'])
    expect(fields[1].examples?.value).toEqual(['2024-09-09T08:30:00Z'])
    expect(fields[2].examples?.value).toEqual([9999])
  })

  it('maps nested fields and array items', () => {
    const loaded = fixture('datacontract-cli/breaking-dcs__fields-array-v1.datacontract.yaml')
    const [records] = contract(loaded).schema!.value[0].fields
    expect(records.name).toBe('Records')
    expect(records.type?.value).toBe('array')
    expect(records.items?.at).toEqual(['models', 'DataType', 'fields', 'Records', 'items'])
    expect(records.items?.type?.value).toBe('object')
    expect(records.items?.fields.map((f) => [f.name, f.type?.value, loaded.line(f.at)])).toEqual([
      ['Field1', 'int', 24],
      ['Discount', 'record', 31]
    ])
    const discount = records.items!.fields[1]
    expect(discount.fields.map((f) => [f.name, f.required?.value, f.pii?.value])).toEqual([
      ['IsAutomatic', true, false],
      ['Conditions', true, undefined]
    ])
    expect(discount.fields[1].fields.map((f) => [f.name, f.type?.value, f.fields.length])).toEqual([
      ['Min1', 'double', 0],
      ['Hierarchy', 'record', 1]
    ])
  })

  it('marks types outside the DCS list invalid and keeps an unresolvable $ref as typed', () => {
    const text = [
      'dataContractSpecification: 1.2.1',
      'id: x',
      'info: { title: X, version: 1.0.0 }',
      'models:',
      '  m:',
      '    fields:',
      '      a: { type: uuid }',
      '      b: { $ref: "https://example.com/defs#/id" }',
      '      c: { required: "yes", minLength: "3" }',
      ''
    ].join('\n')
    const [a, b, c] = contract(load('x.yaml', text)).schema!.value[0].fields
    expect([a.type?.value, a.typeValid]).toEqual(['uuid', false])
    expect([b.type?.value, b.typeValid]).toEqual(['https://example.com/defs#/id', true])
    expect(c).toEqual({ name: 'c', at: ['models', 'm', 'fields', 'c'], fields: [] })
  })

  it('validates DCS 1.1.x files against the 1.1.0 schema', () => {
    const text = 'dataContractSpecification: 1.1.0\nid: x\ninfo:\n  title: X\n  version: 1.0.0\nmodels: {}\n'
    const loaded = load('x.yaml', text)
    expect(contract(loaded).standardVersion).toBe('1.1.0')
    expect(contract(loaded).issues).toEqual([
      { item: 'contract.schema', message: 'models: must NOT have fewer than 1 properties', at: ['models'] }
    ])
    expect(contract(loaded).schema).toEqual({ value: [], at: ['models'] })
  })

  it('does not report a missing info.version twice', () => {
    const loaded = load('x.yaml', 'dataContractSpecification: 1.2.1\nid: x\ninfo:\n  title: X\n')
    expect(contract(loaded).issues).toEqual([])
    expect(contract(loaded).version).toBeUndefined()
    expect(loaded.line(contract(loaded).versionAnchor)).toBe(3)
    expect(contract(loaded).schema).toBeUndefined()
  })
})
