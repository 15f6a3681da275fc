// Every value reaches the items raw from a user's file: whatever it is, an item reports, it never throws, and every
// report names a message the item has.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { allItems } from '../../src/checks/index.js'
import type { Located } from '../../src/model/types.js'
import { cardDoc, check, context, contractDoc, loc } from './builders.js'

const raw = fc.anything({
  withDate: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true
})
const at =
  (...p: (string | number)[]) =>
  (value: unknown): Located<unknown> =>
    loc(value, ...p)
const ctx = context({ owners: { codeowners: true }, freshness: { max: 'P1D' } }, ['@acme/a'])

describe('items on hostile values', () => {
  it('contract items report on any value and never throw', () => {
    fc.assert(
      fc.property(raw, raw, raw, fc.array(raw, { maxLength: 3 }), (version, freshness, unit, owners) => {
        const doc = contractDoc({
          version: at('version')(version),
          owners: owners.map((o, i) => at('owners', i)(o)),
          freshness: { at: ['freshness'], value: at('freshness')(freshness), unit: at('unit')(unit) }
        })
        for (const item of allItems.filter((i) => i.appliesTo === 'contract')) {
          for (const r of check(item.id, doc, ctx)) expect(typeof r.message).toBe('string')
        }
      })
    )
  })

  it('model-card items report on any value and never throw', () => {
    fc.assert(
      fc.property(fc.array(raw, { minLength: 12, maxLength: 12 }), (v) => {
        const m = ['evaluation', 'metrics', 0]
        const doc = cardDoc({
          owners: [at('owner')(v[0])],
          trainingData: { anchor: ['t'], location: at('l')(v[1]), version: at('v')(v[2]) },
          evaluation: {
            anchor: ['e'],
            metrics: loc(
              [
                {
                  at: m,
                  name: at(...m, 'name')(v[3]),
                  value: at(...m, 'value')(v[4]),
                  baseline: at(...m, 'b')(v[5]),
                  baselineAnchor: m
                }
              ],
              'evaluation',
              'metrics'
            )
          },
          artifact: { anchor: ['a'], format: at('f')(v[6]), path: at('p')(v[7]) },
          serving: { anchor: ['s'], latency: at('sl')(v[8]), throughput: at('st')(v[9]) },
          monitoring: { anchor: ['m'], drift: { at: ['md'], threshold: at('md', 'threshold')(v[10]) } },
          ownership: { anchor: ['o'], drift: at('od')(v[11]), rollback: at('or')(v[0]) }
        })
        for (const item of allItems.filter((i) => i.appliesTo === 'model-card')) {
          for (const r of check(item.id, doc, ctx)) expect(typeof r.message).toBe('string')
        }
      })
    )
  })
})
