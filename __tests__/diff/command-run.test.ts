// The command end to end over real files, with the format registry replaced by one fake standard, so exit codes
// and output formats are pinned independently of the real mappers (src/formats/).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, jest } from '@jest/globals'
import type { CliIO } from '../../src/cli/io.js'
import type { Format } from '../../src/formats/format.js'
import { field, orders } from './builders.js'

// `kind: Fake` files hold a version and a list of string field names of one object, `orders`.
const fake: Format = {
  standard: 'handoff-contract',
  kind: 'contract',
  sniff: (text) => text.includes('kind: Fake'),
  detect: (data) => typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'Fake',
  map: (data) => {
    const names = Array.isArray(data.fields)
      ? data.fields.filter((n): n is string => typeof n === 'string')
      : []
    return orders(
      names.map((n) => field(n, { type: 'string' })),
      { version: data.version }
    )
  }
}
jest.unstable_mockModule('../../src/formats/index.js', () => ({ formats: [fake] }))
const { runDiffCommand } = await import('../../src/cli/diff-command.js')

function run(files: Record<string, string>, args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'handoff-diff-run-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text)
  const out: string[] = []
  const err: string[] = []
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, isTTY: false }
  return runDiffCommand(args, io).then((code) => ({ code, out: out.join(''), err: err.join('') }))
}

const v1 = 'kind: Fake\nversion: 1.0.0\nfields: [id, customer_id]\n'

describe('runDiffCommand', () => {
  it('exits 1 on a breaking change and prints the changelog with the finding', async () => {
    const r = await run({ 'old.yaml': v1, 'new.yaml': 'kind: Fake\nversion: 1.0.0\nfields: [id]\n' }, [
      'old.yaml',
      'new.yaml'
    ])
    expect(r.code).toBe(1)
    expect(r.err).toBe('')
    expect(r.out).toContain('  error  field-removed  orders.customer_id  string → (none)')
    expect(r.out).toContain(
      'error contract.breaking-change (new.yaml:2): 1 breaking change(s) (orders.customer_id)'
    )
  })

  it('still exits 1 on an announced break (major bump), listing the change without a finding', async () => {
    const r = await run({ 'old.yaml': v1, 'new.yaml': 'kind: Fake\nversion: 2.0.0\nfields: [id]\n' }, [
      'old.yaml',
      'new.yaml',
      '--format',
      'json'
    ])
    expect(r.code).toBe(1)
    const parsed = JSON.parse(r.out) as {
      bump: string
      verdict: string
      findings: unknown[]
      changes: unknown[]
    }
    expect(parsed).toMatchObject({ bump: 'major', verdict: 'breaking', findings: [] })
    expect(parsed.changes).toHaveLength(1)
  })

  it('exits 0 on a compatible change, in markdown', async () => {
    const r = await run(
      { 'old.yaml': v1, 'new.yaml': 'kind: Fake\nversion: 1.1.0\nfields: [id, customer_id, region]\n' },
      ['--format=markdown', 'old.yaml', 'new.yaml']
    )
    expect(r.code).toBe(0)
    expect(r.out).toContain('| info | `orders.region` | field-added | (none) → string |')
  })

  it('exits 1 when the version went backwards, even without changes', async () => {
    const r = await run(
      { 'old.yaml': v1, 'new.yaml': 'kind: Fake\nversion: 0.9.0\nfields: [id, customer_id]\n' },
      ['old.yaml', 'new.yaml']
    )
    expect(r.code).toBe(1)
    expect(r.out).toContain(
      'error contract.breaking-change (new.yaml:2): The contract version went backwards'
    )
  })
})
