// The pool sets the worker flags (v8-tuning.ts) before it starts workers, with the number it starts, and never for
// a run that stays in this thread. The flags' rule itself is tested in v8-tuning.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import type { FileTask, TaskEnv } from '../../src/cli/tasks.js'

const tuneForWorkers = jest.fn<(workers: number) => void>()
jest.unstable_mockModule('../../src/cli/v8-tuning.js', () => ({ tuneForWorkers }))
const { prestartWorkers, runTasks, stopSpares } = await import('../../src/cli/pool.js')

const WORKER = pathToFileURL(join(process.cwd(), 'dist', 'worker.js'))
const tasks: FileTask[] = [
  { head: { path: 'a.odcs.yaml', explicit: true } },
  { head: { path: 'b.odcs.yaml', explicit: true } }
]
const files = { 'a.odcs.yaml': 'kind: DataContract\n', 'b.odcs.yaml': 'kind: DataContract\n' }
// Its own temporary tree: helpers.js loads main.js, and with it the pool, before the mock could take its place.
function tempTree(entries: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'handoff-pool-tuning-'))
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(root, name), text)
  return root
}
const env = (root: string): TaskEnv => ({ root, maxFileBytes: 1024, ctx: { config: defaultConfig() } })

beforeEach(() => {
  tuneForWorkers.mockClear()
})
afterEach(() => stopSpares())

describe('the pool tunes V8 for its workers', () => {
  it('before it starts spare workers, with their number, and not again while they wait', () => {
    prestartWorkers(2, WORKER)
    prestartWorkers(2, WORKER)
    prestartWorkers(1, WORKER)
    expect(tuneForWorkers.mock.calls).toEqual([[2]])
  })

  it('before a run starts its workers, with their number', async () => {
    const reports = await runTasks(tasks, env(tempTree(files)), { jobs: 2, workerUrl: WORKER })
    expect(tuneForWorkers.mock.calls).toEqual([[2]])
    expect(reports.map((r) => r?.path)).toEqual(['a.odcs.yaml', 'b.odcs.yaml'])
  })

  it('not for a run in this thread', async () => {
    await runTasks(tasks, env(tempTree(files)), { jobs: 1, workerUrl: WORKER })
    expect(tuneForWorkers).not.toHaveBeenCalled()
  })
})
