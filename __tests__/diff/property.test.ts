import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compareContracts } from '../../src/diff/compare.js'
import { diffContracts } from '../../src/diff/contract.js'
import type { ContractDoc } from '../../src/model/types.js'
import { contract, layout } from './builders.js'
import type { FieldSpec, ObjectSpec } from './builders.js'
import { runs } from '../helpers/fuzz.js'

const name = fc.constantFrom('id', 'name', 'amount', 'status', 'items', '')
const anything = fc.anything({ maxDepth: 2 })
const attributeValue = fc.oneof(anything, fc.integer(), fc.string(), fc.boolean())

const fieldSpec: fc.Memo<FieldSpec> = fc.memo(
  (depth) =>
    fc.record(
      {
        name,
        type: fc.oneof(fc.constantFrom('string', 'int', 'long', 'number', 'integer'), anything),
        physicalType: attributeValue,
        typeFromPhysical: fc.boolean(),
        required: attributeValue,
        unique: attributeValue,
        primaryKey: attributeValue,
        primaryKeyPosition: attributeValue,
        enum: fc.oneof(fc.array(anything, { maxLength: 3 }), anything),
        minimum: attributeValue,
        maxLength: attributeValue,
        pattern: attributeValue,
        format: attributeValue,
        pii: attributeValue,
        tags: attributeValue,
        fields: depth > 1 ? fc.array(fieldSpec(depth - 1), { maxLength: 2 }) : fc.constant([]),
        items: depth > 1 ? fieldSpec(depth - 1) : fc.constant(undefined)
      },
      { requiredKeys: [] }
    ) as fc.Arbitrary<FieldSpec>
)

const objectSpec: fc.Arbitrary<ObjectSpec> = fc.record(
  {
    name: fc.constantFrom('orders', 'customers', ''),
    type: fc.string(),
    description: fc.string(),
    fields: fc.array(fieldSpec(3), { maxLength: 3 })
  },
  { requiredKeys: ['name'] }
)

const doc: fc.Arbitrary<ContractDoc> = fc
  .record(
    {
      id: fc.string(),
      name: fc.string(),
      version: fc.oneof(fc.constantFrom('1.0.0', '2.0.0', '0.1.0', 'v1'), anything),
      owners: fc.array(anything, { maxLength: 2 }),
      freshness: fc.oneof(fc.constantFrom('24h', 'P1D', 'PT30M'), anything),
      freshnessUnit: anything,
      schema: fc.array(objectSpec, { maxLength: 3 })
    },
    { requiredKeys: [] }
  )
  .map(contract)

describe('diff properties', () => {
  it('diff(x, x) is always empty and compares as unchanged', () => {
    fc.assert(
      fc.property(doc, (x) => {
        const locate = { base: layout(x), head: layout(x) }
        expect(diffContracts(x, x, locate)).toEqual([])
        expect(compareContracts(x, x, locate).changes.verdict).toBe('unchanged')
      }),
      { numRuns: runs(300) }
    )
  })

  it('never throws on arbitrary documents, and every change has a rule, a level, a path and a message', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const compared = compareContracts(a, b, { base: layout(a), head: layout(b) })
        for (const c of compared.changes.changes) {
          expect(typeof c.rule).toBe('string')
          expect(['error', 'warning', 'info']).toContain(c.level)
          expect(c.message).not.toMatch(/\{\{(path|subject|old|new)\}\}/)
          expect(typeof c.line).toBe('number')
          expect(typeof c.baseLine).toBe('number')
        }
      }),
      { numRuns: runs(300) }
    )
  })
})
