// The `handoff-check` command: argv and the process in, a report and an exit code out. main() touches the
// process only through CliIO, so tests call it directly; run() at the bottom is the process wrapper.
import { closeSync, existsSync, openSync, realpathSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ResolvedConfig } from '../config/types.js'
import { defaultConfig } from '../config/defaults.js'
import { itemIds } from '../checks/index.js'
import { buildReport } from '../core/engine.js'
import { pairByContractId } from '../core/pairing.js'
import { cardOfEvalResults, isEvalResults } from '../formats/eval-results.js'
import type { FileReport, Report, SourceFile } from '../vocabulary.js'
import { runDiffCommand } from './diff-command.js'
import { renderChunks } from '../report/index.js'
import { parseCliArgs, USAGE, useColor } from './args.js'
import type { CliOptions } from './args.js'
import { readCodeowners } from './codeowners.js'
import { loadConfigFile } from './config-file.js'
import { BlobReader, closeBlobReaders } from './blobs.js'
import {
  candidateMatcher,
  discover,
  notRegularFile,
  readCandidate,
  ReadError,
  resolvePath
} from './discover.js'
import { changedSince, GitError, runGit } from './git.js'
import type { GitRunner } from './git.js'
import { runInitCommand } from './init.js'
import { EXIT } from './io.js'
import { runImpactCommand } from './impact.js'
import { withLinks } from './links.js'
import { messageOf } from './message.js'
import { pipeWriter } from './pipe.js'
import type { CliIO } from './io.js'
import { prestartWorkers, runTasks, stopSpares, threadCount } from './pool.js'
import type { PoolOptions, TaskResult } from './pool.js'
import type { FileTask, TaskEnv } from './tasks.js'
import { tuneV8 } from './v8-tuning.js'
import { packageInfo } from './version.js'

export const DEFAULT_CONFIG_PATH = '.github/handoff.yml'

/**
 * What main() runs the files through; tests inject reports here, the CLI uses the pool. Each task is a file to
 * check (`head`) and, with --changed-since, the path of its version at the ref (`base`); a deleted contract has
 * only `base`.
 */
export interface CliDeps {
  run(tasks: readonly FileTask[], env: TaskEnv, options: PoolOptions): Promise<TaskResult[]>
  /** Start `count` workers for the coming run while discovery still walks (runTasks takes them). */
  prestart?(count: number, url: URL): void
}

/**
 * The bundle's worker script, beside dist/cli.js. Run from the sources (the tests) there is none, and every task runs
 * in this thread; the bundle's own tests run the pool.
 */
const WORKER = new URL('./worker.js', import.meta.url)

/** A problem the user can fix: shown as `handoff-check: <message>`, exit 2. */
export class UsageError extends Error {}

export async function main(
  argv: string[],
  io: CliIO,
  deps: CliDeps = { run: runTasks, prestart: prestartWorkers }
): Promise<number> {
  if (argv[0] === 'diff') {
    return runDiffCommand(argv.slice(1), io, (config) => readConfig(io.cwd, { config }))
  }
  if (argv[0] === 'init') return runInitCommand(argv.slice(1), io)
  if (argv[0] === 'impact') {
    return runImpactCommand(argv.slice(1), io, (root, config) => readConfig(root, { config }))
  }
  const args = parseCliArgs(argv)
  if (!args.ok) {
    io.stderr(`handoff-check: ${args.message}\nRun handoff-check --help for usage.\n`)
    return EXIT.usage
  }
  const options = args.options
  if (options.help) {
    io.stdout(USAGE)
    return EXIT.pass
  }
  const pkg = packageInfo()
  if (options.version) {
    io.stdout(`${pkg.version}\n`)
    return EXIT.pass
  }

  try {
    const root = resolve(io.cwd, options.cwd ?? '.')
    if (options.cwd !== undefined && (await resolvePath(io.cwd, options.cwd))?.kind !== 'directory') {
      throw new UsageError(`--cwd: no such directory: ${options.cwd}`)
    }
    const config = await readConfig(root, options)
    const workerUrl = existsSync(fileURLToPath(WORKER)) ? WORKER : undefined
    const selection = await selectFiles(root, options, config, earlyWorkers(options, deps, workerUrl))
    const notes = selection.notes
    const codeowners = await readCodeowners(root)
    const env: TaskEnv = {
      root,
      ...(options.changedSince !== undefined ? { ref: options.changedSince } : {}),
      maxFileBytes: config.limits.maxFileBytes,
      ctx: { config, ...(codeowners ? { codeowners } : {}) }
    }
    const tasks = tasksOf(selection, options.changedSince !== undefined)
    const results = await deps.run(tasks, env, {
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(workerUrl ? { workerUrl } : {})
    })
    const checked = results.filter((r): r is FileReport => r !== undefined)
    const report = buildReport(await withLinks(checked, tasks, env), config.gate)
    const output = renderChunks(options.format, report, {
      color: options.output === undefined && useColor(options.color, io.env, io.isTTY),
      notes,
      toolVersion: pkg.version,
      ...(pkg.homepage !== undefined ? { informationUri: pkg.homepage } : {}),
      items: itemIds.filter((id) => config.items[id] !== 'off')
    })
    const code = exitCodeFor(report)
    if (options.output !== undefined) {
      writeReport(resolve(root, options.output), options.output, output)
      io.stderr(
        `handoff-check: wrote the ${options.format} report to ${options.output} (${report.result}).\n`
      )
    } else for (const chunk of output) io.stdout(chunk)
    if (options.demo && code !== EXIT.pass) {
      io.stderr(`handoff-check: --demo: exiting 0; without --demo this run exits ${code}.\n`)
      return EXIT.pass
    }
    return code
  } catch (err) {
    // A user-fixable problem is shown as it is; anything else is a failure to run, which also exits 2.
    const known = err instanceof UsageError || err instanceof GitError || err instanceof ReadError
    const detail = messageOf(err)
    io.stderr(`handoff-check: ${known ? '' : 'unexpected error: '}${detail}\n`)
    return EXIT.usage
  } finally {
    stopSpares()
    // Base versions read after the pool (the links scan re-checks cards) leave a git reader open: end it.
    closeBlobReaders()
  }
}

/**
 * While discovery walks, start the workers a run of that many files will use: they load the bundle (~100 ms) while
 * the walk goes on. Not with --changed-since, which keeps only the changed few of what discovery finds.
 */
export function earlyWorkers(
  options: Pick<CliOptions, 'jobs' | 'changedSince'>,
  deps: CliDeps,
  workerUrl: URL | undefined
): ((count: number) => void) | undefined {
  const { prestart } = deps
  if (!prestart || !workerUrl || options.changedSince !== undefined) return undefined
  const cores = availableParallelism()
  return (count) => {
    const threads = threadCount(count, options.jobs, cores)
    if (threads > 1) prestart(threads, workerUrl)
  }
}

/**
 * 1 when any non-waived error-severity finding remains; else 0. A breaking change fails through its
 * contract.breaking-change finding, so a waiver (or a major version increase) clears it.
 */
export function exitCodeFor(report: Report): number {
  return report.result === 'fail' ? EXIT.fail : EXIT.pass
}

async function readConfig(root: string, options: Pick<CliOptions, 'config'>): Promise<ResolvedConfig> {
  const named = options.config
  const path = named ?? DEFAULT_CONFIG_PATH
  let text: string
  try {
    text = await readFile(resolve(root, path), 'utf8')
  } catch (err) {
    if (named === undefined) return defaultConfig()
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err)
    throw new UsageError(`cannot read the config file ${named}: ${reason}.`)
  }
  const result = loadConfigFile(text, path)
  if (result.ok) return result.config
  const lines = result.errors.map((e) => `${e.path}:${e.line}:${e.column}: ${e.message}`)
  throw new UsageError(`invalid configuration:\n${lines.join('\n')}`)
}

/**
 * Writes the report's pieces as they are made (synchronously: the CLI has nothing else to do meanwhile). A file
 * system error is the user's to fix; an error making a piece is not one, and is not reported as one. writeFileSync
 * on the descriptor writes each piece whole (writeSync may write part of one).
 */
function writeReport(target: string, named: string, chunks: Iterable<string>): void {
  const fd = onDisk(named, () => openSync(target, 'w'))
  try {
    for (const chunk of chunks) onDisk(named, () => writeFileSync(fd, chunk))
  } finally {
    closeSync(fd)
  }
}

function onDisk<T>(named: string, call: () => T): T {
  try {
    return call()
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'its directory does not exist' : (code ?? messageOf(err))
    throw new UsageError(`cannot write the report to ${named}: ${reason}.`)
  }
}

export interface Selection {
  /** Files to check, sorted; `explicit` when named on the command line. */
  files: { path: string; explicit: boolean }[]
  /** With --changed-since: candidates deleted since the ref (their base version is at the ref). */
  deleted: string[]
  /** With --changed-since: selected files that git sees as renamed since the ref, new path → path at the ref. */
  renamed: Record<string, string>
  /**
   * With --changed-since: changed candidates that are no longer regular files (a symbolic link, a submodule), with
   * what stands there. They are reported, never skipped: a link must not hide the contract it replaced.
   */
  notFiles: { path: string; detail: string }[]
  notes: string[]
}

/**
 * The files a run checks: discovery, named paths, and the --changed-since filter. Paths are relative to root.
 * `onFound` hears how many files discovery has found so far, as it finds them.
 */
export async function selectFiles(
  root: string,
  options: Pick<CliOptions, 'paths' | 'changedSince'> & Partial<Pick<CliOptions, 'asDiscovered'>>,
  config: ResolvedConfig,
  onFound?: (count: number) => void
): Promise<Selection> {
  const isCandidate = candidateMatcher(config)
  const chosen = new Map<string, boolean>()
  /** The directories named on the command line; a deleted file counts only inside one of them. */
  const scopes: string[] = []
  if (options.paths.length === 0) {
    for (const path of discover(root, root, isCandidate, onFound)) chosen.set(path, false)
  }
  for (const arg of options.paths) {
    const found = await resolvePath(root, arg)
    if (!found) throw new UsageError(`no such file or directory: ${arg}`)
    if (found.kind === 'file') {
      if (!options.asDiscovered) chosen.set(found.path, true)
      else if (isCandidate(found.path)) chosen.set(found.path, false)
    } else {
      scopes.push(found.path)
      const before = chosen.size
      const counted = onFound && ((count: number) => onFound(before + count))
      for (const path of discover(root, join(root, found.path), isCandidate, counted)) {
        if (!chosen.has(path)) chosen.set(path, false)
      }
    }
  }

  const notes: string[] = []
  let deleted: string[] = []
  const renamed: Record<string, string> = {}
  const notFiles: Selection['notFiles'] = []
  if (options.changedSince !== undefined) {
    const changes = await changedSince(root, options.changedSince)
    // A changed eval results file changes what its card reports: the card is checked.
    const keep = new Set(changes.changed.map((p) => (isEvalResults(p) ? cardOfEvalResults(p) : p)))
    for (const path of [...chosen.keys()]) if (!keep.has(path)) chosen.delete(path)
    const inScope = (path: string) =>
      options.paths.length === 0 || scopes.some((s) => s === '.' || path.startsWith(`${s}/`))
    for (const path of changes.changed) {
      if (chosen.has(path) || !isCandidate(path) || !inScope(path)) continue
      const detail = await notRegularFile(root, path)
      if (detail !== undefined) notFiles.push({ path, detail })
    }
    deleted = changes.deleted.filter((path) => isCandidate(path) && inScope(path))
    if (deleted.length > 0) {
      for (const [to, from] of await renamesSince(root, options.changedSince)) {
        if (chosen.has(to) && deleted.includes(from)) renamed[to] = from
      }
      const added = changes.added.filter((path) => chosen.has(path) && renamed[path] === undefined)
      const pairs = await pairMoved(root, options.changedSince, added, deleted, config)
      for (const [to, from] of pairs) if (!Object.values(renamed).includes(from)) renamed[to] = from
      const moved = new Set(Object.values(renamed))
      deleted = deleted.filter((path) => !moved.has(path))
    }
    if (deleted.length > 0) notes.push(`Deleted since ${options.changedSince}: ${deleted.join(', ')}`)
  }
  const files = [...chosen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, explicit]) => ({ path, explicit }))
  return { files, deleted, renamed, notFiles, notes }
}

/**
 * Added files that are a deleted contract moved, paired by contract `id` (src/core/pairing.ts): a DCS file replaced
 * by its ODCS migration is compared with it, not reported as one contract removed and another added.
 */
async function pairMoved(
  root: string,
  ref: string,
  added: readonly string[],
  deleted: readonly string[],
  config: ResolvedConfig
): Promise<Map<string, string>> {
  if (added.length === 0 || deleted.length === 0) return new Map()
  const removed: SourceFile[] = []
  const reader = new BlobReader(root)
  try {
    for (const path of deleted) {
      const text = await reader.read(ref, path)
      if (text !== undefined) removed.push({ path, text })
    }
  } finally {
    reader.close()
  }
  const heads = added.flatMap((path) => readCandidate(root, path, false, config.limits.maxFileBytes) ?? [])
  return pairByContractId(removed, heads, { config })
}

/**
 * Renames between `ref` and the working tree as git detects them (`-M`, similarity of 50% or more), new path →
 * old path. Untracked files are not seen, so a renamed contract must be added (`git add`) or committed.
 */
export async function renamesSince(
  root: string,
  ref: string,
  git: GitRunner = runGit
): Promise<Map<string, string>> {
  const out = await git(['diff', '--name-status', '-z', '-M', '--relative', ref, '--'], root)
  const fields = out.split('\0')
  const renames = new Map<string, string>()
  for (let i = 0; i < fields.length && fields[i] !== '';) {
    const status = fields[i]
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames.set(fields[i + 2], fields[i + 1])
      i += 3
    } else i += 2
  }
  return renames
}

/**
 * The run's tasks: each selected file with, under --changed-since, the path of its version at the ref (its old path
 * when renamed), then each changed path that is no longer a regular file, then each deleted candidate as a base
 * without a head.
 */
function tasksOf(selection: Selection, compare: boolean): FileTask[] {
  const base = (path: string): { base?: string } => (compare ? { base: selection.renamed[path] ?? path } : {})
  return [
    ...selection.files.map(({ path, explicit }) => ({ head: { path, explicit }, ...base(path) })),
    ...selection.notFiles.map(({ path, detail }) => ({
      head: { path, explicit: false, notFile: detail },
      ...base(path)
    })),
    ...selection.deleted.map((path) => ({ base: path }))
  ]
}

/**
 * The process wrapper: real stdout/stderr (a closed pipe ends the output quietly, src/cli/pipe.ts), the exit code set
 * (not forced) so piped output is flushed.
 */
export async function run(): Promise<void> {
  tuneV8()
  process.exitCode = await main(process.argv.slice(2), {
    stdout: pipeWriter(process.stdout),
    stderr: pipeWriter(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true
  })
}

function isProcessEntry(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return pathToFileURL(realpathSync(entry)).href === import.meta.url
  } catch {
    return false
  }
}

if (isProcessEntry()) await run()
