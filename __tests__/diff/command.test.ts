// The command's usage errors. Its runs over real files are tested after the merge, when the format mappers exist.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { CliIO } from '../../src/cli/io.js'
import { DIFF_USAGE, runDiffCommand } from '../../src/cli/diff-command.js'

function io(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const cli: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, isTTY: false }
  return { cli, out, err }
}

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'handoff-diff-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text)
  return d
}

describe('runDiffCommand usage', () => {
  it('--help prints the usage and exits 0', async () => {
    const t = io('/')
    expect(await runDiffCommand(['--help'], t.cli)).toBe(0)
    expect(t.out.join('')).toBe(DIFF_USAGE)
  })

  it.each([
    [[], 'expected two files, OLD and NEW, got 0'],
    [['a.yaml'], 'expected two files, OLD and NEW, got 1'],
    [['a', 'b', 'c'], 'expected two files, OLD and NEW, got 3'],
    [['a', 'b', '--format', 'html'], 'unknown format html; use one of text, json, markdown'],
    [['a', 'b', '--format=xml'], 'unknown format xml; use one of text, json, markdown'],
    [['a', 'b', '--format'], '--format needs a value (text, json, markdown)'],
    [['a', 'b', '--verbose'], 'unknown option --verbose']
  ])('%p is a usage error (exit 2): %s', async (args, message) => {
    const t = io('/')
    expect(await runDiffCommand(args as string[], t.cli)).toBe(2)
    expect(t.err.join('')).toMatch(new RegExp(`^handoff-check diff: ${message.replace(/[()]/g, '\\$&')}`))
    expect(t.out).toEqual([])
  })

  it('a missing file is a usage error naming it', async () => {
    const d = dir({ 'old.yaml': 'kind: DataContract\n' })
    const t = io(d)
    expect(await runDiffCommand(['old.yaml', 'new.yaml'], t.cli)).toBe(2)
    expect(t.err.join('')).toBe('handoff-check diff: cannot read new.yaml: no such file\n')
  })

  it('a YAML error is a usage error with file:line:column', async () => {
    const d = dir({ 'old.yaml': 'a: 1\nb: [\n', 'new.yaml': 'a: 1\n' })
    const t = io(d)
    expect(await runDiffCommand(['old.yaml', 'new.yaml'], t.cli)).toBe(2)
    expect(t.err.join('')).toMatch(/^handoff-check diff: old\.yaml:3:1: /)
  })

  it('a file that is not a contract handoff-check recognises is a usage error', async () => {
    const d = dir({ 'old.yaml': 'just: data\n', 'new.yaml': 'just: data\n' })
    const t = io(d)
    expect(await runDiffCommand(['old.yaml', 'new.yaml'], t.cli)).toBe(2)
    expect(t.err.join('')).toBe(
      'handoff-check diff: old.yaml is not a data contract handoff-check recognises (ODCS, DCS or kind: HandoffContract)\n'
    )
  })
})
