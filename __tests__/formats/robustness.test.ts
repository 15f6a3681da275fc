import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { formats } from '../../src/formats/index.js'
import { parseSource } from '../../src/parse/source.js'
import { runs } from '../helpers/fuzz.js'

// Real documents of every standard: the property test replaces any value inside them with arbitrary JSON.
const seeds: [string, unknown][] = [
  ['__tests__/formats/fixtures/orders.contract.yaml', 'handoff-contract'],
  ['__tests__/formats/fixtures/churn.modelcard.yaml', 'handoff-model-card'],
  ['__tests__/formats/fixtures/ticket-router.README.md', 'huggingface'],
  ['__tests__/fixtures/standards/datacontract-cli/example__orders.odcs.yaml', 'odcs'],
  [
    '__tests__/fixtures/standards/open-data-contract-standard/example__schema__all-schema-types.odcs.yaml',
    'odcs'
  ],
  ['__tests__/fixtures/standards/datacontract-specification/example__orders-latest.datacontract.yaml', 'dcs'],
  ['__tests__/fixtures/standards/model-card-toolkit/testdata__full.json', 'model-card-toolkit']
].map(([path, standard]) => [path, { standard, data: parseSource(path, readFileSync(path, 'utf8')).data }])

/** Every path to a value inside `data`. */
function paths(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix]
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...prefix, i])))
  else if (typeof data === 'object' && data !== null)
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]))
  return out
}

function replaceAt(data: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (Array.isArray(data)) {
    const copy = [...data]
    copy[head as number] = replaceAt(copy[head as number], rest, value)
    return copy
  }
  const copy = { ...(data as Record<string, unknown>) }
  copy[head] = replaceAt(copy[head], rest, value)
  return copy
}

describe('mappers on hostile input', () => {
  it.each(seeds)('%s maps without throwing with any value anywhere', (path, seed) => {
    const { standard, data } = seed as { standard: string; data: unknown }
    const format = formats.find((f) => f.standard === standard)!
    expect(format.detect(data, path)).toBe(true)
    const all = paths(data).filter((p) => p.length > 0)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.jsonValue(), (i, value) => {
        const mutated = replaceAt(data, all[i], value) as Record<string, unknown>
        const doc = format.map(mutated, path)
        expect(doc.standard).toBe(standard)
        expect(doc.issues.length).toBeLessThanOrEqual(10)
      }),
      { numRuns: runs(150) }
    )
  })

  it('every format maps any JSON value at the root without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const format of formats) {
          format.detect(value, 'x.md')
          format.map(value as Record<string, unknown>, 'x.md')
        }
      }),
      { numRuns: runs(200) }
    )
  })

  it('every format maps objects with its own keys holding arbitrary values', () => {
    const keys = [
      'apiVersion',
      'kind',
      'version',
      'owner',
      'owners',
      'freshness',
      'schema',
      'models',
      'info',
      'team',
      'support',
      'customProperties',
      'slaProperties',
      'servicelevels',
      'definitions',
      'model-index',
      'datasets',
      'handoff',
      'trainingData',
      'evaluation',
      'monitoring',
      'model_details',
      'model_parameters',
      'quantitative_analysis',
      'dataContractSpecification'
    ]
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), (value) => {
        for (const format of formats) format.map(value, 'x.json')
      }),
      { numRuns: runs(300) }
    )
  })

  // fast-check found `{ "apiVersion": { "toString": [] } }`: String() on it throws, so mappers never call it.
  it('never calls String() on a value whose toString is not a function', () => {
    const hostile = { toString: [] }
    const documents = [
      { kind: 'DataContract', apiVersion: hostile },
      { kind: 'DataContract', apiVersion: 'v3.0.2', team: [{ role: hostile, name: 'a' }] },
      { model_details: {}, model_parameters: { data: [{ name: hostile }] } }
    ]
    for (const doc of documents)
      for (const format of formats) expect(() => format.map(doc, 'x.json')).not.toThrow()
    expect(formats.find((f) => f.standard === 'odcs')?.detect(documents[0], 'x.yaml')).toBe(false)
  })
})
