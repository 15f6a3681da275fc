import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { changedSince, fileAtRef, GitError } from '../../src/cli/git.js'
import type { GitRunner } from '../../src/cli/git.js'
import { git, tempRepo, tempTree, writeTree } from './helpers.js'

describe('changedSince', () => {
  it('lists modified, added and untracked files, and deleted ones apart', async () => {
    const root = tempRepo({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n', 'keep.yaml': 'k: 1\n' })
    writeTree(root, { 'b.yaml': 'b: 2\n', 'staged.yaml': 's: 1\n', 'new dir/c.yaml': 'c: 1\n' })
    git(root, 'add', 'staged.yaml')
    rmSync(join(root, 'a.yaml'))
    expect(await changedSince(root, 'main')).toEqual({
      changed: ['b.yaml', 'new dir/c.yaml', 'staged.yaml'],
      deleted: ['a.yaml'],
      added: ['new dir/c.yaml', 'staged.yaml']
    })
  })

  it('reports paths relative to a subdirectory and leaves out changes outside it', async () => {
    const root = tempRepo({ 'sub/a.yaml': 'a: 1\n', 'top.yaml': 't: 1\n' })
    writeTree(root, { 'sub/a.yaml': 'a: 2\n', 'top.yaml': 't: 2\n' })
    expect(await changedSince(join(root, 'sub'), 'HEAD')).toEqual({
      changed: ['a.yaml'],
      deleted: [],
      added: []
    })
  })

  it('includes files committed after REF', async () => {
    const root = tempRepo({ 'a.yaml': 'a: 1\n' })
    git(root, 'tag', 'v1')
    writeTree(root, { 'b.yaml': 'b: 1\n' })
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'b')
    expect(await changedSince(root, 'v1')).toEqual({ changed: ['b.yaml'], deleted: [], added: ['b.yaml'] })
  })

  it('rejects an unknown ref, a ref that looks like an option, and a directory outside git', async () => {
    const root = tempRepo({ 'a.yaml': 'a: 1\n' })
    await expect(changedSince(root, 'no-such-branch')).rejects.toThrow(
      new GitError(
        '--changed-since: "no-such-branch" is not a commit in this repository (try a branch, tag or SHA; in CI, fetch it first).'
      )
    )
    await expect(changedSince(root, '--output=x')).rejects.toThrow(
      '--changed-since needs a git ref, got "--output=x".'
    )
    const plain = tempTree({ 'a.yaml': 'a: 1\n' })
    await expect(changedSince(plain, 'main')).rejects.toThrow(
      `--changed-since needs a git repository, and ${plain} is not in one.`
    )
  })

  it('runs git with argument arrays, never through a shell', async () => {
    const calls: string[][] = []
    const runner: GitRunner = async (args) => {
      calls.push(args)
      return args[0] === 'diff' ? 'M\0x.yaml\0D\0y.yaml\0' : 'z.yaml\0'
    }
    expect(await changedSince('/repo', 'origin/main', runner)).toEqual({
      changed: ['x.yaml', 'z.yaml'],
      deleted: ['y.yaml'],
      added: ['z.yaml']
    })
    expect(calls).toEqual([
      ['rev-parse', '--verify', '--quiet', 'origin/main^{commit}'],
      ['diff', '--name-status', '-z', '--no-renames', '--relative', 'origin/main', '--'],
      ['ls-files', '-z', '--others', '--exclude-standard']
    ])
  })
})

describe('fileAtRef', () => {
  it('reads a file as it was at a ref, relative to cwd, and undefined when it did not exist', async () => {
    const root = tempRepo({ 'sub/a.yaml': 'version: 1\n' })
    writeTree(root, { 'sub/a.yaml': 'version: 2\n' })
    expect(await fileAtRef(join(root, 'sub'), 'HEAD', 'a.yaml')).toBe('version: 1\n')
    expect(await fileAtRef(root, 'HEAD', 'sub/a.yaml')).toBe('version: 1\n')
    expect(await fileAtRef(root, 'HEAD', 'sub/new.yaml')).toBeUndefined()
    await expect(fileAtRef(root, '--help', 'a.yaml')).rejects.toThrow('not a git ref: "--help".')
  })
})
