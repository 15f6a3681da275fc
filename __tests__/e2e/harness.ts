// Runs the bundled action exactly as a runner does: a child `node dist/index.js` with the event payload in a file,
// the GITHUB_* variables, INPUT_* inputs and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Report } from '../../src/vocabulary.js'
import type { FakeGitHub } from './fake-github.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST = join(ROOT, 'dist', 'index.js')

export interface Runtime {
  name: string
  node: string
}

/** Node 24 is what runners use; fetched with `npx -y node@24` when the registry can be reached. */
export function runtimes(): Runtime[] {
  const list: Runtime[] = [{ name: `node ${process.version}`, node: process.execPath }]
  try {
    const node24 = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
    const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()
    if (version !== process.version) list.push({ name: `node ${version}`, node: node24 })
  } catch (err) {
    console.log(
      `e2e: Node 24 not available (npx -y node@24 failed: ${firstLine(err)}); running on ${process.version} only.`
    )
  }
  return list
}

/** Bundles src/ into dist/ once, as `npm run bundle` does. */
export function bundle(): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'),
      '--config',
      'rollup.config.js',
      '--silent'
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 300_000
    }
  )
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The JSON report the run wrote to `report-path`, when it wrote one. */
  report?: Report
  /** `::error file=…::` style workflow commands the run printed. */
  commands: string[]
}

export interface RunOptions {
  event: string
  payload: unknown
  inputs?: Record<string, string>
  repository: string
  sha: string
}

export async function runAction(runtime: Runtime, gh: FakeGitHub, o: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'))
  try {
    const eventPath = join(dir, 'event.json')
    const outputPath = join(dir, 'output')
    const summaryPath = join(dir, 'summary.md')
    const runnerTemp = join(dir, 'runner-temp')
    writeFileSync(eventPath, JSON.stringify(o.payload))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const inputs = {
      'github-token': 'ghs_faketoken',
      config: '.github/handoff.yml',
      comment: 'always',
      'fail-on': 'error',
      ...o.inputs
    }
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: o.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: o.repository,
      GITHUB_SHA: o.sha,
      GITHUB_RUN_ID: '7001',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: gh.url,
      GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
      GITHUB_ACTION_REPOSITORY: 'handoff-check/handoff-check',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: runnerTemp,
      HANDOFF_CHECK_RETRY_AFTER_MS: '5',
      HANDOFF_CHECK_WRITE_SPACING_MS: '1'
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (done) => {
        execFile(runtime.node, [DIST], { env, cwd: dir, timeout: 60_000 }, (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
          done({ code, stdout, stderr })
        })
      }
    )
    const outputs = parseOutputs(readFileSync(outputPath, 'utf8'))
    const reportFile = outputs['report-path']
    const report =
      reportFile && existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Report)
        : undefined
    const commands = stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l))
    return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), report, commands }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The runner's file command format: `name<<DELIMITER`, the value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

/** The fixture trees under __fixtures__/handoff/<name>, as path → text. */
export function tree(name: string): Record<string, string> {
  const base = join(ROOT, '__fixtures__', 'handoff', name)
  const files: Record<string, string> = {}
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(join(dir, entry.name), rel)
      else files[rel] = readFileSync(join(dir, entry.name), 'utf8')
    }
  }
  walk(base, '')
  return files
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]
}
