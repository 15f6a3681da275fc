// The benchmark's Action cold-start probe (bench/action-start.mjs), run as the benchmark runs it, in a child process:
// it reports the bundled Action's first API request, and says so when a script makes none. Nothing here is timed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-action-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What actionFirstRequest(script) gives: a number of milliseconds, or the Error's message. */
function probe(script: string): { ms?: number; error?: string } {
  const code = [
    "const { actionFirstRequest } = await import('./bench/action-start.mjs')",
    `const got = await actionFirstRequest(${JSON.stringify(script)})`,
    'console.log(JSON.stringify(got instanceof Error ? { error: got.message } : { ms: got }))'
  ].join('\n')
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })
  return JSON.parse(out) as { ms?: number; error?: string }
}

describe('bench/action-start.mjs', () => {
  it('times the bundled Action from process start to its first request to the API it is given', () => {
    const got = probe(join(process.cwd(), 'dist', 'index.js'))
    expect(got.error).toBeUndefined()
    expect(got.ms).toBeGreaterThan(0)
  })

  it('reports a script that exits without any request as no result', () => {
    const script = join(dir, 'quiet.mjs')
    writeFileSync(script, 'process.exit(0)\n')
    expect(probe(script)).toEqual({ error: 'the Action made no API request (it exited or timed out first)' })
  })

  it('counts a request to GITHUB_API_URL, whatever the script is', () => {
    const script = join(dir, 'asks.mjs')
    writeFileSync(script, 'await fetch(`${process.env.GITHUB_API_URL}/repos/x/y`)\n')
    expect(probe(script).ms).toBeGreaterThan(0)
  })
})
