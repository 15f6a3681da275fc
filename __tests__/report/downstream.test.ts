// The Downstream table and graph: each dependent's state, and mentions only where the policy asks and only for
// owners the change did not write.
import { describe, expect, it } from '@jest/globals'
import type { Dependent } from '../../src/core/links/index.js'
import { downstreamTable, mermaidGraph } from '../../src/report/downstream.js'

const dep = (card: string, over: Partial<Dependent> = {}): Dependent => ({
  card,
  owners: ['@acme/ml'],
  driftOwners: ['oncall team'],
  role: 'training',
  expects: '^1',
  line: 6,
  impact: 'outside-range',
  guard: 'open',
  ...over
})

describe('downstreamTable', () => {
  const entry = {
    path: 'contracts/orders.yaml',
    downstream: [
      dep('models/a.md'),
      dep('models/b.md', { inChange: true }),
      dep('models/c.md', { impact: 'ok', guard: undefined }),
      dep('models/d.md', { impact: 'breaking-change', guard: 'updated', inChange: true })
    ]
  }

  it('writes every owner as a code span by default', () => {
    expect(downstreamTable(entry).slice(2)).toEqual([
      '| `models/a.md:6` | training | `^1` | ❌ breaks (version outside the range) | `@acme/ml`, `oncall team` |',
      '| `models/b.md:6` | training | `^1` | ❌ breaks (version outside the range) | `@acme/ml`, `oncall team` |',
      '| `models/c.md:6` | training | `^1` | ✅ pass | `@acme/ml`, `oncall team` |',
      '| `models/d.md:6` | training | `^1` | ✅ updated with the change (breaking change) | `@acme/ml`, `oncall team` |'
    ])
  })

  it('with mention, mentions the GitHub owners of broken cards the change did not edit, and no one else', () => {
    expect(
      downstreamTable(entry, true)
        .slice(2)
        .map((row) => row.split(' | ').at(-1))
    ).toEqual([
      '@acme/ml, `oncall team` |',
      '`@acme/ml`, `oncall team` |',
      '`@acme/ml`, `oncall team` |',
      '`@acme/ml`, `oncall team` |'
    ])
  })

  it('shows open breaks as waived when the contract.downstream finding is waived, mentions kept as they were', () => {
    // The same mentions as before the waiver: an edit that keeps a mention notifies no one again.
    expect(downstreamTable({ ...entry, waived: true }, true)[2]).toBe(
      '| `models/a.md:6` | training | `^1` | 🙈 waived (version outside the range) | @acme/ml, `oncall team` |'
    )
  })
})

describe('mermaidGraph', () => {
  it('classes each model pass (updated too), breaks or waived', () => {
    const graph = mermaidGraph([
      {
        path: 'contracts/a.yaml',
        downstream: [dep('models/a.md'), dep('models/b.md', { guard: 'updated' })]
      },
      { path: 'contracts/b.yaml', waived: true, downstream: [dep('models/c.md')] }
    ])
    expect(graph.split('\n').filter((l) => l.startsWith('  class '))).toEqual([
      '  class m0_1 pass',
      '  class m0_0 breaks',
      '  class m1_0 waived'
    ])
  })
})
