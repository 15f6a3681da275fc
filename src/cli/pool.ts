// Spreads a run's tasks over worker threads, one per core by default (`--jobs N`), while this thread hands them out
// and gathers the reports. It hands back the reports in the order of the tasks, so a parallel run prints exactly
// what a single-threaded one does. Small runs stay in this thread: a worker costs tens of milliseconds to start.
import { availableParallelism } from 'node:os'
import { deserialize } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { ResourceLimits } from 'node:worker_threads'
import type { FileReport } from '../vocabulary.js'
import { closeBlobReaders } from './blobs.js'
import { ReadError } from './discover.js'
import type { FileTask, TaskEnv } from './tasks.js'
import { runTask } from './tasks.js'
import { tuneForWorkers } from './v8-tuning.js'

/**
 * Below this many tasks per thread, starting workers costs more than it saves (when --jobs is not given): each starts,
 * loads the bundle and warms up its own JIT. Measured on a 2-core runner: at 1,000 files this thread alone takes
 * 1.1 to 1.25 s and two workers 1.4 to 1.55 s; at 10,000 the two workers take 4.4 to 4.55 s against 5.05 to 5.2 s.
 */
export const TASKS_PER_WORKER = 1500
/**
 * A worker's heap. Checking a file makes short-lived garbage that dies in a young generation of this size, and a
 * bounded old generation makes the thread collect what was promoted instead of growing (on its own, V8 lets an old
 * generation grow about fourfold before it collects), so memory stays flat however many files a run has. A file
 * too large for it (a megabyte of YAML read by the full parser) is checked in the main thread instead (inThreads).
 * At 10,000 files a 6 MB young generation peaks 12 to 15 MB lower than 8 to 12 MB for the same time (paired runs,
 * with the worker flags of v8-tuning.ts), and 4 MB no lower again.
 */
export const LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 32 }
/** Tasks a thread takes at a time: large enough to amortise messages, small enough to balance the load. */
const CHUNK = 24

export interface PoolOptions {
  /** --jobs: the most threads that check files; undefined means one per available core for a large run. */
  jobs?: number
  /** The worker script (the bundle's worker.js); without it every task runs in this thread. */
  workerUrl?: URL
  /** Each worker's heap (default LIMITS). */
  limits?: ResourceLimits
}

export type TaskResult = FileReport | undefined

/** How many threads check a run of `tasks` tasks: 1 means this thread alone, more that many worker threads. */
export function threadCount(tasks: number, jobs: number | undefined, cores = availableParallelism()): number {
  const n = jobs ?? Math.min(cores, Math.floor(tasks / TASKS_PER_WORKER))
  return Math.max(1, Math.min(n, tasks))
}

export async function runTasks(
  tasks: readonly FileTask[],
  env: TaskEnv,
  options: PoolOptions = {}
): Promise<TaskResult[]> {
  const threads = options.workerUrl ? threadCount(tasks.length, options.jobs) : 1
  try {
    if (threads === 1) return await inThisThread(tasks, env)
    const order = affinityOrder(tasks)
    const reports = await inThreads(
      order.map((i) => tasks[i]),
      env,
      threads,
      options.workerUrl!,
      options.limits ?? LIMITS
    )
    const results = new Array<TaskResult>(tasks.length)
    order.forEach((task, k) => (results[task] = reports[k]))
    return results
  } finally {
    stopSpares()
    // What this thread read at the ref (all of it, or what a worker could not hold) is done with.
    closeBlobReaders()
  }
}

/** A worker started before its run's tasks were known, and what it died of if it did before a run took it. */
interface Spare {
  worker: Worker
  url: string
  limits: ResourceLimits
  failure?: Error
}

/** Spare workers, oldest first; a run takes them before it starts workers of its own. */
const spares: Spare[] = []

/**
 * Start workers until `count` spares wait, so they load the bundle while this thread still discovers files (a worker
 * takes ~100 ms to be ready). They do not keep the process alive, and the next runTasks takes or stops them.
 */
export function prestartWorkers(count: number, url: URL, limits: ResourceLimits = LIMITS): void {
  // Discovery calls this for every file it finds past the threshold: once the spares wait, it has nothing to do.
  if (spares.length >= count) return
  tuneForWorkers(count)
  while (spares.length < count) {
    const spare: Spare = { worker: newWorker(url, limits), url: url.href, limits }
    spare.worker.unref()
    spare.worker.once('error', (err) => (spare.failure ??= err))
    spare.worker.once('exit', (code) => (spare.failure ??= new Error(`exit code ${code}`)))
    spares.push(spare)
  }
}

let started = 0

function newWorker(url: URL, limits: ResourceLimits): Worker {
  started++
  return new Worker(url, { resourceLimits: limits })
}

/** How many workers this process has started (spares included). */
export function workersStarted(): number {
  return started
}

/** How many spare workers wait. */
export function spareCount(): number {
  return spares.length
}

/** Stop the spare workers no run took. */
export function stopSpares(): void {
  for (const spare of spares.splice(0)) void spare.worker.terminate()
}

/** A spare started with this script and heap, if one waits. */
function takeSpare(url: URL, limits: ResourceLimits): Spare | undefined {
  const at = spares.findIndex(
    (s) =>
      s.url === url.href &&
      s.limits.maxYoungGenerationSizeMb === limits.maxYoungGenerationSizeMb &&
      s.limits.maxOldGenerationSizeMb === limits.maxOldGenerationSizeMb
  )
  return at < 0 ? undefined : spares.splice(at, 1)[0]
}

/** What this thread posts to a worker: the run's shared TaskEnv first, then chunks of tasks. */
export type WorkerMessage = { env: TaskEnv } | { id: number; tasks: FileTask[] }

/**
 * What a worker posts back for one chunk: its reports (a report or null per task, in order) as v8-serialised bytes,
 * whose buffer is transferred, or the error that stopped it.
 */
export type WorkerReply =
  { id: number; bytes: Uint8Array } | { id: number; error: { name: string; message: string } }

/** Chunks a worker holds at a time: the next one is waiting when it posts a reply. */
const IN_FLIGHT = 2

/**
 * `workerCount` workers take chunks of tasks from one queue until it is empty, half of them from its front and half
 * from its back (affinityOrder); this thread hands them out and keeps each chunk's reports as the bytes the worker
 * sent, read back once every chunk is in. Kept as bytes (outside the JavaScript heap, compact) the reports of a large
 * run neither grow this thread's heap while the workers run nor cost a copy of the objects per chunk until the end,
 * so the run's memory is the workers' bounded heaps plus a little per file.
 */
function inThreads(
  tasks: readonly FileTask[],
  env: TaskEnv,
  workerCount: number,
  url: URL,
  limits: ResourceLimits
): Promise<TaskResult[]> {
  /** Each chunk's reports by its first task: the bytes a worker sent, or the reports this thread made. */
  const chunkResults = new Map<number, Uint8Array | TaskResult[]>()
  const threads = new Set<Worker>()
  /** The first task of each chunk a worker is checking. */
  const busy = new Map<Worker, Set<number>>()
  const chunks = Math.ceil(tasks.length / CHUNK)
  /** The chunks not yet handed out, by index: [front, back). */
  let front = 0
  let back = chunks
  /** Which end of the order each worker takes its chunks from (affinityOrder). */
  const fromBack = new Map<Worker, boolean>()
  return new Promise<TaskResult[]>((resolvePromise, reject) => {
    let settled = false
    const finish = (err?: Error): void => {
      if (settled) return
      settled = true
      for (const t of threads) void t.terminate()
      if (err) reject(err)
      else resolvePromise(inOrder(tasks.length, chunkResults))
    }
    const chunkDone = (id: number, reports: Uint8Array | TaskResult[]): void => {
      chunkResults.set(id, reports)
      if (chunkResults.size === chunks) finish()
    }
    const take = (worker: Worker): number | undefined => {
      if (front >= back) return undefined
      return (fromBack.get(worker) ? --back : front++) * CHUNK
    }
    const feed = (worker: Worker): void => {
      const held = busy.get(worker)!
      while (held.size < IN_FLIGHT) {
        const id = take(worker)
        if (id === undefined) return
        held.add(id)
        worker.postMessage({ id, tasks: tasks.slice(id, id + CHUNK) } satisfies WorkerMessage)
      }
    }
    // A file too big for a worker's heap is checked here, where the heap is the process's own; then a fresh
    // worker takes the dead one's place. Anything else a worker dies of fails the run.
    const outOfMemory = (worker: Worker): void => {
      threads.delete(worker)
      const held = busy.get(worker) ?? new Set<number>()
      busy.delete(worker)
      for (const id of held)
        inThisThread(tasks.slice(id, id + CHUNK), env).then((reports) => chunkDone(id, reports), finish)
      if (!settled && front < back) start(fromBack.get(worker) === true)
    }
    const start = (takesFromBack: boolean): void => {
      if (settled) return
      const spare = takeSpare(url, limits)
      if (spare?.failure) {
        finish(new Error(`a worker thread failed: ${spare.failure.message}`))
        return
      }
      const worker = spare?.worker ?? newWorker(url, limits)
      worker.ref()
      worker.postMessage({ env } satisfies WorkerMessage)
      threads.add(worker)
      busy.set(worker, new Set())
      fromBack.set(worker, takesFromBack)
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          const { name, message } = reply.error
          finish(name === 'ReadError' ? new ReadError(message) : new Error(message))
          return
        }
        busy.get(worker)?.delete(reply.id)
        feed(worker)
        chunkDone(reply.id, reply.bytes)
      })
      worker.on('error', (err: Error & { code?: string }) => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory(worker)
        else finish(new Error(`a worker thread failed: ${err.message}`))
      })
      worker.on('exit', (code) => {
        if (!settled && threads.has(worker))
          finish(new Error(`a worker thread stopped (exit code ${code}) before its files were checked`))
      })
      feed(worker)
    }
    tuneForWorkers(workerCount)
    for (let i = 0; i < workerCount; i++) start(i % 2 === 1)
  })
}

/**
 * The order the threads take the tasks in: grouped by the standard their file names suggest (`*.odcs.yaml`, a Data
 * Contract Specification `datacontract.yaml`, the rest, Markdown cards, other JSON), each group in the run's order.
 * Half the workers take chunks from the front of this order and half from the back, so until they meet in the middle
 * a thread checks one or two standards rather than all of them: it loads and warms up (V8 compiles each thread's hot
 * code for itself) the validators and readers of those alone. Only the schedule changes; runTasks hands back the
 * reports in the tasks' own order.
 */
export function affinityOrder(tasks: readonly FileTask[]): number[] {
  const group = tasks.map((task) => affinityGroup(task.head?.path ?? task.base ?? ''))
  return tasks.map((_, i) => i).sort((a, b) => group[a] - group[b] || a - b)
}

const ODCS_NAME = /\.odcs\.(ya?ml|json)$/

function affinityGroup(path: string): number {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  if (ODCS_NAME.test(name)) return 0
  if (name.includes('datacontract')) return 1
  if (name.endsWith('.md')) return 3
  if (name.endsWith('.json')) return 4
  return 2
}

/** Every chunk's reports in the order of the tasks, the bytes read back one chunk at a time. */
function inOrder(count: number, chunkResults: ReadonlyMap<number, Uint8Array | TaskResult[]>): TaskResult[] {
  const results = new Array<TaskResult>(count)
  for (const [id, reports] of chunkResults) {
    const list = reports instanceof Uint8Array ? (deserialize(reports) as (FileReport | null)[]) : reports
    list.forEach((r, k) => (results[id + k] = r ?? undefined))
  }
  return results
}

async function inThisThread(tasks: readonly FileTask[], env: TaskEnv): Promise<TaskResult[]> {
  const results: TaskResult[] = []
  for (const task of tasks) results.push(await runTask(task, env))
  return results
}
