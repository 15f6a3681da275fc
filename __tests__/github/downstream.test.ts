// The Action's downstream reads over an in-memory GitHub: one tree request and one batched read, only when a contract
// changed; what it could not see is said in a note, never left out silently.
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { realEngine } from '../../src/github/engine.js'
import { withDownstream } from '../../src/github/pull-request/downstream.js'
import type { BlobQuery, GitHubApi, GitTree, PullRequestRef } from '../../src/github/types.js'
import type { FileReport } from '../../src/vocabulary.js'

const HEAD = 'h'.repeat(40)
const pr: PullRequestRef = {
  base: { owner: 'acme', repo: 'shop' },
  number: 1,
  baseSha: 'b'.repeat(40),
  head: { owner: 'acme', repo: 'shop' },
  headSha: HEAD
}
const CARD = [
  'apiVersion: handoff-check/v1',
  'kind: ModelCard',
  'name: churn',
  'owner: "@acme/ml"',
  'trainingData:',
  '  contract: contracts/orders.yaml',
  '  contractVersion: "^1"',
  ''
].join('\n')
const contract = (changes: boolean): FileReport => ({
  path: 'contracts/orders.yaml',
  kind: 'contract',
  standard: 'odcs',
  findings: [],
  ...(changes
    ? {
        changes: {
          baseVersion: '1.0.0',
          headVersion: '2.0.0',
          bump: 'major',
          verdict: 'compatible',
          changes: []
        }
      }
    : {})
})

function fakeApi(tree: GitTree, files: Record<string, string>) {
  const calls: string[] = []
  const api = {
    async listTree() {
      calls.push('tree')
      return tree
    },
    async readBlobs(queries: readonly BlobQuery[]) {
      calls.push(`read ${queries.flatMap((q) => q.paths).join(',')}`)
      const out = new Map()
      for (const q of queries)
        for (const p of q.paths)
          if (files[p] !== undefined)
            out.set(`${q.sha}:${p}`, { text: files[p], isBinary: false, byteSize: files[p].length })
      return out
    }
  } as unknown as GitHubApi
  return { api, calls }
}
const blob = (path: string, size: number) => ({ path, mode: '100644', type: 'blob' as const, sha: 's', size })
const read = { head: new Map([['contracts/orders.yaml', 'x']]), base: new Map(), previous: new Map() }
const ctx = () => {
  const config = defaultConfig()
  config.limits.maxFileBytes = 1000
  return { config }
}

describe('withDownstream', () => {
  it('reads nothing when no contract changed', async () => {
    const { api, calls } = fakeApi({ entries: [], truncated: false }, {})
    const out = await withDownstream(api, pr, [contract(false)], read, realEngine, ctx())
    expect([calls, out.notes, out.reports[0].downstream]).toEqual([[], [], undefined])
  })

  it('lists the tree once, reads the cards in one batch, and names what it could not see', async () => {
    const tree: GitTree = {
      truncated: true,
      entries: [
        blob('models/churn.modelcard.yaml', CARD.length),
        blob('models/huge.modelcard.yaml', 5000),
        { path: 'models/link.yaml', mode: '120000', type: 'blob', sha: 's', size: 10 },
        blob('contracts/orders.yaml', 10)
      ]
    }
    const { api, calls } = fakeApi(tree, { 'models/churn.modelcard.yaml': CARD })
    const out = await withDownstream(api, pr, [contract(true)], read, realEngine, ctx())
    expect(calls).toEqual(['tree', 'read models/churn.modelcard.yaml'])
    expect(out.reports[0].downstream?.map((d) => [d.card, d.impact, d.guard])).toEqual([
      ['models/churn.modelcard.yaml', 'outside-range', 'open']
    ])
    expect(out.reports[0].findings.map((f) => f.item)).toEqual(['contract.downstream'])
    expect(out.notes).toEqual([
      "🔭 GitHub truncates this repository's git tree, so the Downstream sections may miss model cards that depend on the changed contracts. Run `handoff-check impact <contract>` on a checkout for the complete list.",
      '🔭 1 file(s) the model-card globs name were not read for the Downstream sections, over the 1,000-byte limit (`limits.maxFileBytes`): `models/huge.modelcard.yaml`. A model card among them that depends on a changed contract is not shown.'
    ])
  })
})
