import { execFileSync, spawn } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  candidateMatcher,
  discover,
  notRegularFile,
  ReadError,
  readCandidate,
  resolvePath
} from '../../src/cli/discover.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { tooLarge } from '../../src/core/limits.js'
import { tempTree } from './helpers.js'

describe('candidateMatcher', () => {
  it('takes contracts ∪ modelCards minus ignore, and never .git or node_modules', () => {
    const config = defaultConfig()
    config.paths = { contracts: ['data/**/*.yaml'], modelCards: ['models/*.md'], ignore: ['data/old/**'] }
    const isCandidate = candidateMatcher(config)
    expect(
      [
        'data/a.yaml',
        'data/x/b.yaml',
        'data/old/c.yaml',
        'models/card.md',
        'models/deep/card.md',
        'data/node_modules/d.yaml',
        'other/e.yaml'
      ].filter(isCandidate)
    ).toEqual(['data/a.yaml', 'data/x/b.yaml', 'models/card.md'])
  })
})

describe('discover', () => {
  it('walks a directory and returns sorted root-relative paths', () => {
    const root = tempTree({
      'b/z.yaml': '',
      'b/a.yaml': '',
      'b/deep/er/x.yaml': '',
      'a.yml': '',
      'b/c.txt': '',
      '.git/config.yaml': '',
      'b/node_modules/pkg/contract.yaml': ''
    })
    symlinkSync(join(root, 'b'), join(root, 'linked'))
    const all = candidateMatcher(defaultConfig())
    expect(discover(root, root, all)).toEqual(['a.yml', 'b/a.yaml', 'b/deep/er/x.yaml', 'b/z.yaml'])
    expect(discover(root, join(root, 'b'), all)).toEqual(['b/a.yaml', 'b/deep/er/x.yaml', 'b/z.yaml'])
    expect(discover(root, join(root, 'b', 'deep'), all)).toEqual(['b/deep/er/x.yaml'])
    expect(discover(root, join(root, 'missing'), all)).toEqual([])
    const counts: number[] = []
    discover(root, join(root, 'b'), all, (count) => counts.push(count))
    expect(counts).toEqual([1, 2, 3])
  })
})

describe('resolvePath', () => {
  it('tells files from directories, relative to the root, and undefined for nothing', async () => {
    const root = tempTree({ 'contracts/a.yaml': '' })
    expect(await resolvePath(root, './contracts/a.yaml')).toEqual({ kind: 'file', path: 'contracts/a.yaml' })
    expect(await resolvePath(root, 'contracts/')).toEqual({ kind: 'directory', path: 'contracts' })
    expect(await resolvePath(root, '.')).toEqual({ kind: 'directory', path: '.' })
    expect(await resolvePath(root, 'nope.yaml')).toBeUndefined()
  })
})

describe('readCandidate', () => {
  it('reads named and discovered files; one over the limit is handed on unread, a vanished one is skipped', async () => {
    const big = 'x'.repeat(1025)
    const root = tempTree({ 'a.yaml': 'a: 1\n', 'big.json': big, 'named-big.json': big })
    const read = (path: string, explicit: boolean) => readCandidate(root, path, explicit, 1024)
    expect(read('a.yaml', false)).toEqual({ path: 'a.yaml', text: 'a: 1\n' })
    expect(read('big.json', false)).toEqual({ path: 'big.json', text: '', unreadable: tooLarge(1025, 1024) })
    expect(read('gone.yaml', false)).toBeUndefined()
    expect(read('named-big.json', true)).toEqual({
      path: 'named-big.json',
      text: '',
      unreadable: tooLarge(1025, 1024),
      explicit: true
    })
    expect(tooLarge(1025, 1024).data).toEqual({ size: '1.0 kB', limit: '1 KiB' })
  })

  it('reads a file whole at every size around the shared 256 KiB buffer, and one that grew up to the limit', () => {
    const sizes = [0, 1, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 600 * 1024]
    const files = Object.fromEntries(sizes.map((n) => [`f${n}.yaml`, 'y'.repeat(n)]))
    const root = tempTree(files)
    const lengths = sizes.map((n) => readCandidate(root, `f${n}.yaml`, false, 1024 * 1024)?.text.length)
    expect(lengths).toEqual(sizes)
  })

  it('reads a named pipe given by name until its writer closes it', async () => {
    const root = tempTree({})
    const fifo = join(root, 'pipe.yaml')
    execFileSync('mkfifo', [fifo])
    // The writer is a child process: opening a FIFO for reading blocks this thread until one is open.
    const write = (text: string) => `fs.writeSync(fd, ${JSON.stringify(text)})`
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(fifo)}, 'w'); ${write('a: 1\n')};` +
        `setTimeout(() => { ${write('b: 2\n')}; fs.closeSync(fd) }, 100)`
    ])
    const exited = new Promise((resolve) => writer.on('exit', resolve))
    expect(readCandidate(root, 'pipe.yaml', true, 1024)).toEqual({
      path: 'pipe.yaml',
      text: 'a: 1\nb: 2\n',
      explicit: true
    })
    await exited
  })

  it('decodes UTF-16 with a byte-order mark (both orders) and drops a UTF-8 one', async () => {
    const text = 'kind: DataContract\nid: é\n'
    const root = tempTree({})
    writeFileSync(
      join(root, 'le.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    )
    writeFileSync(
      join(root, 'be.yaml'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    )
    writeFileSync(join(root, 'bom.yaml'), '\uFEFF' + text)
    const texts = ['le.yaml', 'be.yaml', 'bom.yaml'].map((p) => readCandidate(root, p, false, 1024)?.text)
    expect(texts).toEqual([text, text, text])
  })

  it('reads a file larger than its shared buffer whole, and the small files after it as they are', () => {
    const large = `k: ${'é'.repeat(300_000)}\n`
    const root = tempTree({ 'large.yaml': large, 'small.yaml': 's: 1\n', 'dir/x.yaml': 'x: 1\n' })
    const read = (path: string) => readCandidate(root, path, false, 1 << 20)?.text
    expect(read('small.yaml')).toBe('s: 1\n')
    expect(read('large.yaml')).toBe(large)
    expect(read('small.yaml')).toBe('s: 1\n')
    expect(read('dir')).toBeUndefined()
    expect(() => readCandidate(root, 'dir', true, 1 << 20)).toThrow(new ReadError('cannot read dir: EISDIR'))
  })

  it('fails for a named file it cannot read', async () => {
    const root = tempTree({})
    expect(() => readCandidate(root, 'gone.yaml', true, 1024)).toThrow(
      new ReadError('cannot read gone.yaml: ENOENT')
    )
  })
})

describe('notRegularFile', () => {
  it('describes a symbolic link and a directory; a regular or missing file is undefined', async () => {
    const root = tempTree({ 'README.md': '# hi\n', 'dir/x.yaml': 'x: 1\n' })
    symlinkSync('README.md', join(root, 'link.yaml'))
    expect(await notRegularFile(root, 'link.yaml')).toBe('a symbolic link to `README.md`')
    expect(await notRegularFile(root, 'dir')).toBe('a directory (a submodule or a folder), not a file')
    expect(await notRegularFile(root, 'README.md')).toBeUndefined()
    expect(await notRegularFile(root, 'gone.yaml')).toBeUndefined()
  })
})
