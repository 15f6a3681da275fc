// The action's pure modules: no GitHub, no mocks.
import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/engine.js'
import type { Change, ContractChanges, FileReport, Finding, Severity } from '../../src/vocabulary.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { omittedNote, planAnnotations } from '../../src/github/publish/annotations.js'
import { buildBlobQueries } from '../../src/github/api/blob-query.js'
import {
  blobLink,
  commentBody,
  reportLink,
  decideComment,
  findSticky,
  MARKER
} from '../../src/github/publish/comment.js'
import { planReads, truncationNote } from '../../src/github/pull-request/files.js'
import { parseInputs } from '../../src/github/inputs.js'
import { outcome, SUMMARY_LIMIT } from '../../src/github/publish/outcome.js'
import { canWaive } from '../../src/github/api/permissions.js'
import { loadPolicy } from '../../src/github/pull-request/policy.js'
import { fails, statusDescription } from '../../src/github/publish/verdict.js'
import {
  collectCoverage,
  collectWaivers,
  coverageLine,
  scopeWaivers,
  waiveAuthors
} from '../../src/github/commands/waivers.js'
import type { PrComment } from '../../src/github/commands/waivers.js'

const finding = (path: string, item: string, severity: Severity, line: number): Finding => ({
  item,
  severity,
  status: 'missing',
  message: `${item} is missing`,
  path,
  line,
  column: 1
})
const file = (path: string, findings: Finding[]): FileReport => ({
  path,
  kind: 'contract',
  standard: 'handoff-contract',
  findings
})
const links = {
  serverUrl: 'https://github.com',
  headRepo: 'fork/shop',
  headSha: 'abc',
  baseRepo: 'acme/shop',
  baseSha: 'def',
  runUrl: 'https://run'
}

describe('statusDescription and fails', () => {
  const report = buildReport([
    file('a.yaml', [
      finding('a.yaml', 'contract.owner', 'error', 1),
      finding('a.yaml', 'contract.freshness', 'error', 1)
    ]),
    file('b.yaml', [
      finding('b.yaml', 'contract.version', 'error', 3),
      finding('b.yaml', 'contract.schema', 'warning', 4)
    ]),
    file('c.yaml', [finding('c.yaml', 'contract.schema', 'warning', 2)])
  ])

  it('counts error items and their files, or warnings too with fail-on warning', () => {
    expect(statusDescription(report, 'error')).toBe('3 handoff items missing in 2 files')
    expect(statusDescription(report, 'warning')).toBe('5 handoff items missing in 3 files')
    expect(statusDescription(report, 'never')).toBe('3 handoff items missing in 2 files')
    expect([fails(report, 'error'), fails(report, 'warning'), fails(report, 'never')]).toEqual([
      true,
      true,
      false
    ])
  })

  it('describes passing, waived and empty results, within 140 characters', () => {
    const one = buildReport([
      file('a.yaml', [
        {
          ...finding('a.yaml', 'contract.owner', 'error', 1),
          waived: { item: 'contract.owner', by: '@m', reason: 'r' }
        }
      ])
    ])
    expect(statusDescription(one, 'error')).toBe('All handoff items present in 1 file (1 waived)')
    expect(statusDescription(buildReport([]), 'error')).toBe('No data contracts or model cards changed')
    const many = buildReport(
      Array.from({ length: 10 }, (_, i) =>
        file(`f${i}.yaml`, [finding(`f${i}.yaml`, 'contract.owner', 'error', 1)])
      )
    )
    expect(statusDescription(many, 'error')).toBe('10 handoff items missing in 10 files')
  })

  const change = (rule: string, level: Change['level']): Change => ({
    rule,
    level,
    path: 'orders',
    message: rule
  })
  const compared = (
    path: string,
    changes: ContractChanges,
    findings: Finding[] = [finding(path, 'contract.breaking-change', 'error', 2)]
  ): FileReport => ({ ...file(path, findings), changes })

  it('says what failed: removals, backwards versions, breaking changes, missing bumps, then handoff items', () => {
    const report = buildReport([
      compared('gone.yaml', {
        bump: 'none',
        changes: [change('contract-removed', 'error')],
        verdict: 'breaking'
      }),
      compared('back.yaml', { bump: 'backwards', changes: [], verdict: 'unchanged' }),
      compared('orders.yaml', {
        bump: 'minor',
        changes: [
          change('field-removed', 'error'),
          change('type-changed', 'error'),
          change('field-added', 'info')
        ],
        verdict: 'breaking'
      }),
      compared(
        'users.yaml',
        { bump: 'none', changes: [change('field-added', 'info')], verdict: 'compatible' },
        [finding('users.yaml', 'contract.version-bump', 'warning', 2)]
      ),
      file('a.yaml', [
        finding('a.yaml', 'contract.owner', 'error', 1),
        finding('a.yaml', 'contract.schema', 'warning', 3)
      ])
    ])
    expect(statusDescription(report, 'error')).toBe(
      '1 contract removed; version went backwards in 1 contract; 2 breaking changes without a major version bump; 1 handoff item missing in 1 file'
    )
    expect(statusDescription(report, 'warning')).toBe(
      '1 contract removed; version went backwards in 1 contract; 2 breaking changes without a major version bump; version not bumped in 1 changed …'
    )
    expect(statusDescription(report, 'warning')).toHaveLength(140)
  })

  it('names a single breaking change, and leaves waived ones out', () => {
    const one = compared('orders.yaml', {
      bump: 'patch',
      changes: [change('field-removed', 'error')],
      verdict: 'breaking'
    })
    const missing = file('m.yaml', [
      finding('m.yaml', 'contract.owner', 'error', 1),
      finding('m.yaml', 'contract.freshness', 'error', 1)
    ])
    expect(statusDescription(buildReport([one, missing]), 'error')).toBe(
      '1 breaking change without a major version bump; 2 handoff items missing in 1 file'
    )
    const waivedOne: FileReport = {
      ...one,
      findings: one.findings.map((f) => ({ ...f, waived: { item: f.item, by: '@m', reason: 'r' } }))
    }
    expect(statusDescription(buildReport([waivedOne, missing]), 'error')).toBe(
      '2 handoff items missing in 1 file (1 waived)'
    )
    expect(statusDescription(buildReport([waivedOne]), 'error')).toBe(
      'All handoff items present in 1 file (1 waived)'
    )
  })
})

describe('removed contracts', () => {
  const gone: FileReport = {
    ...file('contracts/gone.yaml', [finding('contracts/gone.yaml', 'contract.breaking-change', 'error', 1)]),
    changes: {
      bump: 'none',
      changes: [{ rule: 'contract-removed', level: 'error', path: 'gone', message: 'removed', baseLine: 1 }],
      verdict: 'breaking'
    }
  }
  const kept = file('contracts/kept.yaml', [finding('contracts/kept.yaml', 'contract.owner', 'error', 2)])
  const report = buildReport([gone, kept])

  it('links a removed file at the base commit and the others at the head', () => {
    const link = reportLink(links, report)
    expect(link('contracts/gone.yaml', 1)).toBe(
      'https://github.com/acme/shop/blob/def/contracts/gone.yaml#L1'
    )
    expect(link('contracts/kept.yaml', 2)).toBe(
      'https://github.com/fork/shop/blob/abc/contracts/kept.yaml#L2'
    )
    expect(commentBody(report, links, [])).toContain(
      '| <a name="handoff-1-version"></a>❌ | `contract.breaking-change` | [1](https://github.com/acme/shop/blob/def/contracts/gone.yaml#L1) |'
    )
    // A removed contract's other items were not checked.
    expect(commentBody(report, links, [])).toContain(
      '| [`contracts/gone.yaml`](#handoff-1) | — | — | — | — | [❌](#handoff-1-version) |'
    )
  })

  it('never annotates a removed file: it is not in the head commit', () => {
    expect(planAnnotations(report).shown.map((f) => f.path)).toEqual(['contracts/kept.yaml'])
    expect(outcome(report, true, links, []).annotations.map((f) => f.path)).toEqual(['contracts/kept.yaml'])
  })
})

describe('outcome: the job summary and the annotations', () => {
  it('keeps the job summary under 1 MB measured in UTF-8 bytes, and points to the report file', () => {
    // Each message is 2,000 characters but 6,000 bytes: 200 findings are 0.4 M characters, 1.2 MB.
    const long = (f: Finding): Finding => ({ ...f, message: '€'.repeat(2000) })
    const files = Array.from({ length: 20 }, (_, i) =>
      file(
        `contracts/c${i}.yaml`,
        Array.from({ length: 10 }, (_, j) =>
          long(finding(`contracts/c${i}.yaml`, 'contract.owner', 'error', j + 1))
        )
      )
    )
    const { summary } = outcome(buildReport(files), true, links, [])
    expect(summary.length).toBeLessThan(SUMMARY_LIMIT)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(SUMMARY_LIMIT).toBeLessThan(1024 * 1024)
    expect(summary).toMatch(
      /> ✂️ \d+ more files not shown to stay within GitHub's size limit\. The full report is in the JSON report file \(the `report-path` output\)\./
    )
    expect(summary.endsWith('<sub>20 files checked · 200 errors · 0 warnings · 0 notices</sub>\n')).toBe(true)
  })

  it('annotates with messages that carry no raw control or bidi characters', () => {
    const hostile = {
      ...finding('a.yaml', 'contract.owner', 'error', 1),
      message: 'bad\u001b[2J\u202evalue\r\nnext'
    }
    const [annotation] = outcome(buildReport([file('a.yaml', [hostile])]), true, links, []).annotations
    expect(annotation.message).toBe('bad\\x1b[2J\\u202evalue next')
  })
})

describe('planAnnotations', () => {
  it('emits the most severe first, at most 10 per level, and counts the rest', () => {
    // Two items in a.yaml, so no item has more than the 10 findings a file lists of one item (src/core/bound.ts).
    const notice = (i: number) => (i % 2 === 0 ? 'contract.owner' : 'contract.freshness')
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('a.yaml', notice(i), 'notice', i + 1)),
      ...Array.from({ length: 11 }, (_, i) => finding('b.yaml', 'contract.owner', 'error', i + 1)),
      finding('c.yaml', 'contract.schema', 'warning', 1)
    ]
    const plan = planAnnotations(
      buildReport([
        file('a.yaml', findings.slice(0, 12)),
        file('b.yaml', findings.slice(12, 23)),
        file('c.yaml', findings.slice(23))
      ])
    )
    expect(plan.shown.map((f) => `${f.severity}:${f.path}:${f.line}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error:b.yaml:${i + 1}`),
      'warning:c.yaml:1',
      ...Array.from({ length: 10 }, (_, i) => `notice:a.yaml:${i + 1}`)
    ])
    expect(plan.omitted).toEqual({ error: 1, warning: 0, notice: 2 })
    expect(omittedNote(plan)).toBe(
      'GitHub shows 10 annotations per level and step: 1 error, 2 notices are listed here but not annotated on the files.'
    )
    expect(omittedNote(planAnnotations(buildReport([])))).toBeUndefined()
  })

  it('leaves waived findings out', () => {
    const waived = {
      ...finding('a.yaml', 'contract.owner', 'error', 1),
      waived: { item: 'contract.owner', by: '@m', reason: 'r' }
    }
    expect(planAnnotations(buildReport([file('a.yaml', [waived])])).shown).toEqual([])
  })
})

describe('sticky comment', () => {
  const comment = (id: number, body: string, author: string, authorType = 'User') => ({
    id,
    body,
    author,
    authorType
  })

  it('is the marked comment by the token’s own login; by the Actions bot only when the login is unknown', () => {
    const comments = [
      comment(1, `${MARKER}\nquoted`, 'alice'),
      comment(2, 'plain', 'github-actions[bot]', 'Bot'),
      comment(3, `${MARKER}\n## handoff-check`, 'other-app[bot]', 'Bot'),
      comment(4, `${MARKER}\n## handoff-check`, 'github-actions[bot]', 'Bot')
    ]
    expect(findSticky(comments, 'github-actions[bot]')?.id).toBe(4)
    expect(findSticky(comments, undefined)?.id).toBe(4)
    expect(findSticky(comments.slice(0, 3), undefined)).toBeUndefined()
    expect(findSticky(comments.slice(0, 2), 'github-actions[bot]')).toBeUndefined()
  })

  it('is created, updated, or left alone', () => {
    const empty = buildReport([])
    const some = buildReport([file('a.yaml', [])])
    const existing = comment(7, 'old', 'me')
    expect(decideComment(undefined, 'body', 'always', some, false)).toEqual({ kind: 'create', body: 'body' })
    expect(decideComment(undefined, 'body', 'always', empty, false)).toEqual({
      kind: 'none',
      reason: 'not-needed'
    })
    // A run that fails without a file report (it could not see every changed file) still comments.
    expect(decideComment(undefined, 'body', 'always', empty, true)).toEqual({ kind: 'create', body: 'body' })
    expect(decideComment(undefined, 'body', 'on-failure', some, true)).toEqual({
      kind: 'create',
      body: 'body'
    })
    expect(decideComment(existing, 'new', 'on-failure', empty, false)).toEqual({
      kind: 'update',
      id: 7,
      body: 'new'
    })
    expect(decideComment(existing, 'old', 'always', some, false)).toEqual({
      kind: 'none',
      reason: 'unchanged'
    })
    expect(decideComment(existing, 'new', 'never', some, true)).toEqual({ kind: 'none', reason: 'disabled' })
  })

  it('links lines at the head SHA in the head repository, path segments encoded', () => {
    expect(blobLink(links, 'models/my model/README.md', 4)).toBe(
      'https://github.com/fork/shop/blob/abc/models/my%20model/README.md#L4'
    )
  })

  it('stays within the comment limit and points to the job summary', () => {
    const files = Array.from({ length: 400 }, (_, i) =>
      file(
        `contracts/c${String(i).padStart(3, '0')}.yaml`,
        Array.from({ length: 5 }, (_, j) => finding(`contracts/c${i}.yaml`, 'contract.owner', 'error', j + 1))
      )
    )
    const body = commentBody(buildReport(files), links, [])
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_000)
    expect(body.startsWith(`${MARKER}\n## handoff-check\n`)).toBe(true)
    expect(body).toMatch(
      /> ✂️ \d+ more files not shown to stay within GitHub's size limit\. The \[job summary\]\(https:\/\/run\) has the full report\./
    )
  })
})

describe('planReads', () => {
  const config = defaultConfig()
  it('reads added, modified and renamed candidates at the head, removed ones at the base, skipping ignored paths', () => {
    const plan = planReads(
      [
        { path: 'contracts/b.yaml', status: 'modified' },
        { path: 'contracts/a.yml', status: 'renamed', previousPath: 'contracts/old.yml' },
        { path: 'models/m/README.md', status: 'added' },
        { path: 'models/m/model.onnx', status: 'added' },
        { path: 'contracts/gone.json', status: 'removed' },
        { path: '.github/workflows/ci.yml', status: 'modified' },
        { path: 'web/node_modules/x/package.json', status: 'added' },
        { path: 'src/app.ts', status: 'modified' }
      ],
      config
    )
    expect(plan).toEqual({
      head: ['contracts/a.yml', 'contracts/b.yaml', 'models/m/README.md'],
      removed: ['contracts/gone.json'],
      previous: new Map([
        ['contracts/b.yaml', 'contracts/b.yaml'],
        ['contracts/a.yml', 'contracts/old.yml']
      ])
    })
  })

  it('also reads files a configured glob names, whatever their extension', () => {
    const custom = { ...config, paths: { ...config.paths, contracts: ['data/**/*.contract'] } }
    expect(planReads([{ path: 'data/orders.contract', status: 'added' }], custom).head).toEqual([
      'data/orders.contract'
    ])
  })

  it('notes the 3,000-file limit only when it is reached', () => {
    expect(truncationNote(2999)).toBeUndefined()
    expect(truncationNote(3000)).toMatch(/^GitHub lists at most 3,000 changed files/)
  })
})

describe('buildBlobQueries', () => {
  it('batches files across repositories with paths as variables', () => {
    const [q, ...rest] = buildBlobQueries(
      [
        { repo: { owner: 'fork', repo: 'shop' }, sha: 'h', paths: ['a "quoted".yaml', 'b.yaml'] },
        { repo: { owner: 'acme', repo: 'shop' }, sha: 'b', paths: ['c.yaml'] }
      ],
      80
    )
    expect(rest).toEqual([])
    expect(q.variables).toEqual({
      o0: 'fork',
      n0: 'shop',
      e0: 'h:a "quoted".yaml',
      e1: 'h:b.yaml',
      o1: 'acme',
      n1: 'shop',
      e2: 'b:c.yaml'
    })
    expect(q.query).toBe(
      [
        'query($o0: String!, $n0: String!, $e0: String!, $e1: String!, $o1: String!, $n1: String!, $e2: String!) {',
        '  r0: repository(owner: $o0, name: $n0) {',
        '    f0: object(expression: $e0) { ... on Blob { oid text isBinary isTruncated byteSize } }',
        '    f1: object(expression: $e1) { ... on Blob { oid text isBinary isTruncated byteSize } }',
        '  }',
        '  r1: repository(owner: $o1, name: $n1) {',
        '    f2: object(expression: $e2) { ... on Blob { oid text isBinary isTruncated byteSize } }',
        '  }',
        '}'
      ].join('\n')
    )
    expect(q.refs.map((r) => [r.repoAlias, r.fileAlias, r.ref.path])).toEqual([
      ['r0', 'f0', 'a "quoted".yaml'],
      ['r0', 'f1', 'b.yaml'],
      ['r1', 'f2', 'c.yaml']
    ])
  })

  it('splits into queries of at most the batch size', () => {
    const paths = Array.from({ length: 161 }, (_, i) => `f${i}.yaml`)
    const built = buildBlobQueries([{ repo: { owner: 'o', repo: 'r' }, sha: 's', paths }], 80)
    expect(built.map((b) => b.refs.length)).toEqual([80, 80, 1])
  })
})

describe('waivers from comments', () => {
  const items = new Set(['contract.owner'])
  const c = (id: number, author: string, body: string, authorType = 'User'): PrComment => ({
    id,
    body,
    author,
    authorType,
    url: `https://c/${id}`
  })
  const comments = [
    c(1, 'maintainer', '/handoff-waive contract.owner contracts/a.yaml owned upstream'),
    c(2, 'mallory', '/handoff-waive contract.owner not mine'),
    c(3, 'helper[bot]', '/handoff-waive contract.owner bots never waive', 'Bot'),
    c(4, 'maintainer', 'thanks\n/handoff-waive contract.owner second line'),
    c(5, 'admin', '/handoff-waive contract.owner everywhere')
  ]

  it('asks for the permission of human waive authors only', () => {
    expect(waiveAuthors(comments, items)).toEqual(['admin', 'maintainer', 'mallory'])
  })

  it('keeps writers’ waivers in comment order with who, why and where', () => {
    expect(collectWaivers(comments, items, new Set(['maintainer', 'admin', 'helper[bot]']))).toEqual([
      {
        item: 'contract.owner',
        path: 'contracts/a.yaml',
        by: '@maintainer',
        reason: 'owned upstream',
        url: 'https://c/1',
        commentId: 1,
        author: 'maintainer'
      },
      {
        item: 'contract.owner',
        by: '@admin',
        reason: 'everywhere',
        url: 'https://c/5',
        commentId: 5,
        author: 'admin'
      }
    ])
  })

  it('reads what each waiver covers from this action’s own replies only, the first reply per waiver', () => {
    const replies: PrComment[] = [
      c(10, 'github-actions[bot]', `${coverageLine(1, ['bb', 'aa', 'aa'])}\n@maintainer waived …`, 'Bot'),
      c(11, 'mallory', `${coverageLine(5, ['cc'])}`),
      c(12, 'other-app[bot]', `${coverageLine(5, ['dd'])}`, 'Bot'),
      c(13, 'github-actions[bot]', `${coverageLine(1, ['ee'])}`, 'Bot'),
      c(14, 'github-actions[bot]', `quoted: ${coverageLine(5, ['ff'])}`, 'Bot'),
      c(15, 'github-actions[bot]', coverageLine(7, []), 'Bot')
    ]
    expect(coverageLine(1, ['bb', 'aa', 'aa'])).toBe('<!-- handoff-check:waiver 1 covers=aa,bb -->')
    const coverage = collectCoverage(replies, undefined)
    expect([...coverage].map(([id, set]) => [id, [...set]])).toEqual([
      [1, ['aa', 'bb']],
      [7, []]
    ])
    expect([...collectCoverage(replies, 'other-app[bot]').keys()]).toEqual([5])
  })

  it('scopes waivers to their recorded coverage and leaves the others pending', () => {
    const commands = collectWaivers(comments, items, new Set(['maintainer', 'admin']))
    const { scoped, pending } = scopeWaivers(commands, new Map([[1, new Set(['aa'])]]))
    expect(scoped).toEqual([
      {
        item: 'contract.owner',
        path: 'contracts/a.yaml',
        by: '@maintainer',
        reason: 'owned upstream',
        url: 'https://c/1',
        covers: new Set(['aa'])
      }
    ])
    expect(pending.map((w) => w.commentId)).toEqual([5])
  })
})

describe('canWaive', () => {
  it('accepts write, maintain and admin from either field', () => {
    expect(canWaive('admin')).toBe(true)
    expect(canWaive('write', 'maintain')).toBe(true)
    expect(canWaive('read', 'maintain')).toBe(true)
    expect(canWaive('read', 'triage')).toBe(false)
    expect(canWaive('none')).toBe(false)
    expect(canWaive(undefined)).toBe(false)
  })
})

describe('loadPolicy', () => {
  it('uses the defaults without a file and src/config for a file', () => {
    expect(loadPolicy(undefined, '.github/handoff.yml')).toEqual({ ok: true, config: defaultConfig() })
    const result = loadPolicy('items:\n  contract.owner: warning\nowners:\n  codeowners: true\n', 'h.yml')
    expect(result.ok && [result.config.items, result.config.owners]).toEqual([
      { 'contract.owner': 'warning' },
      { codeowners: true, require: 'name' }
    ])
  })

  it('reports each bad key with its line and column', () => {
    expect(loadPolicy('paths:\n  ignore: nope\nfreshness: 3\n', 'h.yml')).toEqual({
      ok: false,
      errors: [
        { path: 'h.yml', line: 2, column: 3, message: 'paths.ignore: must be a list.' },
        { path: 'h.yml', line: 3, column: 1, message: 'freshness: must be a mapping.' }
      ]
    })
    expect(loadPolicy('a: [', 'h.yml').ok).toBe(false)
  })
})

describe('parseInputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  it('applies defaults and validates the choices', () => {
    expect(parseInputs(get({ 'github-token': 't' }))).toEqual({
      token: 't',
      configPath: '.github/handoff.yml',
      comment: 'always',
      failOn: 'error'
    })
    expect(
      parseInputs(
        get({ 'github-token': 't', config: './policy/h.yml', comment: 'On-Failure', 'fail-on': 'warning' })
      )
    ).toEqual({
      token: 't',
      configPath: 'policy/h.yml',
      comment: 'on-failure',
      failOn: 'warning'
    })
    expect(() => parseInputs(get({ 'github-token': 't', 'fail-on': 'sometimes' }))).toThrow(
      'Input `fail-on` must be one of error, warning, never; got "sometimes".'
    )
    expect(() => parseInputs(get({}))).toThrow(/^Input `github-token` is empty/)
  })
})
