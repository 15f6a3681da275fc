// The npm package as a user gets it: `npm pack` of this checkout, installed offline into an empty folder, runs
// `handoff-check` with nothing else installed. It runs the committed bundle (dist/): `npm run package` after
// changing src/.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'

const ROOT = process.cwd()
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })

/** What the bundle requires to check an anchored ODCS file: both YAML libraries (yaml's built-ins with it), then the schema. */
const ANCHORED_LOADS = ['js-yaml.cjs', 'yaml.cjs', 'process', 'buffer', 'odcs-3.1.0.cjs']
  .map((f) => `loaded ${f}\n`)
  .join('')
let installed: string
let bin: string

beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), 'handoff-pack-'))
  const packed = run('npm', ['pack', '--json', '--pack-destination', packs], ROOT)
  expect(packed.stderr).not.toMatch(/ERR!/)
  const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[]
  installed = mkdtempSync(join(tmpdir(), 'handoff-install-'))
  writeFileSync(join(installed, 'package.json'), '{ "name": "consumer", "private": true }\n')
  const install = run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(packs, filename)],
    installed
  )
  expect(install.stderr).not.toMatch(/ERR!/)
  expect(install.status).toBe(0)
  bin = join(installed, 'node_modules', '.bin', 'handoff-check')
}, 120_000)

describe('npm pack', () => {
  it('installs on its own: the package and nothing else, with the vendored schemas’ licence notices', () => {
    expect(readdirSync(join(installed, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'handoff-check'
    ])
    const pkg = join(installed, 'node_modules', 'handoff-check')
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.engines).toEqual({ node: '>=20' })
    for (const file of [
      'LICENSE',
      'schemas/vendor/LICENSE-odcs',
      'schemas/vendor/LICENSE-dcs',
      'schemas/vendor/README.md'
    ]) {
      expect(existsSync(join(pkg, file))).toBe(true)
    }
    // The bundle holds third-party code: their notices travel with it (rollup/licenses.mjs).
    const notices = readFileSync(join(pkg, 'dist', 'licenses.txt'), 'utf8')
    for (const bundled of [
      'ajv@',
      'js-yaml@',
      'yaml@',
      'semver@',
      'picomatch@',
      '@octokit/core@',
      '@actions/core@'
    ])
      expect(notices).toMatch(new RegExp(`^${bundled.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\S+ \\(`, 'm'))
    expect(notices).not.toContain('ships no notice file')
    expect(existsSync(join(pkg, 'src'))).toBe(false)
    expect(existsSync(join(pkg, '__tests__'))).toBe(false)
  })

  it('exports nothing to import: importing it never starts the Action that dist/index.js is', () => {
    const result = run(
      process.execPath,
      ['--input-type=module', '-e', "await import('handoff-check')"],
      installed
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED')
  })

  it('runs `handoff-check --version` from the installed bin', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string
    const result = run(bin, ['--version'], installed)
    expect(result.stderr).toBe('')
    expect(result).toMatchObject({ status: 0, stdout: `${version}\n` })
  })

  it('checks a contract: a missing owner fails with exit 1, a complete one passes', () => {
    const contract = (owner: string) =>
      [
        'apiVersion: handoff-check/v1',
        'kind: HandoffContract',
        'id: orders',
        'version: 1.0.0',
        owner,
        'freshness: 24h',
        'schema:',
        '  orders:',
        '    fields:',
        '      order_id: { type: string, required: true }',
        ''
      ].join('\n')
    writeFileSync(join(installed, 'good.contract.yaml'), contract('owner: "@acme/data"'))
    writeFileSync(join(installed, 'bad.contract.yaml'), contract('description: no owner'))
    const good = run(bin, ['--format', 'json', 'good.contract.yaml'], installed)
    expect(good.status).toBe(0)
    expect(JSON.parse(good.stdout)).toMatchObject({
      result: 'pass',
      files: [{ path: 'good.contract.yaml', findings: [] }]
    })
    const bad = run(bin, ['--format', 'json', 'bad.contract.yaml'], installed)
    expect(bad.status).toBe(1)
    expect(JSON.parse(bad.stdout)).toMatchObject({
      result: 'fail',
      files: [
        {
          path: 'bad.contract.yaml',
          findings: [{ item: 'contract.owner', severity: 'error', status: 'missing', line: 1 }]
        }
      ]
    })
  })

  it('loads a schema’s precompiled validators and the YAML libraries only when a file needs them', () => {
    const validators = join(installed, 'node_modules', 'handoff-check', 'dist', 'validators')
    expect(readdirSync(validators).sort()).toEqual([
      'dcs-1.1.0.cjs',
      'dcs-1.2.1.cjs',
      'handoff-contract.cjs',
      'handoff-model-card.cjs',
      'odcs-3.0.2.cjs',
      'odcs-3.1.0.cjs',
      'odcs-3.2.0.cjs'
    ])
    // Every file the bundle loads through require() is named on stderr.
    const probe = join(installed, 'probe.mjs')
    writeFileSync(
      probe,
      [
        "import Module from 'node:module'",
        "import { basename } from 'node:path'",
        'const load = Module._load',
        'Module._load = function (request, ...rest) {',
        '  process.stderr.write(`loaded ${basename(request)}\\n`)',
        '  return load.call(this, request, ...rest)',
        '}',
        ''
      ].join('\n')
    )
    writeFileSync(
      join(installed, 'orders.odcs.yaml'),
      'apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n'
    )
    const cli = join(installed, 'node_modules', 'handoff-check', 'bin', 'handoff-check.js')
    const odcs = run(
      process.execPath,
      ['--import', probe, cli, '--format', 'json', 'orders.odcs.yaml'],
      installed
    )
    expect(odcs.stderr).toBe('loaded odcs-3.1.0.cjs\n')
    expect(odcs.status).toBe(1)
    mkdirSync(join(installed, 'no-contracts'), { recursive: true })
    writeFileSync(join(installed, 'no-contracts', 'notes.yaml'), 'hello: world\n')
    const none = run(process.execPath, ['--import', probe, cli, '--cwd', 'no-contracts'], installed)
    expect(none).toMatchObject({ status: 0, stderr: '' })
    // The YAML libraries behind the block reader come in only for a file it declines (an anchor here): js-yaml
    // first, which declines it too, then the full parser.
    writeFileSync(
      join(installed, 'anchored.odcs.yaml'),
      'apiVersion: v3.1.0\nkind: DataContract\nid: &id orders\nname: *id\nversion: 1.0.0\nstatus: active\n'
    )
    const anchored = run(
      process.execPath,
      ['--import', probe, cli, '--format', 'json', 'anchored.odcs.yaml'],
      installed
    )
    expect(anchored.stderr).toBe(ANCHORED_LOADS)
    expect(anchored.status).toBe(1)
    const chunks = readdirSync(join(installed, 'node_modules', 'handoff-check', 'dist', 'chunks'))
    expect(chunks.filter((f) => f.endsWith('.cjs')).sort()).toEqual(['js-yaml.cjs', 'yaml.cjs'])
  })
})
