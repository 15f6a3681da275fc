// The upstream pairs of datacontract-cli (its v0.10 `breaking` suite and its changelog fixtures), run through the
// real formats and the engine's compareFile, as the CLI and the Action run them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { compareFile } from '../../src/core/compare.js'
import type { Change, Finding } from '../../src/vocabulary.js'

const DIR = '__tests__/fixtures/standards/datacontract-cli'
const DOCS = readFileSync('docs/breaking-changes.md', 'utf8')

function source(name: string) {
  const path = `${DIR}/${name}`
  return { path, text: readFileSync(path, 'utf8') }
}

function compare(base: { path: string; text: string }, head: { path: string; text: string }) {
  const analysis = compareFile({ base, head }, { config: defaultConfig() })
  const changes = analysis?.report.changes
  if (!changes) throw new Error(`${base.path} → ${head.path} was not compared`)
  const diffFindings = analysis.report.findings.filter((f: Finding) =>
    ['contract.breaking-change', 'contract.version-bump'].includes(f.item)
  )
  return { changes, diffFindings }
}

const count = (changes: readonly Change[], level: Change['level']) =>
  changes.filter((c) => c.level === level).length
const listed = (changes: readonly Change[]) => changes.map((c) => `${c.level} ${c.rule} ${c.path}`)

const dcs = (name: string) => source(`breaking-dcs__${name}.datacontract.yaml`)

/** Upstream's counts (errors / warnings; info not counted) from SOURCES.md, ours, and our exact changes. */
const BREAKING: readonly {
  base: string
  head: string
  upstream: [number, number]
  ours: [number, number]
  changes: string[]
}[] = [
  { base: 'fields-v2', head: 'fields-v2', upstream: [0, 0], ours: [0, 0], changes: [] },
  { base: 'quality-v1', head: 'quality-v2', upstream: [0, 0], ours: [0, 0], changes: [] },
  { base: 'quality-v2', head: 'quality-v1', upstream: [0, 1], ours: [0, 0], changes: [] },
  { base: 'quality-v2', head: 'quality-v3', upstream: [0, 2], ours: [0, 0], changes: [] },
  {
    base: 'models-v1',
    head: 'models-v2',
    upstream: [0, 0],
    ours: [0, 0],
    changes: [
      'info attribute-changed my_table.type',
      'info description-changed my_table.description',
      'info object-added my_table_2'
    ]
  },
  {
    base: 'models-v2',
    head: 'models-v1',
    upstream: [1, 0],
    ours: [1, 0],
    changes: [
      'info attribute-changed my_table.type',
      'info description-changed my_table.description',
      'error object-removed my_table_2'
    ]
  },
  {
    base: 'models-v2',
    head: 'models-v3',
    upstream: [1, 0],
    ours: [1, 0],
    changes: ['error object-type-changed my_table.type', 'info description-changed my_table.description']
  },
  {
    base: 'fields-v1',
    head: 'fields-v2',
    upstream: [0, 15],
    ours: [9, 4],
    changes: [
      'warning type-added my_table.field_type.type',
      'error format-changed my_table.field_format.format',
      'info description-changed my_table.field_description.description',
      'warning pii-changed my_table.field_pii.pii',
      'warning classification-changed my_table.field_classification.classification',
      'error constraint-tightened my_table.field_pattern.pattern',
      'error constraint-tightened my_table.field_minLength.minLength',
      'error constraint-tightened my_table.field_maxLength.maxLength',
      'error constraint-tightened my_table.field_minimum.minimum',
      'error constraint-tightened my_table.field_exclusiveMinimum.exclusiveMinimum',
      'error constraint-tightened my_table.field_maximum.maximum',
      'error constraint-tightened my_table.field_exclusiveMaximum.exclusiveMaximum',
      'error enum-narrowed my_table.field_enum.enum',
      'info tags-changed my_table.field_tags.tags',
      'warning ref-changed my_table.field_ref.ref',
      'info field-added my_table.field_fields.new_nested_field',
      'info field-added my_table.new_field'
    ]
  },
  {
    base: 'fields-v2',
    head: 'fields-v1',
    upstream: [5, 11],
    ours: [2, 4],
    changes: [
      'warning type-removed my_table.field_type.type',
      'info constraint-loosened my_table.field_format.format',
      'info description-changed my_table.field_description.description',
      'warning pii-changed my_table.field_pii.pii',
      'warning classification-changed my_table.field_classification.classification',
      'info constraint-loosened my_table.field_pattern.pattern',
      'info constraint-loosened my_table.field_minLength.minLength',
      'info constraint-loosened my_table.field_maxLength.maxLength',
      'info constraint-loosened my_table.field_minimum.minimum',
      'info constraint-loosened my_table.field_exclusiveMinimum.exclusiveMinimum',
      'info constraint-loosened my_table.field_maximum.maximum',
      'info constraint-loosened my_table.field_exclusiveMaximum.exclusiveMaximum',
      'info enum-widened my_table.field_enum.enum',
      'info tags-changed my_table.field_tags.tags',
      'warning ref-changed my_table.field_ref.ref',
      'error field-removed my_table.field_fields.new_nested_field',
      'error field-removed my_table.new_field'
    ]
  },
  {
    base: 'fields-v2',
    head: 'fields-v3',
    upstream: [15, 3],
    ours: [9, 4],
    changes: [
      'error type-changed my_table.field_type.type',
      'error format-changed my_table.field_format.format',
      'error required-tightened my_table.field_required.required',
      'error primary-key-changed my_table.field_primaryKey.primaryKey',
      'error unique-tightened my_table.field_unique.unique',
      'info description-changed my_table.field_description.description',
      'warning pii-changed my_table.field_pii.pii',
      'warning classification-changed my_table.field_classification.classification',
      'warning constraint-changed my_table.field_pattern.pattern',
      'error constraint-tightened my_table.field_minLength.minLength',
      'info constraint-loosened my_table.field_maxLength.maxLength',
      'error constraint-tightened my_table.field_minimum.minimum',
      'error constraint-tightened my_table.field_exclusiveMinimum.exclusiveMinimum',
      'info constraint-loosened my_table.field_maximum.maximum',
      'info constraint-loosened my_table.field_exclusiveMaximum.exclusiveMaximum',
      'info enum-widened my_table.field_enum.enum',
      'info tags-changed my_table.field_tags.tags',
      'warning ref-changed my_table.field_ref.ref',
      'error type-changed my_table.field_fields.nested_field_1.type'
    ]
  },
  {
    base: 'fields-array-v1',
    head: 'fields-array-v2',
    upstream: [3, 0],
    ours: [1, 2],
    changes: [
      'warning pii-changed DataType.Records[].Field1.pii',
      'info description-changed DataType.Records[].Field1.description',
      'warning classification-changed DataType.Records[].Discount.IsAutomatic.classification',
      'info description-changed DataType.Records[].Discount.IsAutomatic.description',
      'error type-changed DataType.Records[].Discount.Conditions.Hierarchy.HasArticles.type',
      'info description-changed DataType.Records[].Discount.Conditions.Hierarchy.HasArticles.description'
    ]
  }
]

describe('datacontract-cli breaking pairs (DCS 1.2.1)', () => {
  it('covers every breaking-dcs pair SOURCES.md lists', () => {
    const sources = readFileSync(`${DIR}/SOURCES.md`, 'utf8')
    const rows = [...sources.matchAll(/^\| ([a-z0-9-]+) → ([a-z0-9-]+) \| \d+ \(/gm)].map(
      (m) => `${m[1]}>${m[2]}`
    )
    expect(rows.sort()).toEqual(BREAKING.map((p) => `${p.base}>${p.head}`).sort())
  })

  it.each(BREAKING.map((p) => [`${p.base} → ${p.head}`, p] as const))('%s', (name, pair) => {
    const { changes } = compare(dcs(pair.base), dcs(pair.head))
    expect(listed(changes.changes)).toEqual(pair.changes)
    const ours: [number, number] = [count(changes.changes, 'error'), count(changes.changes, 'warning')]
    expect(ours).toEqual(pair.ours)
    const agrees = ours[0] === pair.upstream[0] && ours[1] === pair.upstream[1]
    const row = DOCS.split('\n').find((l) => l.startsWith(`| ${name} |`))
    const cells = row?.split('|').map((c) => c.trim())
    expect(cells?.slice(2, 4)).toEqual([pair.upstream.join(' / '), ours.join(' / ')])
    // Where we differ from upstream, the table says why.
    if (!agrees) expect(cells?.[4]).not.toBe('')
    expect(changes.verdict).toBe(
      ours[0] > 0 ? 'breaking' : pair.changes.length > 0 ? 'compatible' : 'unchanged'
    )
  })

  it('every pair keeps version 0.0.1, so a break is unannounced and a change unbumped', () => {
    const broken = compare(dcs('fields-v2'), dcs('fields-v3'))
    expect(broken.changes.bump).toBe('none')
    expect(broken.diffFindings.map((f) => [f.item, f.severity, f.line, f.column])).toEqual([
      ['contract.breaking-change', 'error', 5, 3]
    ])
    expect(broken.diffFindings[0].message).toBe(
      '9 breaking change(s) (my_table.field_type.type, my_table.field_format.format, my_table.field_required.required and 6 more) but the version went from 0.0.1 to 0.0.1 (none); a breaking change needs a major version increase.'
    )
    const compatible = compare(dcs('models-v1'), dcs('models-v2'))
    expect(compatible.diffFindings.map((f) => [f.item, f.severity, f.line])).toEqual([
      ['contract.version-bump', 'warning', 5]
    ])
    expect(compare(dcs('quality-v1'), dcs('quality-v2')).diffFindings).toEqual([])
  })

  it('reports head and base lines', () => {
    const lines = (base: string, head: string, path: string) => {
      const c = compare(dcs(base), dcs(head)).changes.changes.find((x) => x.path === path)!
      return [c.line, c.baseLine]
    }
    // Changed in place: the attribute's own line on both sides.
    expect(lines('fields-v2', 'fields-v3', 'my_table.field_type.type')).toEqual([13, 13])
    expect(lines('fields-v2', 'fields-v3', 'my_table.field_ref.ref')).toEqual([68, 68])
    // Added: the new attribute in the head, its field in the base.
    expect(lines('fields-v1', 'fields-v2', 'my_table.field_minimum.minimum')).toEqual([50, 36])
    // Removed: the remaining parent in the head (the model for a field, `models` for a model).
    expect(lines('fields-v2', 'fields-v1', 'my_table.new_field')).toEqual([9, 75])
    expect(lines('models-v2', 'models-v1', 'my_table_2')).toEqual([8, 16])
    expect(
      lines(
        'fields-array-v1',
        'fields-array-v2',
        'DataType.Records[].Discount.Conditions.Hierarchy.HasArticles.type'
      )
    ).toEqual([58, 58])
  })
})

describe('schema evolution (ODCS, cities v1 → v2 → v3)', () => {
  const cities = (v: number) => source(`schema-evolution__cities-v${v}.odcs.yaml`)

  it('v1 → v2 adds an optional column with a major bump: compatible, no finding', () => {
    const { changes, diffFindings } = compare(cities(1), cities(2))
    expect(changes).toMatchObject({
      baseVersion: '1.0.0',
      headVersion: '2.0.0',
      bump: 'major',
      verdict: 'compatible'
    })
    expect(changes.changes.map((c) => [c.rule, c.path, c.new, c.line, c.baseLine])).toEqual([
      ['field-added', 'cities.population', 'integer', 84, 19]
    ])
    expect(diffFindings).toEqual([])
  })

  it('v2 → v3 makes it required without a bump: contract.breaking-change at the version', () => {
    const { changes, diffFindings } = compare(cities(2), cities(3))
    expect(changes.bump).toBe('none')
    expect(changes.changes.map((c) => [c.level, c.rule, c.path, c.old, c.new, c.line, c.baseLine])).toEqual([
      ['error', 'required-tightened', 'cities.population.required', false, true, 69, 87]
    ])
    expect(diffFindings.map((f) => [f.item, f.severity, f.line, f.column])).toEqual([
      ['contract.breaking-change', 'error', 1, 1]
    ])
  })
})

describe('changelog fixtures (ODCS)', () => {
  const GOLDEN = readFileSync(`${DIR}/changelog__golden_expected_output.txt`, 'utf8')
  /** The Summary table's paths, in our naming: `schema.orders.properties.region` → `orders.region`. */
  const goldenSummary = () => {
    const summary = GOLDEN.slice(0, GOLDEN.indexOf('Details'))
    return [...summary.matchAll(/^│ (?:Added|Removed|Updated) +│ (\S+) +│$/gm)].map((m) =>
      m[1].replace(/^schema\.([^.]+)\.properties\.([^.]+)$/, '$1.$2').replace(/^schema\.([^.]+)$/, '$1')
    )
  }
  /** Our changes at the level of the golden summary: an object, or an object's top-level field. */
  const summaryOf = (changes: readonly Change[]) => [
    ...new Set(changes.map((c) => c.path.split('.').slice(0, 2).join('.')))
  ]

  it('integration v1 → v2: the same changed paths as upstream wherever the model carries them', () => {
    const { changes, diffFindings } = compare(
      source('changelog__integration_v1.odcs.yaml'),
      source('changelog__integration_v2.odcs.yaml')
    )
    expect(listed(changes.changes)).toEqual([
      'info description-changed orders.order_id.description',
      'error field-removed orders.customer_id',
      'error type-changed orders.order_date.type',
      'error required-tightened orders.total_amount.required',
      'info field-added orders.region',
      'info object-added customers'
    ])
    const golden = goldenSummary()
    expect(golden).toHaveLength(8)
    // The two upstream lists that we do not: the version (our bump, major here) and an SLA the model lacks.
    expect(golden.filter((p) => !summaryOf(changes.changes).includes(p))).toEqual([
      'slaProperties.availability',
      'version'
    ])
    expect(summaryOf(changes.changes).sort()).toEqual(
      golden.filter((p) => p !== 'slaProperties.availability' && p !== 'version').sort()
    )
    expect(changes.bump).toBe('major')
    expect(diffFindings).toEqual([])
  })

  it('unit v1 → v2: schema changes as in integration, plus the contract name; the rest is not on the model', () => {
    const { changes } = compare(
      source('changelog__unit_v1.odcs.yaml'),
      source('changelog__unit_v2.odcs.yaml')
    )
    expect(listed(changes.changes)).toEqual([
      'info attribute-changed name',
      'info description-changed orders.order_id.description',
      'error field-removed orders.customer_id',
      'error type-changed orders.order_date.type',
      'error required-tightened orders.total_amount.required',
      'info field-added orders.region',
      'info object-added customers'
    ])
    expect(changes.changes.map((c) => [c.path, c.line, c.baseLine]).slice(0, 3)).toEqual([
      ['name', 4, 4],
      ['orders.order_id.description', 39, 39],
      ['orders.customer_id', 26, 40]
    ])
  })
})

describe('across standards: ODCS base, DCS head', () => {
  const ODCS = [
    'version: 1.0.0',
    'kind: DataContract',
    'apiVersion: v3.1.0',
    'id: orders',
    'name: Orders',
    'status: active',
    'schema:',
    '  - name: orders',
    '    physicalType: table',
    '    properties:',
    '      - name: id',
    '        logicalType: string',
    '        required: true',
    '      - name: customer_id',
    '        logicalType: string',
    '      - name: amount',
    '        logicalType: number',
    ''
  ].join('\n')
  const DCS = [
    'dataContractSpecification: 1.2.1',
    'id: orders',
    'info:',
    '  title: Orders',
    '  version: 1.0.0',
    'models:',
    '  orders:',
    '    type: table',
    '    fields:',
    '      id:',
    '        type: string',
    '        required: true',
    '      amount:',
    '        type: number',
    ''
  ].join('\n')

  it('moving the table to DCS is no change; dropping a field there is the one breaking change', () => {
    const { changes, diffFindings } = compare(
      { path: 'contracts/orders.odcs.yaml', text: ODCS },
      { path: 'contracts/orders.datacontract.yaml', text: DCS }
    )
    expect(changes).toEqual({
      basePath: 'contracts/orders.odcs.yaml',
      migration: { from: 'ODCS v3.1.0', to: 'DCS 1.2.1' },
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
      bump: 'none',
      verdict: 'breaking',
      changes: [
        {
          rule: 'field-removed',
          level: 'error',
          path: 'orders.customer_id',
          old: 'string',
          message: 'Field orders.customer_id was removed.',
          line: 7,
          baseLine: 14
        }
      ]
    })
    expect(diffFindings.map((f) => [f.item, f.path, f.line])).toEqual([
      ['contract.breaking-change', 'contracts/orders.datacontract.yaml', 5]
    ])
  })
})
