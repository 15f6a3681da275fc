import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  candidateMatcher,
  discover,
  MAX_DISCOVERED_BYTES,
  ReadError,
  readSources,
  resolvePath
} from '../../src/cli/discover.js'
import { defaultConfig } from '../../src/config/defaults.js'
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
  it('walks a directory and returns sorted root-relative paths', async () => {
    const root = tempTree({
      'b/z.yaml': '',
      'b/a.yaml': '',
      'a.yml': '',
      'b/c.txt': '',
      '.git/config.yaml': ''
    })
    const all = candidateMatcher(defaultConfig())
    expect(await discover(root, root, all)).toEqual(['a.yml', 'b/a.yaml', 'b/z.yaml'])
    expect(await discover(root, join(root, 'b'), all)).toEqual(['b/a.yaml', 'b/z.yaml'])
    expect(await discover(root, join(root, 'missing'), all)).toEqual([])
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

describe('readSources', () => {
  it('reads named and discovered files, skips large or vanished discovered ones', async () => {
    const big = 'x'.repeat(MAX_DISCOVERED_BYTES + 1)
    const root = tempTree({ 'a.yaml': 'a: 1\n', 'big.json': big, 'named-big.json': big })
    const result = await readSources(root, [
      { path: 'a.yaml', explicit: false },
      { path: 'big.json', explicit: false },
      { path: 'gone.yaml', explicit: false },
      { path: 'named-big.json', explicit: true }
    ])
    expect(result.files.map((f) => [f.path, f.text.length, f.explicit ?? false])).toEqual([
      ['a.yaml', 5, false],
      ['named-big.json', big.length, true]
    ])
    expect(result.tooLarge).toEqual(['big.json'])
  })

  it('fails for a named file it cannot read', async () => {
    const root = tempTree({})
    await expect(readSources(root, [{ path: 'gone.yaml', explicit: true }])).rejects.toThrow(
      new ReadError('cannot read gone.yaml: ENOENT')
    )
  })
})
