import { describe, expect, it } from '@jest/globals'
import { DIFF_USAGE } from '../../src/cli/diff-command.js'
import { renamesSince } from '../../src/cli/main.js'
import { git, runCli, tempRepo, tempTree, writeTree } from './helpers.js'

/** An ODCS contract: `version` on line 1, the `orders` object on line 8, `customer_id` on line 12. */
function odcs(version: string, withCustomer = true): string {
  return [
    `version: ${version}`,
    'kind: DataContract',
    'apiVersion: v3.1.0',
    'id: orders',
    'name: Orders',
    'status: active',
    'schema:',
    '  - name: orders',
    '    properties:',
    '      - name: id',
    '        logicalType: string',
    ...(withCustomer ? ['      - name: customer_id', '        logicalType: string'] : []),
    ''
  ].join('\n')
}

const CONFIG = '.github/handoff.yml'
/** Only the diff's items, so the other handoff items do not decide the exit code. */
const ONLY_DIFF = [
  'items:',
  ...['contract.owner', 'contract.freshness', 'contract.schema', 'file.schema'].map((id) => `  ${id}: off`),
  ''
].join('\n')

const run = runCli

describe('--changed-since compares contracts with their version at the ref', () => {
  it('a dropped column without a bump exits 1 with contract.breaking-change', async () => {
    const root = tempRepo({ 'contracts/orders.odcs.yaml': odcs('1.0.0'), [CONFIG]: ONLY_DIFF })
    writeTree(root, { 'contracts/orders.odcs.yaml': odcs('1.0.0', false) })
    const { code, out } = await run(root, '--changed-since', 'main', '--format', 'json')
    expect(code).toBe(1)
    const report = JSON.parse(out)
    expect(report.files).toHaveLength(1)
    expect(report.files[0].changes).toMatchObject({
      bump: 'none',
      verdict: 'breaking',
      changes: [{ rule: 'field-removed', path: 'orders.customer_id', line: 8, baseLine: 12 }]
    })
    expect(report.files[0].findings.map((f: { item: string; line: number }) => [f.item, f.line])).toEqual([
      ['contract.breaking-change', 1]
    ])
  })

  it('with a major bump exits 0 and lists the change in text and JSON', async () => {
    const root = tempRepo({ 'contracts/orders.odcs.yaml': odcs('1.0.0'), [CONFIG]: ONLY_DIFF })
    writeTree(root, { 'contracts/orders.odcs.yaml': odcs('2.0.0', false) })
    const json = await run(root, '--changed-since', 'main', '--format', 'json')
    expect(json.code).toBe(0)
    const file = JSON.parse(json.out).files[0]
    expect(file.findings).toEqual([])
    expect(file.changes).toMatchObject({ baseVersion: '1.0.0', headVersion: '2.0.0', bump: 'major' })
    expect(file.changes.changes.map((c: { rule: string; path: string }) => [c.rule, c.path])).toEqual([
      ['field-removed', 'orders.customer_id']
    ])
    const text = await run(root, '--changed-since', 'main')
    expect(text.code).toBe(0)
    expect(text.out).toBe(
      [
        'contracts/orders.odcs.yaml  ODCS v3.1.0 data contract',
        '  contract changes: breaking (version 1.0.0 → 2.0.0, major bump)',
        '    8  error  field-removed  orders.customer_id  string → —  Field orders.customer_id was removed.',
        '',
        '✔ 1 file checked: 0 errors, 0 warnings, 0 notices',
        ''
      ].join('\n')
    )
  })

  it('a deleted contract is reported at its old path and fails', async () => {
    const root = tempRepo({ 'contracts/orders.odcs.yaml': odcs('1.0.0'), [CONFIG]: ONLY_DIFF })
    git(root, 'rm', '-q', 'contracts/orders.odcs.yaml')
    const { code, out } = await run(root, '--changed-since', 'main', '--format', 'json')
    expect(code).toBe(1)
    const report = JSON.parse(out)
    expect(report.notes).toEqual(['Deleted since main: contracts/orders.odcs.yaml'])
    expect(report.files[0]).toMatchObject({
      path: 'contracts/orders.odcs.yaml',
      changes: { verdict: 'breaking', changes: [{ rule: 'contract-removed', path: 'orders', baseLine: 1 }] },
      findings: [{ item: 'contract.breaking-change', severity: 'error', line: 1, column: 1 }]
    })
    expect((await run(root, '--changed-since', 'main')).out).toBe(
      [
        'contracts/orders.odcs.yaml  ODCS v3.1.0 data contract',
        '  1:1  error    contract.breaking-change  The contract orders (version 1.0.0) was removed; every consumer loses its promise. Keep it, or waive the removal once consumers have moved.',
        '  contract changes: breaking (version 1.0.0 → ?, not-comparable bump)',
        '    -  error  contract-removed  orders  — → —  The contract was removed; every consumer of it loses its promise.',
        '',
        'Deleted since main: contracts/orders.odcs.yaml',
        '',
        '✖ 1 file checked: 1 error, 0 warnings, 0 notices (1 file failing)',
        ''
      ].join('\n')
    )
  })

  it('a renamed contract is compared with its old path, not reported as removed', async () => {
    const root = tempRepo({ 'contracts/orders.odcs.yaml': odcs('1.0.0'), [CONFIG]: ONLY_DIFF })
    git(root, 'mv', 'contracts/orders.odcs.yaml', 'contracts/sales.odcs.yaml')
    writeTree(root, {
      'contracts/sales.odcs.yaml': odcs('1.1.0') + '      - name: region\n        logicalType: string\n'
    })
    expect(await renamesSince(root, 'main')).toEqual(
      new Map([['contracts/sales.odcs.yaml', 'contracts/orders.odcs.yaml']])
    )
    const { code, out } = await run(root, '--changed-since', 'main', '--format', 'json')
    expect(code).toBe(0)
    const report = JSON.parse(out)
    expect(report.notes).toBeUndefined()
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['contracts/sales.odcs.yaml'])
    expect(report.files[0].changes).toMatchObject({
      basePath: 'contracts/orders.odcs.yaml',
      bump: 'minor',
      verdict: 'compatible',
      changes: [{ rule: 'field-added', path: 'orders.region' }]
    })
  })

  it('a contract added since the ref is checked without a comparison', async () => {
    const root = tempRepo({ [CONFIG]: ONLY_DIFF })
    writeTree(root, { 'contracts/orders.odcs.yaml': odcs('1.0.0') })
    const { code, out } = await run(root, '--changed-since', 'main', '--format', 'json')
    expect(code).toBe(0)
    expect(JSON.parse(out).files[0].changes).toBeUndefined()
  })
})

describe('handoff-check diff', () => {
  it('dispatches to the diff command: help, exit codes and output', async () => {
    const root = tempTree({
      'v1.yaml': odcs('1.0.0'),
      'v2.yaml': odcs('1.0.0', false),
      'v3.yaml': odcs('2.0.0', false)
    })
    expect(await run(root, 'diff', '--help')).toEqual({ code: 0, out: DIFF_USAGE, err: '' })
    const broken = await run(root, 'diff', 'v1.yaml', 'v2.yaml', '--format', 'json')
    expect(broken.code).toBe(1)
    expect(JSON.parse(broken.out).findings.map((f: { item: string }) => f.item)).toEqual([
      'contract.breaking-change'
    ])
    const bumped = await run(root, 'diff', 'v1.yaml', 'v3.yaml')
    expect(bumped.code).toBe(1)
    expect(bumped.out).toContain('field-removed')
    const usage = await run(root, 'diff', 'v1.yaml')
    expect(usage.code).toBe(2)
    expect(usage.err).toMatch(/^handoff-check diff: expected two files, OLD and NEW, got 1\n/)
  })
})
