// --changed-since on a repository with old gaps: each finding of a changed file is marked new or pre-existing, and
// the policy's gate decides the exit code.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { fakeIO, tempRepo, writeTree } from './helpers.js'

/** An ODCS contract without owner or freshness (both reported missing at line 1). */
function odcs(name: string, type = 'string'): string {
  return [
    'version: 1.0.0',
    'kind: DataContract',
    'apiVersion: v3.1.0',
    'id: orders',
    `name: ${name}`,
    'status: active',
    'schema:',
    '  - name: orders',
    '    properties:',
    '      - name: id',
    `        logicalType: ${type}`,
    ''
  ].join('\n')
}

const PATH = 'contracts/orders.odcs.yaml'
const CONFIG = '.github/handoff.yml'

async function run(root: string, ...argv: string[]) {
  const io = fakeIO(root)
  const code = await main(argv, io)
  return { code, out: io.out.join(''), err: io.err.join('') }
}

describe('--changed-since with gate', () => {
  it('a typo fix in a contract with old gaps: gate new exits 0, gate all exits 1, both mark them pre-existing', async () => {
    for (const [gate, expected] of [
      ['new', 0],
      ['all', 1]
    ] as const) {
      const root = tempRepo({ [PATH]: odcs('Ordrs'), [CONFIG]: `gate: ${gate}\n` })
      writeTree(root, { [PATH]: odcs('Orders') })
      const { code, out, err } = await run(root, '--changed-since', 'main', '--format', 'json')
      expect([gate, code, err]).toEqual([gate, expected, ''])
      const report = JSON.parse(out)
      expect(report.summary).toMatchObject({ errors: 2, preExisting: 2 })
      expect(
        report.files[0].findings.map((f: { item: string; origin: string }) => [f.item, f.origin])
      ).toEqual([
        ['contract.freshness', 'pre-existing'],
        ['contract.owner', 'pre-existing']
      ])
    }
  })

  it('a new gap fails with gate new, and the text report says which findings are old', async () => {
    const root = tempRepo({ [PATH]: odcs('Orders'), [CONFIG]: 'gate: new\n' })
    writeTree(root, { [PATH]: odcs('Orders', 'strnig') })
    const { code, out } = await run(root, '--changed-since', 'main', '--no-color')
    expect(code).toBe(1)
    // A changed type is a new gap twice over: an invalid type, and a breaking change without a major bump.
    expect(out.split('\n').filter((l) => /^\s+\d+:\d+/.test(l))).toEqual([
      '  1:1   error    contract.breaking-change  1 breaking change(s) (orders.id.type) but the version went from 1.0.0 to 1.0.0 (none); a breaking change needs a major version increase.',
      '  1:1   error    contract.freshness        No freshness: add an `slaProperties` entry `{ property: freshness, value: 24, unit: h }` (the maximum age of the data). (pre-existing)',
      '  1:1   error    contract.owner            No owner: add a top-level `customProperties` entry `{ property: owner, value: "@acme/data-platform" }` or a `team` member with role `owner` (a GitHub user, team or email). (pre-existing)',
      '  11:9  error    contract.schema           Field "orders.id" has type "strnig", which ODCS does not allow.'
    ])
    expect(out).toContain(
      '4 errors, 0 warnings, 0 notices, 2 pre-existing, not failing (gate: new) (1 file failing)'
    )
  })

  it('without --changed-since nothing is compared, so gate new fails on every error', async () => {
    const root = tempRepo({ [PATH]: odcs('Orders'), [CONFIG]: 'gate: new\n' })
    const { code, out } = await run(root, '--format', 'json')
    expect(code).toBe(1)
    expect(JSON.parse(out).summary.preExisting).toBeUndefined()
  })
})
