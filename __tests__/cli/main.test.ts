import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { USAGE } from '../../src/cli/args.js'
import { main, selectFiles } from '../../src/cli/main.js'
import type { CliDeps } from '../../src/cli/main.js'
import { closeBlobReaders } from '../../src/cli/blobs.js'
import { readTask } from '../../src/cli/tasks.js'
import type { CheckContext } from '../../src/checks/item.js'
import { defaultConfig } from '../../src/config/defaults.js'
import type { FilePair } from '../../src/core/compare.js'
import type { FileReport, SourceFile } from '../../src/vocabulary.js'
import { fakeIO, git, tempRepo, tempTree, writeTree } from './helpers.js'

/** Neither ODCS, DCS, native nor Hugging Face: named explicitly, the engine reports it as file.parse. */
const NOT_A_CONTRACT = 'hello: world\n'
const UNRECOGNISED =
  'Not a data contract or model card handoff-check recognises: expected ODCS v3 (`kind: DataContract`), Data Contract Specification (`dataContractSpecification:`), a handoff-check contract (`kind: HandoffContract`) or model card (`kind: ModelCard`), a Hugging Face model card (Markdown front matter with a model card key such as `model-index:` or `library_name:`) or a Model Card Toolkit card (a .json file with `"model_details"`).'

/** Records what main() hands the engine and answers with a fixed report. */
function recorder(files: FileReport[] = []) {
  const seen: { files: SourceFile[]; pairs: FilePair[]; ctx?: CheckContext } = { files: [], pairs: [] }
  const deps: CliDeps = {
    async run(tasks, env) {
      const pairs: FilePair[] = []
      for (const task of tasks) {
        const pair = await readTask(task, env)
        if (pair) pairs.push(pair)
      }
      closeBlobReaders()
      seen.pairs = pairs
      seen.files = pairs.flatMap((p) => (p.head ? [p.head] : []))
      seen.ctx = env.ctx
      return files
    }
  }
  return { seen, deps }
}

const finding = (severity: 'error' | 'warning', path = 'c.yaml') => ({
  item: 'contract.owner',
  severity,
  status: 'missing' as const,
  message: 'No owner.',
  path,
  line: 3,
  column: 1
})
const fileWith = (...findings: ReturnType<typeof finding>[]): FileReport => ({
  path: 'c.yaml',
  kind: 'contract',
  standard: 'handoff-contract',
  findings
})

describe('main: usage', () => {
  it('prints the help and exits 0', async () => {
    const io = fakeIO(tempTree({}))
    expect(await main(['--help'], io)).toBe(0)
    expect(io.out.join('')).toBe(USAGE)
    expect(io.err).toEqual([])
  })

  it('prints the package version', async () => {
    const io = fakeIO(tempTree({}))
    expect(await main(['-v'], io)).toBe(0)
    expect(io.out.join('')).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`)
  })

  it('exits 2 on an unknown option, an unknown format, a missing --cwd and a missing path', async () => {
    const root = tempTree({})
    let io = fakeIO(root)
    expect(await main(['--bogus'], io)).toBe(2)
    expect(io.err.join('')).toMatch(
      /^handoff-check: Unknown option '--bogus'.*\nRun handoff-check --help for usage\.\n$/s
    )
    io = fakeIO(root)
    expect(await main(['--format', 'html'], io)).toBe(2)
    expect(io.err.join('')).toBe(
      'handoff-check: Unknown --format "html": use one of text, json, markdown, sarif, junit, gitlab.\nRun handoff-check --help for usage.\n'
    )
    io = fakeIO(root)
    expect(await main(['--cwd', 'repo'], io)).toBe(2)
    expect(io.err.join('')).toBe('handoff-check: --cwd: no such directory: repo\n')
    io = fakeIO(root)
    expect(await main(['contracts/nope.yaml'], io)).toBe(2)
    expect(io.err.join('')).toBe('handoff-check: no such file or directory: contracts/nope.yaml\n')
    expect(io.out).toEqual([])
  })
})

describe('main: the real engine', () => {
  it('reports an explicitly named file it does not recognise and exits 1', async () => {
    const io = fakeIO(tempTree({ 'notes/a.yaml': NOT_A_CONTRACT }))
    expect(await main(['notes/a.yaml'], io)).toBe(1)
    expect(io.out.join('')).toBe(
      [
        'notes/a.yaml  unrecognised file',
        `  1:1  error    file.parse  ${UNRECOGNISED}`,
        '',
        '✖ 1 file checked: 1 error, 0 warnings, 0 notices (1 file failing)',
        ''
      ].join('\n')
    )
  })

  it('--as-discovered skips a named file it does not recognise, as discovery does, and exits 0', async () => {
    const root = tempTree({ 'config.yaml': 'replicas: 2\n' })
    const io = fakeIO(root)
    expect(await main(['--as-discovered', '--format', 'json', 'config.yaml'], io)).toBe(0)
    expect(JSON.parse(io.out.join(''))).toMatchObject({ result: 'pass', files: [] })
  })

  it('reports a YAML syntax error with its line in JSON', async () => {
    const io = fakeIO(tempTree({ 'broken.yaml': 'a: 1\nb: [1, 2\n' }))
    expect(await main(['broken.yaml', '--format', 'json'], io)).toBe(1)
    const json = JSON.parse(io.out.join(''))
    expect(json.result).toBe('fail')
    expect(json.files[0].path).toBe('broken.yaml')
    expect(json.files[0].findings.map((f: { item: string }) => f.item)).toEqual(['file.parse'])
    expect(json.summary).toEqual({ files: 1, errors: 1, warnings: 0, notices: 0, waived: 0 })
  })

  it('skips discovered files that are not contracts or model cards, and exits 0', async () => {
    const io = fakeIO(tempTree({ 'a.yaml': NOT_A_CONTRACT, 'docs/readme.md': '# Hi\n' }))
    expect(await main([], io)).toBe(0)
    expect(io.out.join('')).toBe(
      'No data contracts or model cards found.\n✔ 0 files checked: 0 errors, 0 warnings, 0 notices\n'
    )
  })
})

describe('main: which files are checked', () => {
  const tree = {
    'contracts/orders.yaml': 'x: 1\n',
    'contracts/nested/users.yml': 'x: 1\n',
    'models/churn/MODEL_CARD.md': '---\nx: 1\n---\n',
    'notes.txt': 'not a candidate\n',
    'node_modules/pkg/contract.yaml': 'x: 1\n',
    'dist/out.yaml': 'x: 1\n',
    '.github/handoff-extra.yml': 'x: 1\n'
  }

  it('discovers candidates under cwd with the default globs, skipping node_modules, ignored and hidden paths', async () => {
    const { seen, deps } = recorder()
    expect(await main([], fakeIO(tempTree(tree)), deps)).toBe(0)
    expect(seen.files.map((f) => [f.path, f.explicit ?? false])).toEqual([
      ['contracts/nested/users.yml', false],
      ['contracts/orders.yaml', false],
      ['models/churn/MODEL_CARD.md', false]
    ])
    expect(seen.files[0].text).toBe('x: 1\n')
  })

  it('marks named files explicit and discovers inside named directories', async () => {
    const root = tempTree(tree)
    const { seen, deps } = recorder()
    expect(await main(['notes.txt', 'contracts/nested', './models/'], fakeIO(root), deps)).toBe(0)
    expect(seen.files.map((f) => [f.path, f.explicit ?? false])).toEqual([
      ['contracts/nested/users.yml', false],
      ['models/churn/MODEL_CARD.md', false],
      ['notes.txt', true]
    ])
  })

  it("--as-discovered checks named files as discovered ones: the config's paths choose, none is explicit", async () => {
    const root = tempTree(tree)
    const { seen, deps } = recorder()
    const named = ['notes.txt', 'dist/out.yaml', 'node_modules/pkg/contract.yaml', 'contracts/orders.yaml']
    expect(await main(['--as-discovered', ...named], fakeIO(root), deps)).toBe(0)
    expect(seen.files.map((f) => [f.path, f.explicit ?? false])).toEqual([['contracts/orders.yaml', false]])
  })

  it('resolves paths against --cwd', async () => {
    const root = tempTree({ 'repo/contracts/a.yaml': 'x: 1\n', 'other.yaml': 'x: 1\n' })
    const { seen, deps } = recorder()
    expect(await main(['--cwd', 'repo', 'contracts/a.yaml'], fakeIO(root), deps)).toBe(0)
    expect(seen.files.map((f) => f.path)).toEqual(['contracts/a.yaml'])
  })

  it('reads .github/handoff.yml: its globs choose the files and the engine gets its config', async () => {
    const root = tempTree({
      ...tree,
      '.github/handoff.yml':
        'paths:\n  contracts: ["contracts/*.yaml"]\n  modelCards: []\nitems:\n  contract.owner: warning\n'
    })
    const { seen, deps } = recorder()
    expect(await main([], fakeIO(root), deps)).toBe(0)
    expect(seen.files.map((f) => f.path)).toEqual(['contracts/orders.yaml'])
    expect(seen.ctx?.config.items).toEqual({ 'contract.owner': 'warning' })
    expect(seen.ctx?.codeowners).toBeUndefined()
  })

  it('passes the CODEOWNERS owners to the engine', async () => {
    const root = tempTree({ '.github/CODEOWNERS': '# owners\n/contracts/ @acme/data ops@acme.com\n' })
    const { seen, deps } = recorder()
    await main([], fakeIO(root), deps)
    expect([...(seen.ctx?.codeowners ?? [])]).toEqual(['@acme/data', 'ops@acme.com'])
  })

  it('exits 2 naming the file and line of a bad config, and of a missing --config', async () => {
    const root = tempTree({ '.github/handoff.yml': 'paths:\n  contracts: contracts/*.yaml\n' })
    let io = fakeIO(root)
    expect(await main([], io)).toBe(2)
    expect(io.err.join('')).toBe(
      'handoff-check: invalid configuration:\n.github/handoff.yml:2:3: paths.contracts: must be a list.\n'
    )
    io = fakeIO(root)
    expect(await main(['--config', 'conf/handoff.yml'], io)).toBe(2)
    expect(io.err.join('')).toBe(
      'handoff-check: cannot read the config file conf/handoff.yml: no such file.\n'
    )
  })

  it('uses --config instead of .github/handoff.yml', async () => {
    const root = tempTree({
      ...tree,
      '.github/handoff.yml': 'paths: [broken\n',
      'ci/handoff.yml': 'paths:\n  contracts: []\n  modelCards: ["models/**/*.md"]\n'
    })
    const { seen, deps } = recorder()
    expect(await main(['--config', 'ci/handoff.yml'], fakeIO(root), deps)).toBe(0)
    expect(seen.files.map((f) => f.path)).toEqual(['models/churn/MODEL_CARD.md'])
  })
})

describe('main: exit codes and output', () => {
  const run = async (
    report: FileReport[],
    argv: string[] = [],
    env: Record<string, string> = {},
    tty = false
  ) => {
    const io = fakeIO(tempTree({}), env, tty)
    const code = await main(argv, io, recorder(report).deps)
    return { code, out: io.out.join(''), err: io.err.join('') }
  }

  it('exits 1 on an error, 0 on warnings only, 0 when the error is waived', async () => {
    expect((await run([fileWith(finding('error'))])).code).toBe(1)
    expect((await run([fileWith(finding('warning'))])).code).toBe(0)
    const waived = { ...finding('error'), waived: { item: 'contract.owner', by: '@lead', reason: 'later' } }
    expect((await run([fileWith(waived)])).code).toBe(0)
  })

  it('a breaking change fails through its finding, so a waiver or a major bump clears it', async () => {
    const change = { bump: 'patch' as const, verdict: 'breaking' as const, changes: [] }
    const breakFinding = { ...finding('error'), item: 'contract.breaking-change' }
    expect((await run([{ ...fileWith(breakFinding), changes: change }])).code).toBe(1)
    const waived = {
      ...breakFinding,
      waived: { item: 'contract.breaking-change', by: '@lead', reason: 'agreed' }
    }
    expect((await run([{ ...fileWith(waived), changes: change }])).code).toBe(0)
    expect((await run([{ ...fileWith(), changes: { ...change, bump: 'major' as const } }])).code).toBe(0)
  })

  it('--demo exits 0 and says what the exit code would have been', async () => {
    const result = await run([fileWith(finding('error'))], ['--demo'])
    expect(result.code).toBe(0)
    expect(result.err).toBe('handoff-check: --demo: exiting 0; without --demo this run exits 1.\n')
    expect(result.out).toContain('✖ 1 file checked: 1 error')
  })

  it('colours text on a TTY unless NO_COLOR or --no-color, and when FORCE_COLOR is set', async () => {
    const report = [fileWith(finding('error'))]
    expect((await run(report, [], {}, true)).out).toContain('\u001b[31m')
    expect((await run(report, [], { NO_COLOR: '1' }, true)).out).not.toContain('\u001b[')
    expect((await run(report, ['--no-color'], { FORCE_COLOR: '1' }, true)).out).not.toContain('\u001b[')
    expect((await run(report, [], { FORCE_COLOR: '1' }, false)).out).toContain('\u001b[31m')
    expect((await run(report, [], {}, false)).out).not.toContain('\u001b[')
  })

  it('writes the report to --output and keeps stdout empty', async () => {
    const root = tempTree({})
    const io = fakeIO(root, {}, true)
    expect(
      await main(
        ['--format', 'sarif', '--output', 'out.sarif'],
        io,
        recorder([fileWith(finding('error'))]).deps
      )
    ).toBe(1)
    expect(io.out).toEqual([])
    expect(io.err.join('')).toBe('handoff-check: wrote the sarif report to out.sarif (fail).\n')
    const sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['contract.owner'])
  })

  it('exits 2 when the report cannot be written, and --demo does not hide usage errors', async () => {
    const io = fakeIO(tempTree({}))
    expect(await main(['--output', 'no/such/dir/out.json', '--format', 'json'], io, recorder().deps)).toBe(2)
    expect(io.err.join('')).toBe(
      'handoff-check: cannot write the report to no/such/dir/out.json: its directory does not exist.\n'
    )
    expect((await run([], ['--demo', 'missing.yaml'])).code).toBe(2)
  })

  it('renders JUnit with a case per item the config checks, and GitLab Code Quality', async () => {
    const root = tempTree({ '.github/handoff.yml': 'items:\n  contract.freshness: off\n' })
    const io = fakeIO(root)
    expect(await main(['--format', 'junit'], io, recorder([fileWith(finding('error'))]).deps)).toBe(1)
    const xml = io.out.join('')
    const cases = [...xml.matchAll(/<testcase name="([^"]+)"/g)].map((m) => m[1])
    expect(cases).toEqual([
      'contract.owner',
      'contract.schema',
      'contract.version',
      'file.parse',
      'file.schema',
      'file.standard-version'
    ])
    expect(xml).toContain('<failure message="No owner." type="missing">c.yaml:3:1: error No owner.</failure>')
    const { out, code } = await run([fileWith(finding('warning'))], ['--format', 'gitlab'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({
        check_name: 'contract.owner',
        severity: 'minor',
        location: { path: 'c.yaml', lines: { begin: 3 } }
      })
    ])
  })

  it('renders markdown', async () => {
    const { out } = await run([fileWith(finding('error'))], ['--format', 'markdown'])
    expect(out.startsWith('## handoff-check\n\n❌ **1 handoff item missing or invalid** in 1 file.\n')).toBe(
      true
    )
  })
})

describe('main: --changed-since', () => {
  it('checks only changed and untracked candidates and notes deleted ones', async () => {
    const root = tempRepo({
      'a.yaml': 'x: 1\n',
      'b.yaml': 'x: 1\n',
      'gone.yaml': 'x: 1\n',
      'same.yaml': 'x: 1\n'
    })
    writeTree(root, { 'b.yaml': 'x: 2\n', 'new.yaml': 'x: 1\n', 'notes.txt': 'changed\n' })
    git(root, 'rm', '-q', 'gone.yaml')
    const { seen, deps } = recorder()
    const io = fakeIO(root)
    expect(await main(['--changed-since', 'main'], io, deps)).toBe(0)
    expect(seen.files.map((f) => f.path)).toEqual(['b.yaml', 'new.yaml'])
    expect(io.out.join('')).toBe(
      [
        'No data contracts or model cards found.',
        'Deleted since main: gone.yaml',
        '',
        '✔ 0 files checked: 0 errors, 0 warnings, 0 notices',
        ''
      ].join('\n')
    )
  })

  it('exports the selection with the deleted candidates for the base-version diff', async () => {
    const root = tempRepo({ 'c/a.yaml': 'x: 1\n', 'c/b.yaml': 'x: 1\n', 'notes.txt': 'x\n' })
    git(root, 'rm', '-q', 'c/a.yaml', 'notes.txt')
    writeTree(root, { 'c/b.yaml': 'x: 2\n' })
    expect(await selectFiles(root, { paths: [], changedSince: 'HEAD' }, defaultConfig())).toEqual({
      files: [{ path: 'c/b.yaml', explicit: false }],
      deleted: ['c/a.yaml'],
      renamed: {},
      notFiles: [],
      notes: ['Deleted since HEAD: c/a.yaml']
    })
  })

  it('keeps only the deleted candidates inside the named directories', async () => {
    const root = tempRepo({ 'a/x.yaml': 'x: 1\n', 'b/y.yaml': 'x: 1\n', 'b/z.yaml': 'x: 1\n' })
    git(root, 'rm', '-q', 'a/x.yaml', 'b/y.yaml')
    const selection = await selectFiles(root, { paths: ['b'], changedSince: 'HEAD' }, defaultConfig())
    expect(selection.deleted).toEqual(['b/y.yaml'])
    const all = await selectFiles(root, { paths: ['.'], changedSince: 'HEAD' }, defaultConfig())
    expect(all.deleted).toEqual(['a/x.yaml', 'b/y.yaml'])
    const file = await selectFiles(root, { paths: ['b/z.yaml'], changedSince: 'HEAD' }, defaultConfig())
    expect(file.deleted).toEqual([])
  })

  it('intersects with named paths', async () => {
    const root = tempRepo({ 'a/x.yaml': 'x: 1\n', 'b/y.yaml': 'x: 1\n' })
    writeTree(root, { 'a/x.yaml': 'x: 2\n', 'b/y.yaml': 'x: 2\n' })
    const { seen, deps } = recorder()
    expect(await main(['b', '--changed-since', 'HEAD'], fakeIO(root), deps)).toBe(0)
    expect(seen.files.map((f) => f.path)).toEqual(['b/y.yaml'])
  })

  it('exits 2 with a clear message for a bad ref', async () => {
    const root = tempRepo({ 'a.yaml': 'x: 1\n' })
    const io = fakeIO(root)
    expect(await main(['--changed-since', 'origin/nope'], io)).toBe(2)
    expect(io.err.join('')).toBe(
      'handoff-check: --changed-since: "origin/nope" is not a commit in this repository (try a branch, tag or SHA; in CI, fetch it first).\n'
    )
    expect(io.out).toEqual([])
  })
})
