import { describe, expect, it } from '@jest/globals'
import { contract, fixture, load } from './load.js'

const HEAD = ['apiVersion: v3.1.0', 'kind: DataContract', 'id: x', 'version: 1.0.0', 'status: active']

function odcs(...lines: string[]) {
  return load('x.odcs.yaml', [...HEAD, ...lines, ''].join('\n'))
}

describe('Open Data Contract Standard: owner', () => {
  it('takes a customProperties owner first', () => {
    const loaded = odcs(
      'team:',
      '  members:',
      '    - { username: alice, role: owner }',
      'customProperties:',
      '  - property: domain',
      '    value: sales',
      '  - property: owner',
      '    value: "@acme/sales-data"'
    )
    const doc = contract(loaded)
    expect(doc.owners).toEqual([{ value: '@acme/sales-data', at: ['customProperties', 1, 'value'] }])
    expect(loaded.line(doc.owners[0].at)).toBe(13)
    expect(doc.ownerAnchor).toEqual([])
    expect(doc.issues).toEqual([])
  })

  it('takes team members whose role names an owner next, username before name', () => {
    const loaded = odcs(
      'team:',
      '  name: sales',
      '  members:',
      '    - { username: bob, role: Data Scientist }',
      '    - { username: alice, name: Alice, role: Data Owner }',
      '    - { name: Carol, role: product owner }',
      'support:',
      '  - { channel: mail, url: "mailto:sales@acme.com" }'
    )
    const doc = contract(loaded)
    expect(doc.owners).toEqual([
      { value: 'alice', at: ['team', 'members', 1, 'username'] },
      { value: 'Carol', at: ['team', 'members', 2, 'name'] }
    ])
    expect(doc.owners.map((o) => loaded.line(o.at))).toEqual([10, 11])
  })

  it('reads a v3.0 team list too', () => {
    const loaded = load(
      'x.odcs.yaml',
      ['apiVersion: v3.0.2', 'kind: DataContract', 'id: x', 'version: 1.0.0', 'status: active', 'team:']
        .concat(['  - { username: dave, role: owner }', ''])
        .join('\n')
    )
    expect(contract(loaded).owners).toEqual([{ value: 'dave', at: ['team', 0, 'username'] }])
    expect(contract(loaded).issues).toEqual([])
  })

  it('takes the v3.1 team name when no member is named as owner', () => {
    const loaded = odcs(
      'team:',
      '  name: Checkout Team',
      '  members:',
      '    - { username: ceastwood, role: Data Scientist }',
      'support:',
      '  - { channel: mail, url: "mailto:checkout@acme.com" }'
    )
    expect(contract(loaded).owners).toEqual([{ value: 'Checkout Team', at: ['team', 'name'] }])
    expect(loaded.line(contract(loaded).owners[0].at)).toBe(7)
    expect(contract(loaded).issues).toEqual([])
  })

  it('skips a blank team name for the support channels', () => {
    const loaded = odcs(
      'team:',
      '  name: "  "',
      'support:',
      '  - { channel: mail, url: "mailto:x@acme.com" }'
    )
    expect(contract(loaded).owners).toEqual([{ value: 'x@acme.com', at: ['support', 0, 'url'] }])
  })

  it('keeps a top-level owner, which ODCS does not read, for contract.owner to point at', () => {
    const loaded = odcs('owner: Checkout Team')
    const doc = contract(loaded)
    expect([doc.owners, doc.strayOwner]).toEqual([[], { value: 'Checkout Team', at: ['owner'] }])
    // Reported once, by contract.owner: not also as the schema's additional property.
    expect(doc.issues).toEqual([])
    const both = odcs('owner: Checkout Team', 'team: { name: Checkout }')
    expect(contract(both).strayOwner).toBeUndefined()
    expect(contract(both).issues).toEqual([
      { item: 'file.schema', message: "must NOT have additional property 'owner'", at: ['owner'] }
    ])
  })

  it('falls back to mailto: support channels, as the address', () => {
    const loaded = odcs(
      'support:',
      '  - { channel: "#sales", tool: slack, url: "https://acme.slack.com/x" }',
      '  - channel: list',
      '    url: mailto:sales@acme.com'
    )
    expect(contract(loaded).owners).toEqual([{ value: 'sales@acme.com', at: ['support', 1, 'url'] }])
    expect(loaded.line(contract(loaded).owners[0].at)).toBe(9)
  })

  it('finds the owner role in the standard full example', () => {
    const loaded = fixture('open-data-contract-standard/example__all__full-example.odcs.yaml')
    expect(contract(loaded).owners).toEqual([{ value: 'daustin', at: ['team', 'members', 2, 'username'] }])
    expect(loaded.line(contract(loaded).owners[0].at)).toBe(243)
  })

  it('names no owner when none of the three is there, anchored at the root', () => {
    const loaded = fixture('datacontract-cli/example__orders.odcs.yaml')
    expect(contract(loaded).owners).toEqual([])
    expect(loaded.line(contract(loaded).ownerAnchor)).toBe(1)
  })
})

describe('Open Data Contract Standard: version and freshness', () => {
  it('reads version, apiVersion, id and name', () => {
    const loaded = fixture('datacontract-cli/example__orders.odcs.yaml')
    const doc = contract(loaded)
    expect(doc.standard).toBe('odcs')
    expect(doc.standardVersion).toBe('v3.1.0')
    expect(doc.version).toEqual({ value: '1.0.0', at: ['version'] })
    expect(loaded.line(doc.version!.at)).toBe(5)
    expect(doc.id?.value).toBe('urn:datacontract:checkout:orders')
    expect(doc.name).toEqual({ value: 'Orders', at: ['name'] })
    expect(doc.versionAnchor).toEqual([])
  })

  it('reads freshness from slaProperties with its unit', () => {
    const loaded = fixture('datacontract-cli/example__orders.odcs.yaml')
    expect(contract(loaded).freshness).toEqual({
      at: ['slaProperties', 1],
      value: { value: 24, at: ['slaProperties', 1, 'value'] },
      unit: { value: 'h', at: ['slaProperties', 1, 'unit'] }
    })
    expect(loaded.line(contract(loaded).freshness!.value.at)).toBe(111)
  })

  it('falls back to the latency property', () => {
    const loaded = fixture('open-data-contract-standard/example__sla__database-table-sla.odcs.yaml')
    expect(contract(loaded).freshness).toEqual({
      at: ['slaProperties', 0],
      value: { value: 4, at: ['slaProperties', 0, 'value'] },
      unit: { value: 'd', at: ['slaProperties', 0, 'unit'] }
    })
    expect(loaded.line(contract(loaded).freshness!.value.at)).toBe(12)
  })

  it('anchors a missing freshness on slaProperties, or on the root without them', () => {
    const withSla = odcs('slaProperties:', '  - { property: retention, value: 1, unit: y }')
    expect(contract(withSla).freshness).toBeUndefined()
    expect(contract(withSla).freshnessAnchor).toEqual(['slaProperties'])
    expect(withSla.line(contract(withSla).freshnessAnchor)).toBe(6)
    expect(contract(odcs()).freshnessAnchor).toEqual([])
  })

  it('does not report a missing version twice', () => {
    const loaded = load('x.odcs.yaml', 'apiVersion: v3.1.0\nkind: DataContract\nid: x\nstatus: draft\n')
    expect(contract(loaded).version).toBeUndefined()
    expect(contract(loaded).issues).toEqual([])
  })
})

describe('Open Data Contract Standard: schema', () => {
  it('maps schema objects and properties with logical and physical types', () => {
    const loaded = fixture('datacontract-cli/example__orders.odcs.yaml')
    const schema = contract(loaded).schema!
    expect(schema.at).toEqual(['schema'])
    const [orders] = schema.value
    expect([orders.name, orders.type?.value, orders.description?.value, loaded.line(orders.at)]).toEqual([
      'orders',
      'table',
      'One row per customer order.',
      28
    ])
    expect(orders.fieldsAt).toEqual(['schema', 0, 'properties'])
    const at = ['schema', 0, 'properties', 0]
    expect(orders.fields[0]).toEqual({
      name: 'order_id',
      at,
      type: { value: 'string', at: [...at, 'logicalType'] },
      typeValid: true,
      physicalType: { value: 'VARCHAR', at: [...at, 'physicalType'] },
      required: { value: true, at: [...at, 'required'] },
      unique: { value: true, at: [...at, 'unique'] },
      primaryKey: { value: true, at: [...at, 'primaryKey'] },
      description: { value: 'Unique identifier of the order.', at: [...at, 'description'] },
      examples: { value: ['ORD-1001', 'ORD-1002'], at: [...at, 'examples'] },
      fields: []
    })
    expect(orders.fields.map((f) => [f.name, f.type?.value, loaded.line(f.at)]).slice(0, 4)).toEqual([
      ['order_id', 'string', 33],
      ['order_timestamp', 'timestamp', 43],
      ['customer_id', 'string', 48],
      ['order_total', 'number', 53]
    ])
  })

  it('maps logicalTypeOptions: numbers as numbers, date bounds as the text written', () => {
    const loaded = fixture('open-data-contract-standard/example__data-types__all-data-types.odcs.yaml')
    const [account, date] = contract(loaded).schema!.value[0].fields
    const opts = [...account.at, 'logicalTypeOptions']
    expect([account.minLength, account.maxLength, account.pattern]).toEqual([
      { value: 11, at: [...opts, 'minLength'] },
      { value: 11, at: [...opts, 'maxLength'] },
      { value: 'ACC[0-9]{8}', at: [...opts, 'pattern'] }
    ])
    // Date bounds are strings in ODCS; the model keeps them as written for the diff to compare as dates.
    const dateOpts = [...date.at, 'logicalTypeOptions']
    expect([date.exclusiveMinimum, date.maximum, date.format?.value]).toEqual([
      { value: '2020-01-01', at: [...dateOpts, 'exclusiveMinimum'] },
      { value: '2021-01-01', at: [...dateOpts, 'maximum'] },
      'yyyy-MM-dd'
    ])
    expect([loaded.line(date.exclusiveMinimum!.at), loaded.line(date.maximum!.at)]).toEqual([25, 26])
  })

  it('maps nested properties and array items', () => {
    const loaded = fixture('open-data-contract-standard/example__schema__all-schema-types.odcs.yaml')
    const objects = contract(loaded).schema!.value
    const anObject = objects.find((o) => o.name === 'AnObject')!
    const [streetLines] = anObject.fields
    expect(streetLines.type?.value).toBe('array')
    expect(streetLines.items).toEqual({
      at: [...streetLines.at, 'items'],
      type: { value: 'string', at: [...streetLines.at, 'items', 'logicalType'] },
      typeValid: true,
      physicalType: { value: 'string', at: [...streetLines.at, 'items', 'physicalType'] },
      fields: []
    })
    expect(loaded.line(streetLines.items!.at)).toBe(84)
    const [x] = objects.find((o) => o.name === 'AnotherObject')!.fields
    expect(
      x.items?.fields.map((f) => [f.name, f.type?.value, f.physicalType?.value, loaded.line(f.at)])
    ).toEqual([
      ['id', 'string', 'VARCHAR(40)', 97],
      ['zip', 'string', 'VARCHAR(15)', 100]
    ])
  })

  it('marks logical types outside the standard invalid, falls back to a physical type, and leaves unnamed properties unnamed', () => {
    const loaded = odcs(
      'schema:',
      '  - name: t',
      '    properties:',
      '      - { name: a, logicalType: uuid }',
      '      - { name: b, physicalType: VARCHAR(3) }',
      '      - { logicalType: string, primaryKeyPosition: 1 }'
    )
    const [a, b, c] = contract(loaded).schema!.value[0].fields
    expect([a.type?.value, a.typeValid]).toEqual(['uuid', false])
    expect([b.type, b.typeValid]).toEqual([{ value: 'VARCHAR(3)', at: [...b.at, 'physicalType'] }, true])
    expect([c.name, c.primaryKeyPosition?.value]).toEqual([undefined, 1])
    // The enum error for `uuid` is left to contract.schema (typeValid); the missing name is the schema's.
    expect(contract(loaded).issues).toEqual([
      {
        item: 'contract.schema',
        message: "schema[0].properties[2]: must have required property 'name'",
        at: ['schema', 0, 'properties', 2]
      }
    ])
    expect(loaded.line(contract(loaded).issues[0].at)).toBe(11)
  })

  it('reads an enum from the first `enum` custom property with a list, at its value', () => {
    const loaded = odcs(
      [
        'schema:',
        '  - name: orders',
        '    properties:',
        '      - name: status',
        '        logicalType: string',
        '        customProperties:',
        '          - { property: enum, value: shipped }',
        '          - { property: owner, value: [a] }',
        '          - property: enum',
        '            value: [pending, shipped]',
        '          - { property: enum, value: [other] }'
      ].join('\n')
    )
    const [status] = contract(loaded).schema!.value[0].fields
    expect(status.enum).toEqual({
      value: ['pending', 'shipped'],
      at: [...status.at, 'customProperties', 2, 'value']
    })
    expect(loaded.line(status.enum!.at)).toBe(15)
    expect(status.fields).toEqual([])
  })

  it('keeps an empty schema apart from a missing one', () => {
    expect(contract(odcs('schema: []')).schema).toEqual({ value: [], at: ['schema'] })
    expect(contract(odcs()).schema).toBeUndefined()
    expect(contract(odcs()).schemaAnchor).toEqual([])
  })
})

describe('Open Data Contract Standard: validation', () => {
  it('validates v3.0.x against v3.0.2 and everything else against v3.1.0', () => {
    // `status` is required by both; `kind` must be the constant DataContract in both.
    const v30 = load(
      'x.odcs.yaml',
      'apiVersion: v3.0.1\nkind: DataContract\nid: x\nversion: 1.0.0\ntags: 3\n'
    )
    expect(contract(v30).issues.map((i) => i.message)).toEqual([
      "must have required property 'status'",
      'tags: must be array'
    ])
    const v31 = load(
      'x.odcs.yaml',
      'apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: 3\n'
    )
    expect(contract(v31).issues).toEqual([
      { item: 'file.schema', message: 'status: must be string', at: ['status'] }
    ])
  })

  it('passes a v3.0.x file that either v3.0.2 or v3.1.0 accepts, and reports the same for a v3.1.0 file', () => {
    const head = (api: string) => [
      `apiVersion: ${api}`,
      'kind: DataContract',
      'id: x',
      'version: 1.0.0',
      'status: active'
    ]
    // A boolean exclusiveMinimum is v3.0.2's form only; a team object is v3.1.0's only.
    const booleanBound = [
      'schema:',
      '  - name: t',
      '    properties:',
      '      - name: amount',
      '        logicalType: number',
      '        logicalTypeOptions: { minimum: 0, exclusiveMinimum: true }',
      ''
    ]
    const teamObject = ['team:', '  name: core', '  members:', '    - username: ana', '']
    expect(contract(load('x.odcs.yaml', [...head('v3.0.2'), ...booleanBound].join('\n'))).issues).toEqual([])
    expect(contract(load('x.odcs.yaml', [...head('v3.0.2'), ...teamObject].join('\n'))).issues).toEqual([])
    const v31 = load('x.odcs.yaml', [...head('v3.1.0'), ...booleanBound].join('\n'))
    expect(contract(v31).issues.map((i) => [i.message, v31.line(i.at)])).toEqual([
      ['schema[0].properties[0].logicalTypeOptions.exclusiveMinimum: must be number', 11]
    ])
  })

  it('validates v3.2.x against v3.2.0: its map type and property enums, which v3.1.0 rejects', () => {
    const body = [
      'id: x',
      'version: 1.0.0',
      'status: active',
      'schema:',
      '  - name: products',
      '    properties:',
      '      - name: prefs',
      '        logicalType: map',
      '        map:',
      '          key: { logicalType: string }',
      '          value: { logicalType: integer }',
      '      - name: status',
      '        logicalType: string',
      '        enum:',
      '          - { value: pending, label: Pending }',
      '          - { value: shipped }',
      ''
    ]
    const v32 = load('x.odcs.yaml', ['apiVersion: v3.2.0', 'kind: DataContract', ...body].join('\n'))
    const [prefs, status] = contract(v32).schema!.value[0].fields
    expect([prefs.type?.value, prefs.typeValid]).toEqual(['map', true])
    expect(status.enum).toEqual({ value: ['pending', 'shipped'], at: [...status.at, 'enum'] })
    expect(v32.line(status.enum!.at)).toBe(16)
    expect(contract(v32).issues).toEqual([])

    const v31 = load('x.odcs.yaml', ['apiVersion: v3.1.0', 'kind: DataContract', ...body].join('\n'))
    expect(contract(v31).schema!.value[0].fields[0].typeValid).toBe(false)
    // `map` is contract.schema's own finding (a type v3.1 does not allow); `enum` is the schema's.
    expect(contract(v31).issues.map((i) => [i.item, i.message, v31.line(i.at)])).toEqual([
      ['contract.schema', "schema[0].properties[1]: must NOT have unevaluated property 'enum'", 16]
    ])
  })

  it('recognises only the v3 apiVersions it reads: v3.0 to v3.2', () => {
    expect(load('x.yaml', 'apiVersion: v2.2.2\nkind: DataContract\n').format).toBeUndefined()
    expect(load('x.yaml', 'apiVersion: v3.3.0\nkind: DataContract\n').format).toBeUndefined()
    expect(load('x.yaml', 'apiVersion: v3.2.0\nkind: DataContract\n').format?.standard).toBe('odcs')
    expect(load('x.yaml', 'apiVersion: v3.2.1\nkind: DataContract\n').format?.standard).toBe('odcs')
    expect(load('x.json', '{"apiVersion": "v3.1.0", "kind": "DataContract"}').format?.standard).toBe('odcs')
  })
})
