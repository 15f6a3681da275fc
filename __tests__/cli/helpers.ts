// A fake CliIO that records what main() writes, and temporary repositories to run it in.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { CliIO } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'

export interface FakeIO extends CliIO {
  out: string[]
  err: string[]
}

export function fakeIO(cwd: string, env: Record<string, string> = {}, isTTY = false): FakeIO {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    cwd,
    env,
    isTTY
  }
}

/** A fresh directory holding `files` (path → text). */
export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'handoff-cli-'))
  writeTree(root, files)
  return root
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
}

/** A git repository with `files` committed on `main`. */
export function tempRepo(files: Record<string, string>): string {
  const root = tempTree(files)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
  return root
}

/** Run the CLI in `root` and keep what it wrote. */
export async function runCli(
  root: string,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO(root)
  const code = await main(argv, io)
  return { code, out: io.out.join(''), err: io.err.join('') }
}
