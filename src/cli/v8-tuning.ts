// V8 settings for a CLI run, set before any hot code is compiled. V8's flags are process-wide, so the worker
// threads started later run with them too.
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'

/**
 * TurboFan's budget for inlining into one function. ajv's generated validators are large functions calling one
 * another, and with V8's default budget each is optimised with most of the others inlined into it: long compile
 * jobs, repeated for every thread. A smaller budget compiles less for the same code. On V8 11 (Node 20), over the
 * benchmark's 10,000 files: ~5% less wall time and ~7% less CPU, the same with one thread or two. From V8 12 (Node
 * 22, 24) Maglev compiles most of this code first and the budget made no measurable difference, so it is left at
 * V8's default there.
 */
export const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative=100'

/** The flags set for a process running V8 `v8Version` (process.versions.v8). */
export function tuningFlags(v8Version: string): string[] {
  const major = Number.parseInt(v8Version, 10)
  return Number.isInteger(major) && major < 12 ? [INLINING_FLAG] : []
}

export function tuneV8(
  v8Version = process.versions.v8,
  set: (flags: string) => void = setFlagsFromString
): void {
  for (const flag of tuningFlags(v8Version)) set(flag)
}

/**
 * V8 lends every isolate helper threads: young-generation collections are split over them and TurboFan compiles in
 * the background. When the run's workers already keep every core busy, those helpers only take turns with the
 * workers, and each hand-over costs a wake-up and cold caches: each worker does better collecting and compiling in
 * its own thread. Over the benchmark's 10,000 files on 2 cores, paired runs: ~10% less wall time on Node 20, ~16% on
 * Node 24, and ~10 MB less peak memory. The scavenge flag is read at every collection, so the main thread (idle
 * while the workers run) collects alone from then on too; the compiler flag is read when an isolate starts, so it
 * concerns only the workers started after it. Both are safe to set at run time (--single-threaded-gc is not: V8
 * aborted in tries).
 */
export const WORKER_FLAGS: readonly string[] = ['--no-parallel-scavenge', '--no-concurrent-recompilation']

/** The flags set before `workers` worker threads start on a machine of `cores` cores. */
export function workerFlags(workers: number, cores: number): readonly string[] {
  return workers >= cores ? WORKER_FLAGS : []
}

/** Called before a run starts its workers (pool.ts); a run with fewer workers than cores keeps V8's defaults. */
export function tuneForWorkers(
  workers: number,
  cores = availableParallelism(),
  set: (flags: string) => void = setFlagsFromString
): void {
  for (const flag of workerFlags(workers, cores)) set(flag)
}
