// The CLI never runs out of memory on one file: a file over `limits.maxFileBytes` is sized, not read, and reported;
// a huge document under a raised limit is refused before it is composed. Either way the other files are checked.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { Report } from '../../src/vocabulary.js'
import { fakeIO, git, tempRepo, tempTree } from './helpers.js'

const CONTRACT = readFileSync('__fixtures__/handoff/complete/contracts/orders.contract.yaml', 'utf8')
const TOO_MANY =
  'The file cannot be parsed: Too many nodes (more than 250,000 lines and commas); a data contract or model card is far smaller. Fix the YAML at this line; the other files are still checked.'

async function check(root: string, argv: string[] = []) {
  const io = fakeIO(root)
  const code = await main(['--format', 'json', ...argv], io)
  const report = JSON.parse(io.out.join('')) as Report
  const findings = report.files.map((f) => [
    f.path,
    f.findings.map((x) => [x.item, x.severity, x.line, x.column, x.message])
  ])
  return { code, report, findings, err: io.err.join('') }
}

describe('CLI size and memory limits', () => {
  it('reports a file over the default 1 MiB as file.parse without reading it, and checks the rest: exit 1', async () => {
    const root = tempTree({
      'contracts/orders.contract.yaml': CONTRACT,
      'data/huge.json': ' '.repeat(3_000_000)
    })
    const { code, findings, err } = await check(root)
    expect(err).toBe('')
    expect(code).toBe(1)
    expect(findings).toEqual([
      ['contracts/orders.contract.yaml', []],
      [
        'data/huge.json',
        [
          [
            'file.parse',
            'error',
            1,
            1,
            'Too large to check: 3.0 MB, over the 1 MiB limit (`limits.maxFileBytes`). The file was not read; split it, raise the limit in the policy, or list it in `paths.ignore` when it is not a contract or model card.'
          ]
        ]
      ]
    ])
  })

  it('a 5-million-element JSON file under a raised limit is refused as too many nodes, not parsed: exit 1', async () => {
    const huge = `[${'0,'.repeat(5_000_000 - 1)}0]`
    expect(huge.length).toBe(10_000_001)
    const root = tempTree({
      '.github/handoff.yml': 'limits:\n  maxFileBytes: 16777216\n',
      'contracts/orders.contract.yaml': CONTRACT.replace("owner: '@acme/data-platform'\n", ''),
      'data/huge.json': huge
    })
    const before = process.memoryUsage().heapUsed
    const { code, findings } = await check(root)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(300 * 1024 * 1024)
    expect(code).toBe(1)
    expect(findings).toEqual([
      ['contracts/orders.contract.yaml', [expect.arrayContaining(['contract.owner', 'error', 1, 1])]],
      ['data/huge.json', [['file.parse', 'error', 1, 1, TOO_MANY]]]
    ])
  })

  it('a named file over the limit is reported the same way', async () => {
    const root = tempTree({ 'big.yaml': 'x: 1\n'.repeat(300_000) })
    const { code, findings } = await check(root, ['big.yaml'])
    expect(code).toBe(1)
    expect(findings).toEqual([
      [
        'big.yaml',
        [
          [
            'file.parse',
            'error',
            1,
            1,
            expect.stringMatching(/^Too large to check: 1\.5 MB, over the 1 MiB limit/)
          ]
        ]
      ]
    ])
  })

  it('--changed-since: a contract replaced by a symbolic link is a file.parse error naming what it was', async () => {
    const root = tempRepo({ 'contracts/orders.contract.yaml': CONTRACT, 'README.md': '# Shop\n' })
    git(root, 'rm', '-q', 'contracts/orders.contract.yaml')
    mkdirSync(join(root, 'contracts'))
    symlinkSync('../README.md', join(root, 'contracts/orders.contract.yaml'))
    const { code, findings } = await check(root, ['--changed-since', 'HEAD'])
    expect(code).toBe(1)
    expect(findings).toEqual([
      [
        'contracts/orders.contract.yaml',
        [
          [
            'file.parse',
            'error',
            1,
            1,
            'This was a handoff-check contract (handoff-check/v1) at the base and is not one now: Not a regular file: a symbolic link to `../README.md`. handoff-check never follows symbolic links or submodules; commit the contract or model card itself at this path.'
          ]
        ]
      ]
    ])
  })

  it('--changed-since: a contract made unrecognisable is a file.parse error, not skipped', async () => {
    const root = tempRepo({ 'contracts/orders.contract.yaml': CONTRACT })
    const path = join(root, 'contracts/orders.contract.yaml')
    writeFileSync(path, CONTRACT.replace('kind: HandoffContract', 'kind: DataContracts'))
    const { code, findings } = await check(root, ['--changed-since', 'HEAD'])
    expect(code).toBe(1)
    expect(findings).toEqual([
      [
        'contracts/orders.contract.yaml',
        [
          [
            'file.parse',
            'error',
            1,
            1,
            expect.stringMatching(
              /^This was a handoff-check contract \(handoff-check\/v1\) at the base and is not one now: Not a data contract or model card/
            )
          ]
        ]
      ]
    ])
  })
})
