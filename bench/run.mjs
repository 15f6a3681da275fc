// `npm run bench`: handoff-check end to end against ajv-cli, Spectral and two parse floors, on synthetic repositories
// of N files (bench/generate.mjs), each tool a child process. Prints a table per N, the ratios and the performance
// targets, and writes everything as JSON. The targets are judged here, never in timed tests.
//
//   npm run bench -- [--runs K] [--sizes 1000,10000] [--large] [--spectral | --no-spectral] [--seed S] [--json FILE]
//
// The comparison tools are installed on first use into bench/.tools (gitignored), so `npm ci` of the project stays
// lean; generated repositories are cached in bench/.cache (gitignored). Needs `npm run package` first (dist/cli.js).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { actionFirstRequest } from './action-start.mjs'
import { generate, GENERATOR_VERSION } from './generate.mjs'
import { measure, rssMethod } from './measure.mjs'
import { spectralRuleset } from './spectral-ruleset.mjs'
import { median, pairedRatio } from './stats.mjs'

const BENCH = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(BENCH, '..')
const TOOLS_DIR = join(BENCH, '.tools')
const CACHE = join(BENCH, '.cache')
const ODCS_SCHEMA = join(ROOT, 'schemas', 'vendor', 'odcs-json-schema-v3.1.0.json')
const CLI = join(ROOT, 'bin', 'handoff-check.js')
const ACTION = join(ROOT, 'dist', 'index.js')

/** The comparison tools, pinned so results stay comparable between runs. */
const TOOLS = {
  'ajv-cli': '5.0.0',
  'ajv-formats': '3.0.1',
  '@stoplight/spectral-cli': '6.16.3',
  'js-yaml': '4.3.2'
}

const TARGETS = {
  fasterThanAjv: 'faster than ajv-cli at 10k',
  spectral100: '≥100× faster than Spectral',
  floor2: 'within 2× of the js-yaml parse floor at 10k',
  rss200: 'peak RSS < 200 MB at 10k',
  wallScaling: '10k/1k wall ratio ≤ 11',
  rssScaling: '10k/1k peak RSS ratio ≤ 1.5'
}

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '1000,10000' },
    large: { type: 'boolean', default: false },
    spectral: { type: 'boolean' },
    'no-spectral': { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    json: { type: 'string', default: join(BENCH, 'results', 'latest.json') }
  }
})
const runs = Math.max(1, Number(opts.runs))
const seed = Number(opts.seed)
const sizes = opts.sizes.split(',').map(Number)
if (opts.large && !sizes.includes(50000)) sizes.push(50000)
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs)) {
  process.stderr.write('bench: --sizes takes positive integers (1000,10000) and --runs a count\n')
  process.exit(2)
}
/** Spectral is slow (minutes at 10k): by default it runs at N ≤ 1,000 only; --spectral runs it everywhere. */
const spectralAt = (n) => !opts['no-spectral'] && (opts.spectral === true || n <= 1000)

const log = (line) => process.stderr.write(`${line}\n`)

function toolPath(pkg, bin) {
  return join(TOOLS_DIR, 'node_modules', ...pkg.split('/'), bin)
}

function ensureTools() {
  const missing = Object.entries(TOOLS).filter(([name, version]) => {
    const manifest = join(TOOLS_DIR, 'node_modules', ...name.split('/'), 'package.json')
    return !existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== version
  })
  if (missing.length === 0) return
  log(
    `bench: installing ${missing.map(([n, v]) => `${n}@${v}`).join(', ')} into bench/.tools (first run only)…`
  )
  mkdirSync(TOOLS_DIR, { recursive: true })
  const manifest = join(TOOLS_DIR, 'package.json')
  if (!existsSync(manifest))
    writeFileSync(manifest, '{ "name": "handoff-check-bench-tools", "private": true }\n')
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      TOOLS_DIR,
      '--no-audit',
      '--no-fund',
      '--save-exact',
      ...missing.map(([n, v]) => `${n}@${v}`)
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
}

/** The cached repository of N files, regenerated when missing or made by another generator version. */
function repository(n) {
  const dir = join(CACHE, `repo-${n}-s${seed}`)
  // The manifest sits beside the repository, not in it, so no tool reads it as a file to check.
  const manifestPath = `${dir}.manifest.json`
  if (existsSync(manifestPath) && existsSync(dir)) {
    const cached = JSON.parse(readFileSync(manifestPath, 'utf8'))
    if (cached.generatorVersion === GENERATOR_VERSION) return { dir, manifest: cached }
  }
  log(`bench: generating ${n.toLocaleString('en')} files into ${relative(ROOT, dir)}…`)
  const manifest = generate({ n, seed, out: dir })
  writeFileSync(manifestPath, JSON.stringify(manifest))
  return { dir, manifest }
}

async function runTool(tool, label, n) {
  const outDir = join(CACHE, 'out')
  mkdirSync(outDir, { recursive: true })
  const base = join(outDir, `${tool.id}-${n}`)
  const result = await measure(process.execPath, tool.args, {
    cwd: ROOT,
    env: tool.env ?? {},
    stdoutPath: `${base}.stdout`,
    stderrPath: `${base}.stderr`
  })
  if (!tool.okExit.includes(result.exitCode)) {
    const stderr = readFileSync(`${base}.stderr`, 'utf8').slice(0, 2000)
    throw new Error(
      `${label}: ${tool.name} exited ${result.exitCode}, expected ${tool.okExit.join(' or ')}\n${stderr}`
    )
  }
  return { ...result, base }
}

/** The tools for one repository; `files`/`bytes` are what each one reads. */
function toolsFor(n, repo) {
  const { manifest, dir } = repo
  const outDir = join(CACHE, 'out')
  const odcs = manifest.files.filter((f) => f.standard === 'odcs')
  const contracts = manifest.files.filter((f) => f.standard === 'odcs' || f.standard === 'dcs')
  const sum = (files) => files.reduce((total, f) => total + f.bytes, 0)
  const spectralRules = join(CACHE, 'spectral-ruleset.json')
  const tools = [
    {
      id: 'handoff-check',
      name: 'handoff-check CLI (all checks, JSON report)',
      args: [CLI, '--cwd', dir, '--format', 'json', '--output', join(outDir, `handoff-check-${n}.json`)],
      okExit: [1], // the repository has missing owners and freshness on purpose
      files: manifest.files.length,
      bytes: manifest.bytes
    },
    {
      // The same run on one thread: what the worker threads add (the targets are judged on the default run).
      id: 'handoff-check-jobs1',
      name: 'handoff-check CLI on one thread (--jobs 1)',
      args: [
        CLI,
        '--cwd',
        dir,
        '--format',
        'json',
        '--jobs',
        '1',
        '--output',
        join(outDir, `handoff-check-jobs1-${n}.json`)
      ],
      okExit: [1],
      files: manifest.files.length,
      bytes: manifest.bytes
    },
    {
      id: 'ajv-cli',
      name: 'ajv-cli, ODCS files vs ODCS v3.1.0 JSON Schema',
      args: [
        toolPath('ajv-cli', 'dist/index.js'),
        'validate',
        '-s',
        ODCS_SCHEMA,
        '-d',
        `${dir}/**/*.odcs.yaml`,
        '--spec=draft2019',
        '-c',
        'ajv-formats',
        '--strict=false',
        '--errors=line'
      ],
      okExit: [0],
      files: odcs.length,
      bytes: sum(odcs)
    },
    {
      id: 'spectral',
      name: 'Spectral, contracts vs bench ruleset (ODCS schema, owner, freshness, schema)',
      skip: !spectralAt(n),
      args: [
        toolPath('@stoplight/spectral-cli', 'dist/index.js'),
        'lint',
        '--ruleset',
        spectralRules,
        '--format',
        'json',
        '--output',
        join(outDir, `spectral-${n}.json`),
        `${dir}/**/*.{odcs,datacontract}.yaml`
      ],
      okExit: [1], // findings exist on purpose
      once: true,
      files: contracts.length,
      bytes: sum(contracts)
    },
    {
      id: 'js-yaml',
      name: 'parse floor: js-yaml load() of every file',
      args: [join(BENCH, 'floor.mjs'), 'js-yaml', dir],
      okExit: [0],
      files: manifest.files.length,
      bytes: manifest.bytes
    },
    {
      id: 'yaml',
      name: 'parse floor: yaml parseDocument()+toJS() of every file',
      args: [join(BENCH, 'floor.mjs'), 'yaml', dir],
      okExit: [0],
      files: manifest.files.length,
      bytes: manifest.bytes
    }
  ]
  writeFileSync(spectralRules, JSON.stringify(spectralRuleset(ODCS_SCHEMA)))
  return tools
}

/** Do the tools find what the generator planted? A fast tool that checks nothing would be no result. */
function verify(tool, base, n, manifest) {
  const want = manifest.expected
  if (tool.id.startsWith('handoff-check')) {
    const report = JSON.parse(readFileSync(join(CACHE, 'out', `${tool.id}-${n}.json`), 'utf8'))
    let owner = 0
    let freshness = 0
    let other = 0
    for (const file of report.files) {
      if (file.kind !== 'contract') continue
      for (const f of file.findings) {
        if (f.item === 'contract.owner' && f.status === 'missing') owner++
        else if (f.item === 'contract.freshness' && f.status === 'missing') freshness++
        else if (f.severity === 'error') other++
      }
    }
    const ok =
      owner === want.contractOwnerMissing && freshness === want.contractFreshnessMissing && other === 0
    return {
      ok,
      detail: `${owner} missing owners, ${freshness} missing freshness, ${other} other contract errors`
    }
  }
  if (tool.id === 'ajv-cli') {
    const valid = readFileSync(`${base}.stdout`, 'utf8')
      .split('\n')
      .filter((l) => l.endsWith(' valid')).length
    return { ok: valid === tool.files, detail: `${valid} of ${tool.files} ODCS files valid` }
  }
  if (tool.id === 'spectral') {
    const results = JSON.parse(readFileSync(join(CACHE, 'out', `spectral-${n}.json`), 'utf8'))
    const count = (code) => results.filter((r) => r.code === code).length
    const owner = count('contract-owner')
    const freshness = count('contract-freshness')
    const other = results.length - owner - freshness
    const ok =
      owner === want.contractOwnerMissing && freshness === want.contractFreshnessMissing && other === 0
    return { ok, detail: `${owner} missing owners, ${freshness} missing freshness, ${other} other results` }
  }
  const [files, , , , errors] = readFileSync(`${base}.stdout`, 'utf8').split(' ')
  return {
    ok: Number(files) === tool.files && errors === '0',
    detail: `${files} files parsed, ${errors} errors`
  }
}

async function benchSize(n) {
  const repo = repository(n)
  const tools = toolsFor(n, repo)
  const samples = new Map(tools.map((t) => [t.id, []]))
  const checks = new Map()
  for (let run = 1; run <= runs; run++) {
    // Interleaved, so a slow spell on a shared machine hits every tool rather than one.
    for (const tool of tools) {
      if (tool.skip || (tool.once && run > 1)) continue
      log(`bench: N=${n.toLocaleString('en')} run ${run}/${runs}: ${tool.id}…`)
      const result = await runTool(tool, `N=${n}`, n)
      samples.get(tool.id).push(result)
      if (run === 1) checks.set(tool.id, verify(tool, result.base, n, repo.manifest))
    }
  }
  const rows = tools.map((tool) => {
    const got = samples.get(tool.id)
    if (got.length === 0)
      return { id: tool.id, name: tool.name, skipped: true, files: tool.files, bytes: tool.bytes }
    const wallS = median(got.map((r) => r.wallS))
    return {
      id: tool.id,
      name: tool.name,
      files: tool.files,
      bytes: tool.bytes,
      runs: got.length,
      wallS,
      wallSamplesS: got.map((r) => r.wallS),
      cpuS: median(got.map((r) => r.cpuS)),
      filesPerS: tool.files / wallS,
      mbPerS: tool.bytes / 1e6 / wallS,
      peakRssMB: median(got.map((r) => r.peakRssMB)),
      check: checks.get(tool.id)
    }
  })
  return {
    n,
    seed,
    bytes: repo.manifest.bytes,
    plan: repo.manifest.plan,
    expected: repo.manifest.expected,
    rows
  }
}

/**
 * Cold start: --version, one file with the first-read probe (process start → first file read), and the Action from
 * process start to its first API request (bench/action-start.mjs).
 */
async function coldStart() {
  const repo = repository(1)
  const probeOut = join(CACHE, 'out', 'probe.json')
  const version = []
  const one = []
  const firstRead = []
  const firstRequest = []
  for (let run = 0; run < runs; run++) {
    const v = await runTool(
      { id: 'version', name: 'handoff-check --version', args: [CLI, '--version'], okExit: [0] },
      'cold start',
      0
    )
    version.push(v)
    const r = await runTool(
      {
        id: 'one-file',
        name: 'handoff-check, 1 file',
        args: ['--import', join(BENCH, 'first-read-probe.mjs'), CLI, '--cwd', repo.dir, '--format', 'json'],
        env: { BENCH_PROBE_ROOT: repo.dir, BENCH_PROBE_OUT: probeOut },
        okExit: [0, 1]
      },
      'cold start',
      1
    )
    one.push(r)
    firstRead.push(JSON.parse(readFileSync(probeOut, 'utf8')).firstReadMs)
    const request = await actionFirstRequest(ACTION)
    if (request instanceof Error) log(`bench: the Action's cold start: ${request.message}`)
    else firstRequest.push(request)
  }
  return {
    versionWallS: median(version.map((r) => r.wallS)),
    versionPeakRssMB: median(version.map((r) => r.peakRssMB)),
    oneFileWallS: median(one.map((r) => r.wallS)),
    oneFilePeakRssMB: median(one.map((r) => r.peakRssMB)),
    firstReadMs: median(firstRead),
    actionFirstRequestMs: firstRequest.length === runs ? median(firstRequest) : undefined
  }
}

// ---------------------------------------------------------------------------------------------------------------
const fmt = (x, digits = 2) => (x === undefined ? '–' : x.toFixed(digits))
const fmtInt = (x) => Math.round(x).toLocaleString('en')
const mark = (ok) => (ok === undefined ? '–' : ok ? '✅' : '❌')

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

function printSize(size) {
  const p = size.plan
  const missing = p.contractsMissingOwnerOnly + p.contractsMissingFreshnessOnly + p.contractsMissingBoth
  console.log(
    `\nN = ${fmtInt(size.n)} files, ${fmt(size.bytes / 1e6)} MB: ${p.odcs} ODCS, ${p.dcs} DCS, ${p.modelCards} model cards;` +
      ` ${missing} contracts miss an owner and/or a freshness (seed ${size.seed}; wall and CPU (user + system, all threads) = medians of the runs)`
  )
  const rows = size.rows.map((r) =>
    r.skipped
      ? [r.name, fmtInt(r.files), 'skipped (use --spectral)', '', '', '', '', '', '']
      : [
          r.name,
          fmtInt(r.files),
          fmt(r.wallS),
          fmt(r.cpuS),
          fmtInt(r.filesPerS),
          fmt(r.mbPerS),
          fmt(r.peakRssMB, 0),
          r.runs,
          `${mark(r.check.ok)} ${r.check.detail}`
        ]
  )
  console.log(
    table(['tool', 'files', 'wall s', 'CPU s', 'files/s', 'MB/s', 'peak RSS MB', 'runs', 'found'], rows)
  )
}

function ratiosAndTargets(sizes) {
  const row = (size, id) => size?.rows.find((r) => r.id === id && !r.skipped)
  const at = (n) => sizes.find((s) => s.n === n)
  const ratios = []
  for (const size of sizes) {
    const hc = row(size, 'handoff-check')
    const ajv = row(size, 'ajv-cli')
    const spectral = row(size, 'spectral')
    const floor = row(size, 'js-yaml')
    const yamlFloor = row(size, 'yaml')
    ratios.push({
      n: size.n,
      handoffCheckOverAjv: hc.wallS / ajv.wallS,
      handoffCheckOverAjvRunByRun: pairedRatio(hc.wallSamplesS, ajv.wallSamplesS),
      handoffCheckOverAjvPerFile: hc.wallS / hc.files / (ajv.wallS / ajv.files),
      spectralOverHandoffCheck: spectral ? spectral.wallS / hc.wallS : undefined,
      handoffCheckOverJsYamlFloor: hc.wallS / floor.wallS,
      handoffCheckOverYamlFloor: hc.wallS / yamlFloor.wallS
    })
  }
  const small = at(1000)
  const big = at(10000)
  const scaling =
    small && big
      ? {
          wall: row(big, 'handoff-check').wallS / row(small, 'handoff-check').wallS,
          rss: row(big, 'handoff-check').peakRssMB / row(small, 'handoff-check').peakRssMB
        }
      : undefined
  const bigRatios = ratios.find((r) => r.n === 10000)
  const withSpectral = [...ratios].reverse().find((r) => r.spectralOverHandoffCheck !== undefined)
  const hcBig = big && row(big, 'handoff-check')
  const targets = [
    {
      // Judged run by run (each handoff-check run over the ajv-cli run beside it): medians taken apart let a slow
      // spell in one tool's runs decide the verdict. Both figures are shown.
      id: 'fasterThanAjv',
      value: bigRatios?.handoffCheckOverAjvRunByRun ?? bigRatios?.handoffCheckOverAjv,
      shown: (v) =>
        `${fmt(v)}× ajv-cli's wall, run by run (${fmt(bigRatios.handoffCheckOverAjv)}× by the medians)`,
      ok: (v) => v < 1
    },
    {
      // Judged where the target is set, at 10,000 files: at 1,000, start-up is most of a handoff-check run.
      id: 'spectral100',
      value: bigRatios?.spectralOverHandoffCheck,
      shown: (v) => `${fmt(v, 1)}×`,
      ok: (v) => v >= 100,
      unmeasured:
        withSpectral && withSpectral.n !== 10000
          ? `not measured at 10k (--spectral, ~15 min); ${fmt(withSpectral.spectralOverHandoffCheck, 1)}× at N=${fmtInt(withSpectral.n)}`
          : undefined
    },
    {
      id: 'floor2',
      value: bigRatios?.handoffCheckOverJsYamlFloor,
      shown: (v) => `${fmt(v)}× the floor`,
      ok: (v) => v <= 2
    },
    { id: 'rss200', value: hcBig?.peakRssMB, shown: (v) => `${fmt(v, 0)} MB`, ok: (v) => v < 200 },
    { id: 'wallScaling', value: scaling?.wall, shown: (v) => fmt(v), ok: (v) => v <= 11 },
    { id: 'rssScaling', value: scaling?.rss, shown: (v) => fmt(v), ok: (v) => v <= 1.5 }
  ].map((t) => ({
    id: t.id,
    target: TARGETS[t.id],
    value: t.value,
    met: t.value === undefined ? undefined : t.ok(t.value),
    shown: t.value === undefined ? (t.unmeasured ?? 'not measured') : t.shown(t.value)
  }))
  return { ratios, scaling, targets }
}

function printRatios({ ratios, scaling, targets }) {
  console.log('\nRatios (wall time)')
  console.log(
    table(
      [
        'N',
        'handoff-check / ajv-cli',
        'run by run',
        'per file',
        'Spectral / handoff-check',
        'handoff-check / js-yaml',
        'handoff-check / yaml'
      ],
      ratios.map((r) => [
        fmtInt(r.n),
        fmt(r.handoffCheckOverAjv),
        fmt(r.handoffCheckOverAjvRunByRun),
        fmt(r.handoffCheckOverAjvPerFile),
        r.spectralOverHandoffCheck === undefined ? 'skipped' : fmt(r.spectralOverHandoffCheck, 1),
        fmt(r.handoffCheckOverJsYamlFloor),
        fmt(r.handoffCheckOverYamlFloor)
      ])
    )
  )
  if (scaling) console.log(`10k/1k: wall ${fmt(scaling.wall)}×, peak RSS ${fmt(scaling.rss)}×`)
  console.log('\nTargets')
  console.log(
    table(
      ['', 'target', 'measured'],
      targets.map((t) => [mark(t.met), t.target, t.shown])
    )
  )
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    process.stderr.write('bench: dist/cli.js is missing: run `npm run package` first.\n')
    process.exit(2)
  }
  ensureTools()
  const results = []
  for (const n of sizes) results.push(await benchSize(n))
  log('bench: cold start…')
  const cold = await coldStart()
  const summary = ratiosAndTargets(results)

  console.log(
    `handoff-check benchmark: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ` +
      `${fmt(totalmem() / 2 ** 30, 1)} GiB; peak RSS and CPU by ${rssMethod === 'gnu-time' ? 'GNU time (rusage)' : 'sampling /proc every 20 ms (lower bounds)'}; ` +
      `MB = 10^6 bytes of input read by that tool`
  )
  for (const size of results) printSize(size)
  console.log(
    `\nCold start (median of ${runs}): --version ${fmt(cold.versionWallS * 1000, 0)} ms; 1 file ${fmt(cold.oneFileWallS * 1000, 0)} ms` +
      ` end to end (${fmt(cold.oneFilePeakRssMB, 0)} MB); process start → first file read ${fmt(cold.firstReadMs, 0)} ms;` +
      ` the Action, process start → first API request ${fmt(cold.actionFirstRequestMs, 0)} ms`
  )
  printRatios(summary)

  const json = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      totalMemGiB: totalmem() / 2 ** 30
    },
    rssMethod,
    runs,
    tools: TOOLS,
    sizes: results,
    coldStart: cold,
    ...summary
  }
  mkdirSync(dirname(opts.json), { recursive: true })
  writeFileSync(opts.json, `${JSON.stringify(json, null, 2)}\n`)
  console.log(`\nWrote ${relative(process.cwd(), opts.json)}`)
  const unverified = results.flatMap((s) =>
    s.rows.filter((r) => r.check && !r.check.ok).map((r) => `${r.id} at N=${s.n}`)
  )
  if (unverified.length > 0) {
    process.stderr.write(
      `bench: results that did not find what the generator planted: ${unverified.join(', ')}\n`
    )
    process.exit(1)
  }
}

await main()
