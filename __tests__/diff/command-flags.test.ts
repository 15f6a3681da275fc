// `handoff-check diff` takes the main command's --no-color, --config and --format, through main() as the CLI runs it:
// the config's item severities apply to the diff's findings, and .github/handoff.yml is read when present.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { fakeIO, tempTree } from '../cli/helpers.js'

const contract = (version: string, ...fields: string[]) =>
  [
    'apiVersion: handoff-check/v1',
    'kind: HandoffContract',
    'id: orders',
    `version: ${version}`,
    'owner: "@acme/data-platform"',
    'freshness: 24h',
    'schema:',
    '  orders:',
    '    type: table',
    '    fields:',
    ...fields.flatMap((f) => [`      ${f}:`, '        type: string']),
    ''
  ].join('\n')

// A field added without a version increase: a contract.version-bump finding, a warning by default.
const FILES = {
  'old.yaml': contract('1.0.0', 'order_id'),
  'new.yaml': contract('1.0.0', 'order_id', 'channel')
}
const CHANGELOG = [
  'old.yaml → new.yaml',
  'version 1.0.0 → 1.0.0 (none) · 0 breaking, 0 warning, 1 info',
  '',
  '  info  field-added  orders.channel  (none) → string  line 13',
  '',
  'warning contract.version-bump (new.yaml:4): 1 schema change(s) (orders.channel) but the version stayed at 1.0.0; increase it so consumers can tell the versions apart.',
  ''
].join('\n')

async function diff(files: Record<string, string>, ...args: string[]) {
  const io = fakeIO(tempTree(files))
  const code = await main(['diff', 'old.yaml', 'new.yaml', ...args], io)
  return { code, out: io.out.join(''), err: io.err.join('') }
}

const findingsOf = (out: string) =>
  (JSON.parse(out) as { findings: { item: string; severity: string; line: number }[] }).findings.map((f) => [
    f.item,
    f.severity,
    f.line
  ])

describe('handoff-check diff flags', () => {
  it('without a config: the default severities (a warning, exit 0)', async () => {
    const r = await diff(FILES, '--format', 'json')
    expect([r.code, r.err]).toEqual([0, ''])
    expect(findingsOf(r.out)).toEqual([['contract.version-bump', 'warning', 4]])
  })

  it.each([['--config', 'policy.yml'], ['-c', 'policy.yml'], ['--config=policy.yml']])(
    '%s applies the config file severities (an error, exit 1)',
    async (...flag) => {
      const files = { ...FILES, 'policy.yml': 'items:\n  contract.version-bump: error\n' }
      const r = await diff(files, ...flag, '--format=json', '--no-color')
      expect([r.code, r.err]).toEqual([1, ''])
      expect(findingsOf(r.out)).toEqual([['contract.version-bump', 'error', 4]])
    }
  )

  it('reads .github/handoff.yml when present, as the main command does', async () => {
    const files = { ...FILES, '.github/handoff.yml': 'items:\n  contract.version-bump: "off"\n' }
    const r = await diff(files, '--format', 'json')
    expect([r.code, findingsOf(r.out)]).toEqual([0, []])
  })

  it('--no-color is accepted; the text changelog never has colour codes', async () => {
    const r = await diff(FILES, '--no-color')
    expect(r.code).toBe(0)
    expect(r.out).toBe(CHANGELOG)
  })

  it('a named config that does not exist is a usage error (exit 2)', async () => {
    const r = await diff(FILES, '--config', 'missing.yml')
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      'handoff-check diff: cannot read the config file missing.yml: no such file.\n'
    ])
  })

  it('an invalid config is a usage error naming the key and line', async () => {
    const files = { ...FILES, 'policy.yml': 'items:\n  contract.version-bump: loud\n' }
    const r = await diff(files, '--config', 'policy.yml')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^handoff-check diff: invalid configuration:\npolicy\.yml:2:\d+: /)
  })

  it.each([
    ['--config', '--config'],
    ['--config=', '--config'],
    ['-c', '-c']
  ])('%p without a value is a usage error', async (flag, option) => {
    const r = await diff(FILES, flag)
    expect(r.code).toBe(2)
    expect(r.err.split('\n')[0]).toBe(`handoff-check diff: ${option} needs a value (a config file)`)
  })
})
