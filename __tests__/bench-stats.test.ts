// The benchmark's statistics (bench/stats.mjs), run as the benchmark runs them, in a child process.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'

/** What bench/stats.mjs's `name` returns for these arguments (null for undefined). */
function call(name: string, ...args: unknown[]): number | null {
  const code = [
    "const stats = await import('./bench/stats.mjs')",
    `console.log(JSON.stringify(stats.${name}(...${JSON.stringify(args)}) ?? null))`
  ].join('\n')
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })
  ) as number | null
}

describe('bench/stats.mjs', () => {
  it('takes the median of an odd and an even number of runs, and none of no runs', () => {
    expect(call('median', [3, 1, 2])).toBe(2)
    expect(call('median', [4, 1, 3, 2])).toBe(2.5)
    expect(call('median', [])).toBeNull()
  })

  it('compares two tools run by run, each run over the same run of the other', () => {
    // Run by run 0.5, 1.5 and 0.5: 0.5, where the medians taken apart (2 and 2) would give 1.
    expect(call('pairedRatio', [1, 3, 2], [2, 2, 4])).toBe(0.5)
    expect(call('pairedRatio', [1, 2], [1])).toBeNull()
    expect(call('pairedRatio', [], [])).toBeNull()
  })
})
