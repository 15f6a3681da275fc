import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { BlobReader } from '../../src/cli/blobs.js'
import { changedSince, GitError } from '../../src/cli/git.js'
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

describe('BlobReader', () => {
  it('reads files as they were at a ref, relative to its directory, in the order asked, large ones whole', async () => {
    const big = `description: "${'x'.repeat(200_000)}"\n`
    const root = tempRepo({ 'sub/a.yaml': 'version: 1\n', 'sub/big.yaml': big, 'sub/dir/c.yaml': 'c: 1\n' })
    writeTree(root, { 'sub/a.yaml': 'version: 2\n' })
    const reader = new BlobReader(join(root, 'sub'))
    try {
      const reads = await Promise.all([
        reader.read('HEAD', 'a.yaml'),
        reader.read('HEAD', 'big.yaml'),
        reader.read('HEAD', 'new.yaml'),
        reader.read('HEAD', 'dir'),
        reader.read('HEAD', 'dir/c.yaml'),
        reader.read('--help', 'a.yaml'),
        reader.read('HEAD', 'line\nbreak.yaml')
      ])
      expect(reads).toEqual(['version: 1\n', big, undefined, undefined, 'c: 1\n', undefined, undefined])
    } finally {
      reader.close()
    }
  })

  it('decodes a UTF-16 file with its byte-order mark, as the working tree is read', async () => {
    const root = tempRepo({ 'README.md': '# r\n' })
    writeFileSync(
      join(root, 'le.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: é\n', 'utf16le')])
    )
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'utf-16')
    const reader = new BlobReader(root)
    try {
      expect(await reader.read('HEAD', 'le.yaml')).toBe('id: é\n')
    } finally {
      reader.close()
    }
  })

  it('fails with a git error outside a repository', async () => {
    const reader = new BlobReader(tempTree({ 'a.yaml': 'a: 1\n' }))
    await expect(reader.read('HEAD', 'a.yaml')).rejects.toThrow(GitError)
    reader.close()
  })
})
