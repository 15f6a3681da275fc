// The action's fail-closed pieces that need no GitHub: what a rename away means, the tree comparison, reads batched
// by bytes, the size-and-mode query, GitHub's modes, responses that are not what was asked for, and the verdict of
// a check that could not see every file.
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { buildReport } from '../../src/core/engine.js'
import { entryKind, expectObject } from '../../src/github/api/api.js'
import { buildBlobQueries, buildStatQueries } from '../../src/github/api/blob-query.js'
import { diffTrees, planReads, TOO_LARGE_TO_CHECK } from '../../src/github/pull-request/files.js'
import { outcome } from '../../src/github/publish/outcome.js'
import type { TreeEntry } from '../../src/github/types.js'
import { fails, statusDescription } from '../../src/github/publish/verdict.js'

const config = defaultConfig()

describe('planReads: renamed away', () => {
  it('a contract renamed out of the globs or into paths.ignore is removed under its old path', () => {
    const custom = {
      ...config,
      paths: { ...config.paths, contracts: ['contracts/**/*.yaml'], modelCards: ['models/**/*.md'] }
    }
    const plan = planReads(
      [
        { path: 'archive/orders.yaml.bak', status: 'renamed', previousPath: 'contracts/orders.yaml' },
        { path: 'dist/customers.yaml', status: 'renamed', previousPath: 'contracts/customers.yaml' },
        { path: 'notes/churn.txt', status: 'renamed', previousPath: 'models/churn/MODEL_CARD.md' },
        { path: 'docs/a.txt', status: 'renamed', previousPath: 'docs/b.txt' },
        { path: 'contracts/new.yaml', status: 'renamed', previousPath: 'docs/new.txt' }
      ],
      custom
    )
    expect(plan).toEqual({
      head: ['contracts/new.yaml'],
      removed: ['contracts/customers.yaml', 'contracts/orders.yaml', 'models/churn/MODEL_CARD.md'],
      previous: new Map([['contracts/new.yaml', 'docs/new.txt']])
    })
  })
})

describe('diffTrees', () => {
  const blob = (path: string, sha: string, mode = '100644'): TreeEntry => ({ path, mode, type: 'blob', sha })
  it('finds added, modified (content or mode) and removed files; directories are not files; renames are a removal and an addition', () => {
    const base = [
      { path: 'contracts', mode: '040000', type: 'tree' as const, sha: 't1' },
      blob('contracts/a.yaml', 'a1'),
      blob('contracts/b.yaml', 'b1'),
      blob('contracts/link.yaml', 'l1'),
      blob('contracts/old.yaml', 'o1'),
      blob('same.md', 's1')
    ]
    const head = [
      { path: 'contracts', mode: '040000', type: 'tree' as const, sha: 't2' },
      blob('contracts/a.yaml', 'a2'),
      blob('contracts/b.yaml', 'b1'),
      blob('contracts/link.yaml', 'l1', '120000'),
      blob('contracts/new.yaml', 'o1'),
      { path: 'vendor/lib', mode: '160000', type: 'commit' as const, sha: 'c1' },
      blob('same.md', 's1')
    ]
    expect(diffTrees(base, head)).toEqual([
      { path: 'contracts/a.yaml', status: 'modified' },
      { path: 'contracts/link.yaml', status: 'modified' },
      { path: 'contracts/new.yaml', status: 'added' },
      { path: 'contracts/old.yaml', status: 'removed' },
      { path: 'vendor/lib', status: 'added' }
    ])
  })
})

describe('reads batched by bytes', () => {
  const repo = { owner: 'o', repo: 'r' }
  it('closes a batch before its files add up to more than the byte budget; a larger file goes alone', () => {
    const sizes = new Map([
      ['a.yaml', 3_000_000],
      ['b.yaml', 1_500_000],
      ['c.yaml', 9_000_000],
      ['d.yaml', 100],
      ['e.yaml', 100]
    ])
    const built = buildBlobQueries([{ repo, sha: 's', paths: [...sizes.keys()], sizes }])
    expect(built.map((b) => b.refs.map((r) => r.ref.path))).toEqual([
      ['a.yaml'],
      ['b.yaml'],
      ['c.yaml'],
      ['d.yaml', 'e.yaml']
    ])
  })
})

describe('buildStatQueries', () => {
  it('asks each commit for its tree entries (mode, type, blob size), never their text', () => {
    const [q, ...rest] = buildStatQueries([
      { repo: { owner: 'fork', repo: 'shop' }, sha: 'h', paths: ['a.yaml', 'b "q".md'] },
      { repo: { owner: 'acme', repo: 'shop' }, sha: 'b', paths: ['a.yaml'] }
    ])
    expect(rest).toEqual([])
    expect(q.variables).toEqual({
      o0: 'fork',
      n0: 'shop',
      c0: 'h',
      p0: 'a.yaml',
      p1: 'b "q".md',
      o1: 'acme',
      n1: 'shop',
      c1: 'b',
      p2: 'a.yaml'
    })
    const fields = 'mode type object { ... on Blob { oid byteSize isBinary } }'
    expect(q.query).toBe(
      [
        'query($o0: String!, $n0: String!, $c0: String!, $p0: String!, $p1: String!, $o1: String!, $n1: String!, $c1: String!, $p2: String!) {',
        '  r0: repository(owner: $o0, name: $n0) {',
        '    c0: object(expression: $c0) {',
        '      ... on Commit {',
        `        f0: file(path: $p0) { ${fields} }`,
        `        f1: file(path: $p1) { ${fields} }`,
        '      }',
        '    }',
        '  }',
        '  r1: repository(owner: $o1, name: $n1) {',
        '    c1: object(expression: $c1) {',
        '      ... on Commit {',
        `        f2: file(path: $p2) { ${fields} }`,
        '      }',
        '    }',
        '  }',
        '}'
      ].join('\n')
    )
    expect(q.refs.map((r) => [r.repoAlias, r.commitAlias, r.fileAlias, r.ref.sha, r.ref.path])).toEqual([
      ['r0', 'c0', 'f0', 'h', 'a.yaml'],
      ['r0', 'c0', 'f1', 'h', 'b "q".md'],
      ['r1', 'c1', 'f2', 'b', 'a.yaml']
    ])
  })

  it('reads GitHub’s integer modes: file, executable, symbolic link, submodule, directory', () => {
    expect([
      entryKind(33188, 'blob'),
      entryKind(33261, 'blob'),
      entryKind(40960, 'blob'),
      entryKind(57344, 'commit'),
      entryKind(16384, 'tree')
    ]).toEqual(['file', 'file', 'symlink', 'submodule', 'directory'])
  })
})

describe('expectObject', () => {
  it('passes objects and names what came back otherwise', () => {
    expect(expectObject({ r0: null }, 'the GraphQL file query')).toEqual({ r0: null })
    expect(() =>
      expectObject('{"data":{"r0":{"f0":{"text":"' + 'x'.repeat(200), 'the GraphQL file query')
    ).toThrow(
      new Error(
        `GitHub's response to the GraphQL file query was not JSON (229 bytes): {"data":{"r0":{"f0":{"text":"${'x'.repeat(91)}`
      )
    )
    expect(() => expectObject(undefined, 'the git tree request')).toThrow(
      "GitHub's response to the git tree request was not JSON (undefined): undefined"
    )
  })
})

describe('an incomplete check', () => {
  const report = { ...buildReport([]), result: 'fail' as const, incomplete: TOO_LARGE_TO_CHECK }
  it('fails (unless fail-on is never) and says why in the status and the step', () => {
    expect([fails(report, 'error'), fails(report, 'warning'), fails(report, 'never')]).toEqual([
      true,
      true,
      false
    ])
    expect(statusDescription(report, 'error')).toBe(
      'Pull request too large to check: over 3,000 changed files and GitHub truncates its git tree'
    )
    const links = {
      serverUrl: 'https://github.com',
      headRepo: 'a/b',
      headSha: 'h',
      baseRepo: 'a/b',
      baseSha: 'b',
      runUrl: 'https://github.com/a/b/actions/runs/1'
    }
    expect(outcome(report, true, links, []).failure).toBe(`${TOO_LARGE_TO_CHECK}; see the job summary.`)
  })
})
