// V8 settings for a CLI run, set before any hot code is compiled. V8's flags are process-wide, so the worker
// threads started later run with them too.
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
