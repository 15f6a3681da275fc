// The worker pool: how many threads a run uses, and that the bundle's worker threads give exactly the report a
// single thread gives (same files, same order, same findings, same exit code), --changed-since included.
import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { deserialize } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { ReadError } from '../../src/cli/discover.js'
import { affinityOrder, runTasks, TASKS_PER_WORKER, threadCount } from '../../src/cli/pool.js'
import type { WorkerMessage, WorkerReply } from '../../src/cli/pool.js'
import type { FileTask, TaskEnv } from '../../src/cli/tasks.js'
import { main } from '../../src/cli/main.js'
import { fakeIO, git, tempRepo, tempTree } from './helpers.js'

const CLI = join(process.cwd(), 'bin', 'handoff-check.js')
const WORKER = pathToFileURL(join(process.cwd(), 'dist', 'worker.js'))
const STANDARDS = join(process.cwd(), '__tests__', 'fixtures', 'standards')

describe('threadCount', () => {
  it('runs small runs in this thread and large ones on one thread per core', () => {
    expect(threadCount(10, undefined, 8)).toBe(1)
    expect(threadCount(2 * TASKS_PER_WORKER - 1, undefined, 8)).toBe(1)
    expect(threadCount(2 * TASKS_PER_WORKER, undefined, 8)).toBe(2)
    expect(threadCount(100 * TASKS_PER_WORKER, undefined, 8)).toBe(8)
    expect(threadCount(100 * TASKS_PER_WORKER, undefined, 1)).toBe(1)
  })

  it('takes --jobs as given, never more threads than tasks', () => {
    expect(threadCount(10, 4, 2)).toBe(4)
    expect(threadCount(3, 4, 2)).toBe(3)
    expect(threadCount(10_000, 1, 8)).toBe(1)
    expect(threadCount(1, 2, 8)).toBe(1)
    expect(threadCount(0, 2, 8)).toBe(1)
  })
})

/** A repository of every standard's example and the bundled examples, committed, then changed. */
function changedRepository(): string {
  const root = tempRepo({ 'README.md': '# contracts\n' })
  cpSync(STANDARDS, join(root, 'standards'), { recursive: true })
  cpSync(join(process.cwd(), 'examples'), join(root, 'examples'), { recursive: true })
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'contracts')
  const odcs = join(root, 'standards', 'open-data-contract-standard')
  const [first, second] = readdirSync(odcs).filter((f) => f.endsWith('.yaml'))
  rmSync(join(odcs, first))
  renameSync(join(odcs, second), join(odcs, `moved-${second}`))
  git(root, 'add', '-A')
  return root
}

function cli(root: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [CLI, '--cwd', root, '--format', 'json', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('the bundle on worker threads', () => {
  it('reports exactly what one thread reports, over every standard example', () => {
    const root = changedRepository()
    const single = cli(root, '--jobs', '1')
    const report = JSON.parse(single.out) as { files: { path: string }[] }
    expect(report.files.length).toBeGreaterThan(60)
    expect(single.code).toBe(1)
    for (const jobs of ['2', '3']) expect(cli(root, '--jobs', jobs)).toEqual(single)
  })

  it('reports what the sources report: the validators ajv compiled at build time are the ones it compiles at run time', async () => {
    const root = changedRepository()
    const io = fakeIO(process.cwd())
    const code = await main(['--cwd', root, '--format', 'json', '--jobs', '1'], io)
    expect(cli(root, '--jobs', '2')).toEqual({ code, out: io.out.join(''), err: io.err.join('') })
  })

  it('compares with the ref on worker threads too: the removed contract is reported the same way', () => {
    const root = changedRepository()
    const single = cli(root, '--changed-since', 'HEAD', '--jobs', '1')
    const report = JSON.parse(single.out) as { files: { path: string; changes?: unknown }[] }
    expect(report.files.filter((f) => f.changes !== undefined).length).toBeGreaterThan(0)
    expect(cli(root, '--changed-since', 'HEAD', '--jobs', '3')).toEqual(single)
  })
})

describe('affinityOrder', () => {
  it('groups the tasks by the standard their names suggest, each group in the order of the tasks', () => {
    const tasks: FileTask[] = [
      { head: { path: 'models/a/README.md', explicit: false } },
      { head: { path: 'c/orders.odcs.yaml', explicit: false } },
      { head: { path: 'c/datacontract.yaml', explicit: false } },
      { head: { path: 'c/other.yaml', explicit: false } },
      { base: 'c/removed.ODCS.yml' },
      { head: { path: 'cards/card.json', explicit: false } },
      { head: { path: 'c/users.datacontract.yml', explicit: false } },
      { head: { path: 'b/odcs.yaml.d/x.yaml', explicit: false } },
      { head: { path: 'c/list.odcs.json', explicit: false } }
    ]
    expect(affinityOrder(tasks)).toEqual([1, 4, 8, 2, 6, 3, 7, 0, 5])
  })
})

describe('runTasks on worker threads', () => {
  const env = (root: string): TaskEnv => ({ root, maxFileBytes: 1024, ctx: { config: defaultConfig() } })

  it('hands back reports in the order of the tasks, with undefined for what is not ours', async () => {
    const root = tempTree({ 'a.yaml': 'hello: world\n' })
    const tasks: FileTask[] = [
      { head: { path: 'a.yaml', explicit: false } },
      { head: { path: 'a.yaml', explicit: true } },
      { head: { path: 'gone.yaml', explicit: false } }
    ]
    const results = await runTasks(tasks, env(root), { jobs: 2, workerUrl: WORKER })
    expect(results.map((r) => r && [r.path, r.findings.map((f) => f.item)])).toEqual([
      undefined,
      ['a.yaml', ['file.parse']],
      undefined
    ])
  })

  it('hands back what one thread makes, in order, when the workers take chunks from both ends of the groups', async () => {
    // More than a few chunks (24 tasks each) of every group, interleaved in the tasks' order, so that both workers
    // take chunks from both ends and meet inside a group. A README without front matter is ours only when named.
    const files: Record<string, string> = {}
    const tasks: FileTask[] = []
    for (let i = 0; i < 150; i++) {
      const n = String(i).padStart(3, '0')
      const path = [`c/${n}.odcs.yaml`, `c/${n}.datacontract.yaml`, `m/${n}/README.md`][i % 3]
      files[path] =
        i % 2 === 0 ? `apiVersion: v3.1.0\nkind: DataContract\nid: c${n}\n` : `no: contract ${n}\n`
      tasks.push({ head: { path, explicit: i % 5 === 0 } })
    }
    const root = tempTree(files)
    const single = await runTasks(tasks, env(root), { jobs: 1 })
    const threaded = await runTasks(tasks, env(root), { jobs: 2, workerUrl: WORKER })
    expect(threaded).toEqual(single)
    expect(single.filter((r) => r !== undefined).map((r) => r!.path)).toEqual(
      tasks.filter((_, i) => i % 5 === 0 || (i % 2 === 0 && i % 3 !== 2)).map((t) => t.head!.path)
    )
  })

  it('gets each chunk back as v8-serialised bytes that hold the reports one thread makes', async () => {
    const root = tempTree({
      'a.yaml': 'hello: world\n',
      'b.odcs.yaml': 'apiVersion: v3.1.0\nkind: DataContract\n'
    })
    const tasks: FileTask[] = [
      { head: { path: 'a.yaml', explicit: false } },
      { head: { path: 'b.odcs.yaml', explicit: false } }
    ]
    const worker = new Worker(WORKER)
    try {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
        worker.postMessage({ env: env(root) } satisfies WorkerMessage)
        worker.postMessage({ id: 48, tasks } satisfies WorkerMessage)
      })
      if (!('bytes' in reply)) throw new Error(`the worker failed: ${reply.error.message}`)
      expect(reply.id).toBe(48)
      expect(reply.bytes).toBeInstanceOf(Uint8Array)
      const single = await runTasks(tasks, env(root), { jobs: 1 })
      expect(deserialize(reply.bytes)).toEqual(single.map((r) => r ?? null))
      expect(single[1]?.path).toBe('b.odcs.yaml')
    } finally {
      await worker.terminate()
    }
  })

  it('fails with the read error of a named file a worker could not read', async () => {
    const root = tempTree({ 'a.yaml': 'hello: world\n' })
    const tasks: FileTask[] = [
      { head: { path: 'a.yaml', explicit: false } },
      { head: { path: 'gone.yaml', explicit: true } }
    ]
    await expect(runTasks(tasks, env(root), { jobs: 2, workerUrl: WORKER })).rejects.toThrow(
      new ReadError('cannot read gone.yaml: ENOENT')
    )
  })

  it('checks a file too large for a worker heap in the main thread, and goes on with a fresh worker', async () => {
    // Anchors send a file to the full parser, whose document model needs far more than the 8 MB old generation.
    const lines = ['kind: DataContract', 'apiVersion: v3.1.0', 'id: &id big', 'schema:']
    for (let i = 0; i < 4000; i++) lines.push(`  - name: t${i}`, '    physicalName: *id')
    const big = `${lines.join('\n')}\n`
    const files: Record<string, string> = { 'big.yaml': big }
    for (let i = 0; i < 30; i++) files[`small${String(i).padStart(2, '0')}.yaml`] = 'hello: world\n'
    const root = tempTree(files)
    const tasks: FileTask[] = Object.keys(files)
      .sort()
      .map((path) => ({ head: { path, explicit: true } }))
    const roomy = { ...env(root), maxFileBytes: 1 << 20 }
    const limits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 8 }
    const pooled = await runTasks(tasks, roomy, { jobs: 2, workerUrl: WORKER, limits })
    const single = await runTasks(tasks, roomy, { jobs: 1 })
    expect(pooled).toEqual(single)
    expect(pooled[0]?.path).toBe('big.yaml')
    expect(pooled.filter((r) => r?.findings[0]?.item === 'file.parse')).toHaveLength(31)
  })

  it('says so when a worker thread cannot start', async () => {
    const root = tempTree({})
    writeFileSync(join(root, 'broken.mjs'), 'throw new Error("no worker here")\n')
    const tasks: FileTask[] = [
      { head: { path: 'x', explicit: false } },
      { head: { path: 'y', explicit: false } }
    ]
    await expect(
      runTasks(tasks, env(root), { jobs: 2, workerUrl: pathToFileURL(join(root, 'broken.mjs')) })
    ).rejects.toThrow('a worker thread failed: no worker here')
  })
})
