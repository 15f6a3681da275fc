// Workers started before their run (main.ts starts them while discovery walks): the run takes them instead of
// starting its own, a run that needs none stops them, and one that died before the run fails it. They are real
// workers running the bundle's worker script.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import type { FileTask, TaskEnv } from '../../src/cli/tasks.js'
import { prestartWorkers, runTasks, spareCount, stopSpares, workersStarted } from '../../src/cli/pool.js'
import { earlyWorkers } from '../../src/cli/main.js'
import { tempTree } from './helpers.js'

const WORKER = pathToFileURL(join(process.cwd(), 'dist', 'worker.js'))
const env = (root: string): TaskEnv => ({ root, maxFileBytes: 1024, ctx: { config: defaultConfig() } })
const tasks: FileTask[] = [
  { head: { path: 'a.yaml', explicit: true } },
  { head: { path: 'b.odcs.yaml', explicit: false } }
]
const files = { 'a.yaml': 'hello: world\n', 'b.odcs.yaml': 'apiVersion: v3.1.0\nkind: DataContract\n' }

let before = 0
beforeEach(() => {
  before = workersStarted()
})
afterEach(() => stopSpares())
const started = () => workersStarted() - before

describe('spare workers', () => {
  it('are the workers the next run uses, and none are left once it ends', async () => {
    const root = tempTree(files)
    prestartWorkers(2, WORKER)
    prestartWorkers(1, WORKER) // already there: starts none
    expect(spareCount()).toBe(2)
    const pooled = await runTasks(tasks, env(root), { jobs: 2, workerUrl: WORKER })
    expect(started()).toBe(2)
    expect(spareCount()).toBe(0)
    expect(pooled).toEqual(await runTasks(tasks, env(root), { jobs: 1 }))
    expect(pooled.map((r) => r?.findings.map((f) => f.item)[0])).toEqual(['file.parse', 'contract.freshness'])
  })

  it('are topped up by the run when it needs more, and stopped when it needs none', async () => {
    const root = tempTree(files)
    prestartWorkers(1, WORKER)
    await runTasks(tasks, env(root), { jobs: 2, workerUrl: WORKER })
    expect(started()).toBe(2)
    prestartWorkers(2, WORKER)
    await runTasks(tasks, env(root), { jobs: 1, workerUrl: WORKER })
    expect(started()).toBe(4)
    expect(spareCount()).toBe(0)
  })

  it('fail the run when they died before it', async () => {
    const root = tempTree({})
    writeFileSync(join(root, 'broken.mjs'), 'throw new Error("no worker here")\n')
    const broken = pathToFileURL(join(root, 'broken.mjs'))
    prestartWorkers(2, broken)
    await new Promise((resolve) => setTimeout(resolve, 500))
    await expect(runTasks(tasks, env(root), { jobs: 2, workerUrl: broken })).rejects.toThrow(
      'a worker thread failed: no worker here'
    )
    expect(started()).toBe(2)
  })
})

describe('earlyWorkers', () => {
  const url = new URL('file:///dist/worker.js')
  const options = {}

  it('asks for the threads a run of the files found so far would use, once it would use more than one', () => {
    const prestart = jest.fn<(count: number, url: URL) => void>()
    const onFound = earlyWorkers({ ...options, jobs: 3 }, { run: runTasks, prestart }, url)!
    for (let count = 1; count <= 4; count++) onFound(count)
    expect(prestart.mock.calls).toEqual([
      [2, url],
      [3, url],
      [3, url]
    ])
  })

  it('asks for none with --jobs 1, with --changed-since, without a worker script or a way to start one', () => {
    const prestart = jest.fn<(count: number, url: URL) => void>()
    earlyWorkers({ ...options, jobs: 1 }, { run: runTasks, prestart }, url)!(5000)
    expect(prestart).not.toHaveBeenCalled()
    expect(
      earlyWorkers({ ...options, changedSince: 'main' }, { run: runTasks, prestart }, url)
    ).toBeUndefined()
    expect(earlyWorkers(options, { run: runTasks, prestart }, undefined)).toBeUndefined()
    expect(earlyWorkers(options, { run: runTasks }, url)).toBeUndefined()
  })
})
