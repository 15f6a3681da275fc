// The links index, pure: entries from real files through the engine, resolution by path and by id, ranges.
import { describe, expect, it } from '@jest/globals'
import { readDoc } from '../../src/core/engine.js'
import {
  buildLinksIndex,
  dependentsOf,
  entryOf,
  rangeVerdict,
  resolveContract
} from '../../src/core/links/index.js'
import type { CardEntry, ContractEntry } from '../../src/core/links/index.js'

const entry = (path: string, text: string) => {
  const read = readDoc({ path, text })
  return read && entryOf(path, read)
}

const ODCS = [
  'apiVersion: v3.1.0',
  'kind: DataContract',
  'id: urn:acme:orders',
  'name: orders',
  'version: 2.1.0',
  'status: active',
  ''
].join('\n')
const DCS = [
  'dataContractSpecification: 1.1.0',
  'id: customers',
  'info:',
  '  title: Customers',
  '  version: 1.4.0',
  ''
].join('\n')
const NATIVE = ['apiVersion: handoff-check/v1', 'kind: HandoffContract', 'id: events', 'version: 3', ''].join(
  '\n'
)

describe('index entries', () => {
  it('reads a contract entry (path, id, name, version as text) from ODCS, DCS and the native format', () => {
    expect(entry('contracts/orders.yaml', ODCS)).toEqual({
      path: 'contracts/orders.yaml',
      id: 'urn:acme:orders',
      name: 'orders',
      version: '2.1.0'
    })
    expect(entry('contracts/customers.yaml', DCS)).toEqual({
      path: 'contracts/customers.yaml',
      id: 'customers',
      name: 'Customers',
      version: '1.4.0'
    })
    expect(entry('contracts/events.yaml', NATIVE)).toEqual({
      path: 'contracts/events.yaml',
      id: 'events',
      version: '3'
    })
  })

  it('reads a card entry with its owners, drift owners and every link with its line', () => {
    const text = [
      'apiVersion: handoff-check/v1',
      'kind: ModelCard',
      'name: churn',
      'owners: ["@acme/ml", "ml@acme.com"]',
      'trainingData:',
      '  contract: contracts/orders.yaml',
      '  contractVersion: ^2.0.0',
      'serving:',
      '  inputs:',
      '    - contract: customers',
      'ownership:',
      '  drift: "@acme/data-eng"',
      ''
    ].join('\n')
    expect(entry('models/churn.modelcard.yaml', text)).toEqual({
      path: 'models/churn.modelcard.yaml',
      name: 'churn',
      owners: ['@acme/ml', 'ml@acme.com'],
      driftOwners: ['@acme/data-eng'],
      links: [
        { role: 'training', contract: 'contracts/orders.yaml', range: '^2.0.0', line: 6 },
        { role: 'serving', contract: 'customers', line: 10 }
      ]
    })
  })

  it('reads the links of a Hugging Face card and a Model Card Toolkit card', () => {
    const hf = [
      '---',
      'library_name: sklearn',
      'handoff:',
      '  owner: "@acme/nlp"',
      '  trainingData:',
      '    contract: urn:acme:orders',
      '    contractVersion: "^1"',
      '---',
      ''
    ].join('\n')
    expect(entry('models/router/README.md', hf)).toEqual({
      path: 'models/router/README.md',
      owners: ['@acme/nlp'],
      driftOwners: [],
      links: [{ role: 'training', contract: 'urn:acme:orders', range: '^1', line: 6 }]
    })
    const mct = JSON.stringify({
      model_details: { name: 'fraud', owners: [{ name: 'Risk', contact: '@acme/risk' }] },
      handoff: { serving: { inputs: [{ contract: 'contracts/orders.yaml' }] } }
    })
    expect(entry('models/fraud.json', mct)).toEqual({
      path: 'models/fraud.json',
      name: 'fraud',
      owners: ['@acme/risk'],
      driftOwners: [],
      links: [{ role: 'serving', contract: 'contracts/orders.yaml', line: 1 }]
    })
  })
})

const orders: ContractEntry = { path: 'contracts/orders.yaml', id: 'urn:acme:orders', version: '2.1.0' }
const customers: ContractEntry = { path: 'contracts/customers.yaml', id: 'customers', version: '1.4.0' }

describe('resolution', () => {
  it('finds a contract by its repository path (with or without ./) and by its id', () => {
    expect(resolveContract([orders, customers], 'contracts/orders.yaml')).toEqual({
      kind: 'found',
      contract: orders
    })
    expect(resolveContract([orders, customers], './contracts/orders.yaml')).toEqual({
      kind: 'found',
      contract: orders
    })
    expect(resolveContract([orders, customers], 'customers')).toEqual({ kind: 'found', contract: customers })
  })

  it('a path wins over an id; an id two contracts share is ambiguous; a link to nothing is none', () => {
    const odd: ContractEntry = { path: 'customers', id: 'x' }
    expect(resolveContract([customers, odd], 'customers')).toEqual({ kind: 'found', contract: odd })
    const twin: ContractEntry = { path: 'legacy/orders.yaml', id: 'urn:acme:orders' }
    expect(resolveContract([orders, twin], 'urn:acme:orders')).toEqual({
      kind: 'ambiguous',
      paths: ['contracts/orders.yaml', 'legacy/orders.yaml']
    })
    expect(resolveContract([orders], 'contracts/order.yaml')).toEqual({ kind: 'none' })
  })
})

describe('ranges', () => {
  it.each([
    ['2.1.0', '^2.1.0', 'satisfied'],
    ['v2.1.0', '^2', 'satisfied'],
    ['3.0.0', '^2.1.0', 'outside'],
    ['2.0.9', '>=2.1.0 <3', 'outside'],
    ['2.1.0', undefined, 'no-range'],
    ['2.1.0', 'two', 'bad-range'],
    ['2026-10-01', '^2', 'not-semver'],
    [undefined, '^2', 'not-semver']
  ] as const)('%s against %s is %s', (version, range, verdict) => {
    expect(rangeVerdict(version, range)).toBe(verdict)
  })
})

describe('dependents', () => {
  const card = (path: string, contract: string, range?: string): CardEntry => ({
    path,
    owners: ['@acme/ml'],
    driftOwners: ['@acme/data-eng'],
    links: [{ role: 'training', contract, ...(range ? { range } : {}), line: 4 }]
  })
  const index = buildLinksIndex([
    card('models/b.yaml', 'urn:acme:orders', '^1'),
    customers,
    card('models/a.yaml', 'contracts/orders.yaml', '^2'),
    { path: 'models/none.yaml', owners: [], driftOwners: [], links: [] },
    orders,
    card('models/c.yaml', 'customers'),
    card('models/d.yaml', 'contracts/customers.yaml')
  ])

  it('keeps contracts and linking cards, in path order', () => {
    expect(index.contracts.map((c) => c.path)).toEqual(['contracts/customers.yaml', 'contracts/orders.yaml'])
    expect(index.cards.map((c) => c.path)).toEqual([
      'models/a.yaml',
      'models/b.yaml',
      'models/c.yaml',
      'models/d.yaml'
    ])
  })

  it('lists the cards naming a contract by path or id, each with its impact', () => {
    const change = { paths: ['contracts/orders.yaml'], id: 'urn:acme:orders', version: '2.1.0' }
    expect(dependentsOf(index.cards, change)).toEqual([
      {
        card: 'models/a.yaml',
        owners: ['@acme/ml'],
        driftOwners: ['@acme/data-eng'],
        role: 'training',
        expects: '^2',
        line: 4,
        impact: 'ok'
      },
      {
        card: 'models/b.yaml',
        owners: ['@acme/ml'],
        driftOwners: ['@acme/data-eng'],
        role: 'training',
        expects: '^1',
        line: 4,
        impact: 'outside-range'
      }
    ])
  })

  it('a removal or a breaking change breaks every dependent; a range out of reach wins over a breaking change', () => {
    const impacts = (change: Parameters<typeof dependentsOf>[1]) =>
      dependentsOf(index.cards, change).map((d) => [d.card, d.impact])
    expect(impacts({ paths: ['contracts/orders.yaml'], id: 'urn:acme:orders', removed: true })).toEqual([
      ['models/a.yaml', 'removed'],
      ['models/b.yaml', 'removed']
    ])
    expect(
      impacts({ paths: ['contracts/orders.yaml'], id: 'urn:acme:orders', version: '2.2.0', breaking: true })
    ).toEqual([
      ['models/a.yaml', 'breaking-change'],
      ['models/b.yaml', 'outside-range']
    ])
    expect(impacts({ paths: ['contracts/customers.yaml'], id: 'customers', version: 'draft' })).toEqual([
      ['models/c.yaml', 'ok'],
      ['models/d.yaml', 'ok']
    ])
    // A renamed contract is still found by its old path.
    expect(impacts({ paths: ['data/customers.yaml', 'contracts/customers.yaml'], version: '1.5.0' })).toEqual(
      [['models/d.yaml', 'ok']]
    )
  })
})
