// How the benchmark reads a child's CPU time and peak memory (bench/measure.mjs), run as the benchmark runs it, in a
// child process.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'

/** What bench/measure.mjs's `name` returns for these arguments, awaited, or the message it threw. */
function call(name: string, ...args: unknown[]): unknown {
  const code = [
    "const measure = await import('./bench/measure.mjs')",
    'try {',
    `  console.log(JSON.stringify({ value: await measure.${name}(...${JSON.stringify(args)}) }))`,
    '} catch (err) {',
    '  console.log(JSON.stringify({ error: err.message }))',
    '}'
  ].join('\n')
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }))
}

describe('bench/measure.mjs', () => {
  it("reads GNU time's `%U %S %M` line, after the lines that say how the command ended", () => {
    expect(call('parseGnuTime', '0.41 0.07 98212\n')).toEqual({ value: { cpuS: 0.48, peakKiB: 98212 } })
    expect(call('parseGnuTime', 'Command exited with non-zero status 1\n12.50 1.25 143100\n')).toEqual({
      value: { cpuS: 13.75, peakKiB: 143100 }
    })
    expect(call('parseGnuTime', 'Command terminated by signal 9\n')).toEqual({
      error: 'unexpected GNU time output: "Command terminated by signal 9\\n"'
    })
  })

  it('reads utime + stime from a /proc/<pid>/stat line whose command name holds spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '4242 (node (a b)) R 1 4242 4242 0 -1 4194304 5000 0 0 0 731 42 0 0 20 0 9 0'
    expect(call('cpuFromProcStat', stat)).toEqual({ value: 7.73 })
  })

  it("measures a child's exit code, wall and CPU time and peak memory, with its output in the files named", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-measure-'))
    try {
      const stdoutPath = join(dir, 'out.txt')
      const stderrPath = join(dir, 'err.txt')
      const result = call(
        'measure',
        process.execPath,
        // Busy until it has used 200 ms of CPU by its own count, so the CPU time measured has a floor.
        ['-e', "while (process.cpuUsage().user < 200000); process.stdout.write('seen'); process.exit(3)"],
        { cwd: dir, env: {}, stdoutPath, stderrPath }
      ) as { value: { wallS: number; cpuS: number; peakRssMB: number; exitCode: number } }
      expect(result.value.exitCode).toBe(3)
      expect(readFileSync(stdoutPath, 'utf8')).toBe('seen')
      expect(result.value.cpuS).toBeGreaterThanOrEqual(0.2)
      // A Node process holds its own code and heap: megabytes, whatever the machine.
      expect(result.value.peakRssMB).toBeGreaterThan(1)
      expect(result.value.wallS).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
