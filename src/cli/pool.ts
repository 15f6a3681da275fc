// Spreads a run's tasks over threads, one per core by default (`--jobs N`): this one and worker threads. It hands
// back the reports in the order of the tasks, so a parallel run prints exactly what a single-threaded one does.
// Small runs stay in this thread: a worker costs tens of milliseconds to start and compiles the standards' schemas again.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ResourceLimits } from 'node:worker_threads'
import type { FileReport } from '../vocabulary.js'
import { closeBlobReaders } from './blobs.js'
import { ReadError } from './discover.js'
import type { FileTask, TaskEnv } from './tasks.js'
import { runTask } from './tasks.js'

/**
 * Below this many tasks per thread, starting a worker costs more than it saves (when --jobs is not given): it starts,
 * loads the bundle and warms up its own JIT. Measured on a 2-core runner (npm run bench): at 1,000 files the main
 * thread alone takes 1.1 to 1.6 s and with a worker beside it 1.45 to 1.6 s; at 10,000 the two take 5.65 s against
 * 6.58 s for one.
 */
export const TASKS_PER_WORKER = 1500
/**
 * A worker's heap. Checking a file makes short-lived garbage: a young generation this size lets most of it die young,
 * and a small old generation makes the thread collect what was promoted instead of growing, so memory stays flat
 * however many files a run has. A file too large for it (a megabyte of YAML read by the full parser) is checked in
 * the main thread instead (see inThreads).
 */
export const LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 }
/** Tasks a thread takes at a time: large enough to amortise messages, small enough to balance the load. */
const CHUNK = 24

export interface PoolOptions {
  /** --jobs: the most threads to use; undefined means one per available core. */
  jobs?: number
  /** The worker script (the bundle's worker.js); without it every task runs in this thread. */
  workerUrl?: URL
  /** Each worker's heap (default LIMITS). */
  limits?: ResourceLimits
}

export type TaskResult = FileReport | undefined

/** How many threads a run of `tasks` tasks is spread over, this one included; 1 means this thread alone. */
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
    return await inThreads(tasks, env, threads - 1, options.workerUrl!, options.limits ?? LIMITS)
  } finally {
    // What this thread read at the ref (all of it, or what a worker could not hold) is done with.
    closeBlobReaders()
  }
}

/** What a worker posts back for one chunk. */
export type WorkerReply =
  { id: number; reports: (FileReport | null)[] } | { id: number; error: { name: string; message: string } }

/** Chunks a worker holds at a time: the next one is waiting when it posts a reply, so it never waits for this thread. */
const IN_FLIGHT = 2

/**
 * This thread and `workerCount` workers take chunks of tasks from one queue until it is empty. This thread is one of
 * the checking threads (a worker would leave it idle and cost a second copy of the bundle and its heap); between its
 * chunks it answers the workers, which are fed ahead so they never wait for it.
 */
function inThreads(
  tasks: readonly FileTask[],
  env: TaskEnv,
  workerCount: number,
  url: URL,
  limits: ResourceLimits
): Promise<TaskResult[]> {
  const results: TaskResult[] = new Array<TaskResult>(tasks.length)
  const threads = new Set<Worker>()
  /** The first task of each chunk a worker is checking. */
  const busy = new Map<Worker, Set<number>>()
  let next = 0
  let done = 0
  const chunks = Math.ceil(tasks.length / CHUNK)
  return new Promise<TaskResult[]>((resolvePromise, reject) => {
    let settled = false
    const finish = (err?: Error): void => {
      if (settled) return
      settled = true
      for (const t of threads) void t.terminate()
      if (err) reject(err)
      else resolvePromise(results)
    }
    const chunkDone = (): void => {
      if (++done === chunks) finish()
    }
    const take = (): number | undefined => {
      if (next >= tasks.length) return undefined
      const id = next
      next += CHUNK
      return id
    }
    const inHere = (id: number): Promise<void> =>
      inThisThread(tasks.slice(id, id + CHUNK), env).then((reports) => {
        reports.forEach((r, k) => (results[id + k] = r))
        chunkDone()
      })
    const feed = (worker: Worker): void => {
      const held = busy.get(worker)!
      while (held.size < IN_FLIGHT) {
        const id = take()
        if (id === undefined) return
        held.add(id)
        worker.postMessage({ id, tasks: tasks.slice(id, id + CHUNK) })
      }
    }
    // A file too big for a worker's heap is checked here, where the heap is the process's own; then a fresh
    // worker takes the dead one's place. Anything else a worker dies of fails the run.
    const outOfMemory = (worker: Worker): void => {
      threads.delete(worker)
      const held = busy.get(worker) ?? new Set<number>()
      busy.delete(worker)
      for (const id of held) inHere(id).catch(finish)
      if (!settled && next < tasks.length) start()
    }
    const start = (): void => {
      const worker = new Worker(url, { workerData: env, resourceLimits: limits })
      threads.add(worker)
      busy.set(worker, new Set())
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          const { name, message } = reply.error
          finish(name === 'ReadError' ? new ReadError(message) : new Error(message))
          return
        }
        busy.get(worker)?.delete(reply.id)
        reply.reports.forEach((r, k) => (results[reply.id + k] = r ?? undefined))
        feed(worker)
        chunkDone()
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
    for (let i = 0; i < workerCount; i++) start()
    // This thread's share: a chunk at a time, letting the workers' replies in between.
    const work = async (): Promise<void> => {
      for (let id = take(); id !== undefined && !settled; id = take()) {
        await inHere(id)
        await new Promise((r) => setImmediate(r))
      }
    }
    work().catch(finish)
  })
}

async function inThisThread(tasks: readonly FileTask[], env: TaskEnv): Promise<TaskResult[]> {
  const results: TaskResult[] = []
  for (const task of tasks) results.push(await runTask(task, env))
  return results
}
