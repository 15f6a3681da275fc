// The action's flows (check, publish, bot) over the real Octokit-backed API module against the fake GitHub, with a
// small fake engine injected: the adapter's behaviour pinned independently of which formats the engine knows.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createApi } from '../../src/github/api/api.js'
import { handleComment } from '../../src/github/commands/bot.js'
import { checkPullRequest, PolicyInvalidError } from '../../src/github/check-pr.js'
import { commentBody, MARKER } from '../../src/github/publish/comment.js'
import type { CommentLinks } from '../../src/github/publish/comment.js'
import type { Engine } from '../../src/github/engine.js'
import { createOctokit } from '../../src/github/api/octokit.js'
import { publish, READ_ONLY_WARNING } from '../../src/github/publish/publish.js'
import type { PublishSettings } from '../../src/github/publish/publish.js'
import type { GitHubApi, PullRequestRef } from '../../src/github/types.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import type { FakeFile, FakeRepo } from '../e2e/fake-github.js'
import { tree } from '../e2e/harness.js'
import { fakeEngine } from './fake-engine.js'
import { fingerprint } from '../../src/core/fingerprint.js'
import { PublishError } from '../../src/github/publish/publish.js'

jest.setTimeout(60_000)

const REPO: FakeRepo = { owner: 'acme', name: 'shop' }
const FORK: FakeRepo = { owner: 'contributor', name: 'shop' }
const BASE = 'b'.repeat(40)
const HEAD1 = '1'.repeat(40)
const HEAD2 = '2'.repeat(40)
const P = '/repos/acme/shop'
const REMOVED =
  '🗑️ The data contract `contracts/customers.contract.yaml` is removed by this pull request: make sure nobody still depends on it.'
const CHANGED: FakeFile[] = [
  { filename: 'contracts/orders.contract.yaml', status: 'added' },
  { filename: 'models/churn/MODEL_CARD.md', status: 'added' },
  { filename: 'contracts/customers.contract.yaml', status: 'removed' }
]

let gh: FakeGitHub
let api: GitHubApi
let warnings: string[]
const log = { info: (): void => undefined, warning: (m: string): void => void warnings.push(m) }

const pr = (headSha: string, head: FakeRepo = REPO): PullRequestRef => ({
  base: { owner: 'acme', repo: 'shop' },
  number: 42,
  baseSha: BASE,
  head: { owner: head.owner, repo: head.name },
  headSha
})
const links = (headSha: string, headRepo = 'acme/shop'): CommentLinks => ({
  serverUrl: 'https://github.com',
  headRepo,
  headSha,
  baseRepo: 'acme/shop',
  baseSha: BASE,
  runUrl: 'https://github.com/acme/shop/actions/runs/7001'
})
const settings = (headSha: string, over: Partial<PublishSettings> = {}): PublishSettings => ({
  commentMode: 'always',
  failOn: 'error',
  links: links(headSha),
  self: 'github-actions[bot]',
  ...over
})
const headTree = (name: string): Record<string, string> => {
  const files = { ...tree('base'), ...tree(name) }
  delete files['contracts/customers.contract.yaml']
  return files
}
const openPull = (headSha: string, files: FakeFile[] = CHANGED, head: FakeRepo = REPO): void =>
  gh.addPull({
    number: 42,
    base: { repo: REPO, sha: BASE, ref: 'main' },
    head: { repo: head, sha: headSha, ref: 'f' },
    files
  })
const fingerprintOf = (item: string, path: string, message: string): string => {
  const finding = {
    item,
    severity: 'error' as const,
    status: 'missing' as const,
    message,
    path,
    line: 1,
    column: 1
  }
  return fingerprint(finding, { path, kind: 'contract', standard: 'handoff-contract', findings: [finding] })
}
const writes = (): string[] => gh.calls().filter((c) => !c.startsWith('GET') && c !== 'POST /graphql')

async function runPr(headSha: string, over: Partial<PublishSettings> = {}, engine: Engine = fakeEngine) {
  const check = await checkPullRequest(api, pr(headSha), '.github/handoff.yml', engine)
  const published = await publish(api, pr(headSha), check, settings(headSha, over), log)
  return { check, published }
}

beforeEach(async () => {
  gh = await new FakeGitHub().start()
  gh.commit(REPO, BASE, tree('base'))
  gh.commit(REPO, HEAD1, headTree('incomplete'))
  gh.commit(REPO, HEAD2, headTree('complete'))
  gh.permissions.set('maintainer', { permission: 'write', role_name: 'maintain' })
  gh.permissions.set('mallory', { permission: 'read', role_name: 'triage' })
  api = createApi(createOctokit('ghs_test', { baseUrl: gh.url, retryAfterBaseMs: 1, writeSpacingMs: 1, log }))
  warnings = []
})
afterEach(async () => {
  await gh.stop()
})

describe('a pull request run', () => {
  it('first run: reads the base policy, the files’ sizes, then their text in three GraphQL requests, creates one comment and a failure status', async () => {
    openPull(HEAD1)
    const { check, published } = await runPr(HEAD1)

    expect(gh.calls()).toEqual([
      `GET ${P}/pulls/42/files`,
      'POST /graphql',
      'POST /graphql',
      'POST /graphql',
      `GET ${P}/issues/42/comments`,
      `POST ${P}/issues/42/comments`,
      `POST ${P}/statuses/${HEAD1}`
    ])
    const sizes = gh.requests[2].body as { query: string; variables: object }
    expect(sizes.variables).toEqual({
      o0: 'acme',
      n0: 'shop',
      c0: HEAD1,
      p0: 'contracts/orders.contract.yaml',
      p1: 'models/churn/MODEL_CARD.md',
      p2: 'models/churn/.eval_results', // sized with the files: listed only when it exists
      c1: BASE,
      p3: 'contracts/customers.contract.yaml'
    })
    expect(sizes.query).not.toContain('text')
    expect((gh.requests[3].body as { variables: object }).variables).toEqual({
      o0: 'acme',
      n0: 'shop',
      e0: `${HEAD1}:contracts/orders.contract.yaml`,
      e1: `${HEAD1}:models/churn/MODEL_CARD.md`,
      e2: `${BASE}:contracts/customers.contract.yaml`
    })
    expect(check.notes).toEqual([REMOVED])
    expect(published).toEqual({
      comment: { kind: 'create', body: gh.comments[0].body },
      refused: false,
      failed: true
    })
    expect(gh.comments[0].body).toBe(commentBody(check.report, links(HEAD1), [REMOVED]))
    expect(gh.comments[0].body.split('\n').slice(0, 7)).toEqual([
      MARKER,
      '## handoff-check',
      '',
      '❌ **3 handoff items missing or invalid** in 2 files.',
      '',
      `> ${REMOVED}`,
      ''
    ])
    expect(gh.comments[0].body).toContain(
      `| <a name="handoff-2-ownership"></a>❌ | \`ownership.rollback\` | [29](https://github.com/acme/shop/blob/${HEAD1}/models/churn/MODEL_CARD.md#L29) | No one rolls back: add \`rollback: "@acme/oncall"\`. |`
    )
    expect(gh.statuses).toEqual([
      {
        repo: 'acme/shop',
        sha: HEAD1,
        state: 'failure',
        description: '3 handoff items missing in 2 files',
        target_url: 'https://github.com/acme/shop/actions/runs/7001',
        context: 'handoff-check'
      }
    ])
  })

  it('an unchanged result writes no comment, a changed one updates the same comment, a fixed one turns it green', async () => {
    openPull(HEAD1)
    await runPr(HEAD1)
    const id = gh.comments[0].id
    gh.requests.length = 0

    const again = await runPr(HEAD1)
    expect(again.published.comment).toEqual({ kind: 'none', reason: 'unchanged' })
    expect(writes()).toEqual([`POST ${P}/statuses/${HEAD1}`])

    gh.requests.length = 0
    openPull(HEAD2)
    const fixed = await runPr(HEAD2)
    expect(writes()).toEqual([`PATCH ${P}/issues/comments/${id}`, `POST ${P}/statuses/${HEAD2}`])
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toBe(commentBody(fixed.check.report, links(HEAD2), [REMOVED]))
    expect(gh.comments[0].body).toContain('✅ **All handoff items present** in 2 files.')
    expect(gh.statuses.map((s) => [s.sha, s.state, s.description])).toEqual([
      [HEAD1, 'failure', '3 handoff items missing in 2 files'],
      [HEAD1, 'failure', '3 handoff items missing in 2 files'],
      [HEAD2, 'success', 'All handoff items present in 2 files']
    ])
  })

  it('finds its comment on any page and only by its own author', async () => {
    openPull(HEAD1)
    await runPr(HEAD1)
    const mine = gh.comments[0]
    gh.comments.length = 0
    for (let i = 0; i < 120; i++) gh.addComment(REPO, 42, `comment ${i}`, { login: 'alice', type: 'User' })
    gh.addComment(REPO, 42, `${MARKER}\nquoted by a human`, { login: 'alice', type: 'User' })
    gh.comments.push(mine)
    gh.requests.length = 0

    await runPr(HEAD1)
    expect(gh.calls(true).filter((c) => c.includes('/comments'))).toEqual([
      `GET ${P}/issues/42/comments?per_page=100`,
      `GET ${P}/issues/42/comments?per_page=100&page=2`
    ])
    expect(writes()).toEqual([`POST ${P}/statuses/${HEAD1}`])
  })

  it('when GitHub stops listing at 3,000 files, finds the changes by comparing the git trees and says so', async () => {
    const many: FakeFile[] = Array.from({ length: 3100 }, (_, i) => ({
      filename: `docs/page-${String(i).padStart(4, '0')}.txt`,
      status: 'added'
    }))
    gh.commit(REPO, HEAD1, {
      ...headTree('incomplete'),
      ...Object.fromEntries(many.map((f) => [f.filename, 'page\n']))
    })
    // The contracts sort after the 3,100 pages: GitHub's list never reaches them.
    openPull(HEAD1, [...many, ...CHANGED])
    const { check } = await runPr(HEAD1)
    expect(gh.calls().filter((c) => c.endsWith('/files'))).toHaveLength(30)
    expect(gh.calls(true).filter((c) => c.includes('/git/trees/'))).toEqual([
      `GET ${P}/git/trees/${BASE}?recursive=1`,
      `GET ${P}/git/trees/${HEAD1}?recursive=1`
    ])
    expect(check.notes[0]).toBe(
      'GitHub lists at most 3,000 changed files of a pull request; the changed files were found by comparing the base and head git trees instead.'
    )
    expect(check.notes[1]).toBe(REMOVED)
    expect(check.report.files.map((f) => f.path)).toEqual([
      'contracts/orders.contract.yaml',
      'models/churn/MODEL_CARD.md'
    ])
    expect(check.report.incomplete).toBeUndefined()
    expect(gh.comments[0].body).toContain(`> ${check.notes[0]}`)
  })

  it('fetches a file GraphQL returns truncated as a git blob, in full', async () => {
    openPull(HEAD1)
    gh.truncateAbove = 400
    const { check } = await runPr(HEAD1)
    expect(gh.calls().filter((c) => c.includes('/git/blobs/'))).toHaveLength(2)
    // Cut at 400 characters the card would have no `ownership:` line left to point at.
    expect(check.report.files.map((f) => [f.path, f.findings.map((x) => [x.item, x.line])])).toEqual([
      [
        'contracts/orders.contract.yaml',
        [
          ['contract.freshness', 1],
          ['contract.owner', 1]
        ]
      ],
      ['models/churn/MODEL_CARD.md', [['ownership.rollback', 29]]]
    ])
  })

  it('on a fork PR with a read-only token: comment and status are refused, one warning explains pull_request_target', async () => {
    gh.commit(FORK, HEAD1, headTree('incomplete'))
    openPull(HEAD1, CHANGED, FORK)
    gh.readOnly = true
    const check = await checkPullRequest(api, pr(HEAD1, FORK), '.github/handoff.yml', fakeEngine)
    const published = await publish(
      api,
      pr(HEAD1, FORK),
      check,
      settings(HEAD1, { links: links(HEAD1, 'contributor/shop') }),
      log
    )

    expect(writes()).toEqual([`POST ${P}/issues/42/comments`, `POST ${P}/statuses/${HEAD1}`])
    expect(published).toMatchObject({ refused: true, failed: true })
    expect(warnings).toEqual([READ_ONLY_WARNING])
    expect((gh.requests[2].body as { variables: Record<string, string> }).variables.o0).toBe('contributor')
  })

  it('comment modes: on-failure writes nothing for a passing PR, never writes no comment at all', async () => {
    openPull(HEAD2)
    expect((await runPr(HEAD2, { commentMode: 'on-failure' })).published.comment).toEqual({
      kind: 'none',
      reason: 'not-needed'
    })
    openPull(HEAD1)
    expect((await runPr(HEAD1, { commentMode: 'never' })).published.comment).toEqual({
      kind: 'none',
      reason: 'disabled'
    })
    expect(gh.comments).toEqual([])
    expect(gh.statuses.map((s) => s.state)).toEqual(['success', 'failure'])
  })

  it('hands a removed file to compare with its base only; what compare does not report keeps the note', async () => {
    openPull(HEAD1)
    const pairs: string[] = []
    const removal = (path: string) => ({
      path,
      kind: 'contract' as const,
      standard: 'handoff-contract' as const,
      findings: []
    })
    const withCompare = (reportRemoved: boolean): Engine => ({
      ...fakeEngine,
      compare(pair) {
        pairs.push(`${pair.base?.path ?? '-'} → ${pair.head?.path ?? '-'}`)
        return reportRemoved && pair.base && !pair.head ? removal(pair.base.path) : undefined
      }
    })
    const reported = await checkPullRequest(api, pr(HEAD1), '.github/handoff.yml', withCompare(true))
    expect(pairs).toEqual(['contracts/customers.contract.yaml → -'])
    expect(reported.report.files.map((f) => f.path)).toContain('contracts/customers.contract.yaml')
    expect(reported.notes).toEqual([])

    const noted = await checkPullRequest(api, pr(HEAD1), '.github/handoff.yml', withCompare(false))
    expect(noted.report.files.map((f) => f.path)).not.toContain('contracts/customers.contract.yaml')
    expect(noted.notes).toEqual([REMOVED])
  })

  it('hands the base CODEOWNERS to the engine and stops on an invalid base policy, naming its line', async () => {
    openPull(HEAD1)
    const seen: (ReadonlySet<string> | undefined)[] = []
    const spy: Engine = {
      ...fakeEngine,
      analyze: (f, ctx) => (seen.push(ctx.codeowners), fakeEngine.analyze(f, ctx))
    }
    await checkPullRequest(api, pr(HEAD1), '.github/handoff.yml', spy)
    expect([...(seen[0] ?? [])]).toEqual(['@acme/data-platform', '@acme/ml-platform', '@acme/ml-oncall'])

    gh.commit(REPO, BASE, { ...tree('base'), '.github/handoff.yml': 'items:\n  contract.owner: fatal\n' })
    const failure = checkPullRequest(api, pr(HEAD1), '.github/handoff.yml', fakeEngine)
    await expect(failure).rejects.toThrow(PolicyInvalidError)
    await expect(failure).rejects.toThrow(
      'The policy file on the base branch is invalid:\n.github/handoff.yml:2:3 items.contract.owner: "fatal" is not allowed; use one of error, warning, notice, off.'
    )
  })
})

const event = (body: string, author: string, id = 900) => ({
  action: 'created',
  repo: { owner: 'acme', repo: 'shop' },
  number: 42,
  isPullRequest: true,
  comment: { id, body, author, authorType: 'User' }
})
const deps = {
  engine: fakeEngine,
  configPath: '.github/handoff.yml',
  docsUrl: 'https://example.test/docs',
  settings: async (p: PullRequestRef) => settings(p.headSha),
  log
}

describe('comment commands', () => {
  it('a writer’s waiver re-checks the current head and is applied from the comments on every run', async () => {
    openPull(HEAD1)
    await runPr(HEAD1)
    const body =
      '/handoff-waive ownership.rollback models/churn/MODEL_CARD.md rollback is in the platform runbook'
    const waive = gh.addComment(REPO, 42, body, { login: 'maintainer', type: 'User' })
    gh.addComment(REPO, 42, '/handoff-waive contract.owner the reader tries', {
      login: 'mallory',
      type: 'User'
    })
    gh.requests.length = 0

    const result = await handleComment(api, event(body, 'maintainer', waive.id), deps)

    expect(result.kind).toBe('checked')
    expect(gh.calls()).toEqual([
      `GET ${P}/collaborators/maintainer/permission`,
      `POST ${P}/issues/comments/${waive.id}/reactions`,
      `GET ${P}/pulls/42`,
      `GET ${P}/pulls/42/files`,
      'POST /graphql',
      'POST /graphql',
      'POST /graphql',
      `GET ${P}/issues/42/comments`,
      // maintainer's permission was read once for the command; only mallory's is new.
      `GET ${P}/collaborators/mallory/permission`,
      // The reply that records which findings the waiver covers, written before the waiver is applied.
      `POST ${P}/issues/42/comments`,
      `PATCH ${P}/issues/comments/${gh.comments[0].id}`,
      `POST ${P}/statuses/${HEAD1}`,
      `POST ${P}/issues/comments/${waive.id}/reactions`
    ])
    expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1'])
    expect(gh.comments.at(-1)!.body).toBe(
      [
        `<!-- handoff-check:waiver ${waive.id} covers=${fingerprintOf('ownership.rollback', 'models/churn/MODEL_CARD.md', 'No one rolls back: add `rollback: "@acme/oncall"`.')} -->`,
        '@maintainer waived `ownership.rollback` in `models/churn/MODEL_CARD.md` for the finding open at `1111111`:',
        '',
        '- `models/churn/MODEL_CARD.md` line 29',
        '',
        'A finding that appears with a later push is not covered: it fails the check until it is waived again.',
        ''
      ].join('\n')
    )
    expect(gh.comments[0].body).toContain(
      '| <a name="handoff-2-ownership"></a>🙈 | `ownership.rollback` | [29](https://github.com/acme/shop/blob/1111111111111111111111111111111111111111/models/churn/MODEL_CARD.md#L29) | ~~No one rolls back: add `rollback: "@acme/oncall"`.~~<br>**Waived** by @\u200bmaintainer: rollback is in the platform runbook |'
    )
    expect(gh.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: '2 handoff items missing in 1 file (1 waived)'
    })
  })

  it('/handoff-status reacts 👀 then 👍 when the current head passes', async () => {
    openPull(HEAD2)
    const result = await handleComment(api, event('/handoff-status', 'alice'), deps)
    expect(result.kind).toBe('checked')
    expect(gh.reactions.map((r) => [r.commentId, r.content])).toEqual([
      [900, 'eyes'],
      [900, '+1']
    ])
    expect(gh.statuses.map((s) => [s.sha, s.state])).toEqual([[HEAD2, 'success']])
  })

  it('a waiver for an unknown item gets 😕 and a reply saying why', async () => {
    const result = await handleComment(api, event('/handoff-waive contract.ownr legacy', 'maintainer'), deps)
    expect(result).toEqual({ kind: 'replied', command: 'invalid' })
    expect(gh.calls()).toEqual([`POST ${P}/issues/comments/900/reactions`, `POST ${P}/issues/42/comments`])
    expect(gh.comments[0].body).toBe(
      '@maintainer this waiver was not applied: `contract.ownr` is not a handoff item id. Usage: `/handoff-waive <item-id> [path] <reason…>`'
    )
  })
})

describe('waiver scope', () => {
  const HEAD3 = '3'.repeat(40)
  const RETURNS = 'contracts/returns.contract.yaml'
  const waive = async (body: string, author = 'maintainer') => {
    const c = gh.addComment(REPO, 42, body, { login: author, type: 'User' })
    return { comment: c, result: await handleComment(api, event(body, author, c.id), deps) }
  }
  const open = (report: { files: { path: string; findings: { item: string; waived?: unknown }[] }[] }) =>
    report.files.flatMap((f) => f.findings.filter((x) => !x.waived).map((x) => `${f.path} ${x.item}`))

  it('a PR run never takes a waiver in: it is listed as not applied yet and the finding still fails', async () => {
    openPull(HEAD1)
    gh.addComment(REPO, 42, '/handoff-waive contract.owner owned upstream', {
      login: 'maintainer',
      type: 'User'
    })
    const { check, published } = await runPr(HEAD1)
    expect(check.notes).toContain(
      "⏳ The waiver of `contract.owner` by @maintainer is not applied yet: it covers the findings open when a writer's `/handoff-waive` or `/handoff-status` run takes it in."
    )
    expect(open(check.report)).toContain('contracts/orders.contract.yaml contract.owner')
    expect(published.failed).toBe(true)
    expect(gh.comments.filter((c) => c.body.startsWith('<!-- handoff-check:waiver'))).toEqual([])
  })

  it('a waiver without a path covers the files open when it was given, not a file a later push adds', async () => {
    openPull(HEAD1)
    const { result } = await waive('/handoff-waive contract.owner owned upstream')
    expect(result.kind).toBe('checked')
    expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1'])

    const orders = headTree('incomplete')['contracts/orders.contract.yaml']
    gh.commit(REPO, HEAD3, {
      ...headTree('incomplete'),
      [RETURNS]: orders.replace('id: orders', 'id: returns')
    })
    openPull(HEAD3, [...CHANGED, { filename: RETURNS, status: 'added' }])
    const { check, published } = await runPr(HEAD3)
    const owner = check.report.files.map((f) => [
      f.path,
      f.findings.find((x) => x.item === 'contract.owner')?.waived?.by
    ])
    expect(owner).toEqual([
      ['contracts/orders.contract.yaml', '@maintainer'],
      [RETURNS, undefined],
      ['models/churn/MODEL_CARD.md', undefined]
    ])
    expect(open(check.report)).toContain(`${RETURNS} contract.owner`)
    expect(published.failed).toBe(true)
  })

  it('a waiver that matches no open finding gets 😕 and a reply saying so, and covers nothing later', async () => {
    openPull(HEAD1)
    const { comment } = await waive('/handoff-waive contract.owner contracts/returns.contract.yaml not ours')
    expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused'])
    expect(gh.comments.at(-2)!.body).toBe(
      `<!-- handoff-check:waiver ${comment.id} covers= -->\n` +
        '@maintainer this waiver matches no open finding: `contract.owner` is not reported in `contracts/returns.contract.yaml` at `1111111`. Nothing was waived.\n'
    )
    const orders = headTree('incomplete')['contracts/orders.contract.yaml']
    gh.commit(REPO, HEAD3, { ...headTree('incomplete'), [RETURNS]: orders })
    openPull(HEAD3, [...CHANGED, { filename: RETURNS, status: 'added' }])
    const { check } = await runPr(HEAD3)
    expect(open(check.report)).toContain(`${RETURNS} contract.owner`)
    expect(check.notes.filter((n) => n.startsWith('⏳'))).toEqual([])
  })

  it('a writer’s /handoff-status takes in a waiver whose own run never answered; a reader’s does not', async () => {
    openPull(HEAD1)
    const given = gh.addComment(REPO, 42, '/handoff-waive contract.owner owned upstream', {
      login: 'maintainer',
      type: 'User'
    })
    const byReader = await waive('/handoff-status', 'mallory')
    expect(byReader.result.kind === 'checked' && open(byReader.result.check.report)).toContain(
      'contracts/orders.contract.yaml contract.owner'
    )
    const byWriter = await waive('/handoff-status', 'maintainer')
    expect(byWriter.result.kind === 'checked' && byWriter.result.check.takenIn).toEqual([
      { commentId: given.id, covered: 1 }
    ])
    expect(byWriter.result.kind === 'checked' && open(byWriter.result.check.report)).not.toContain(
      'contracts/orders.contract.yaml contract.owner'
    )
  })

  it('only this action’s own replies record coverage: a look-alike reply by anyone else is ignored', async () => {
    openPull(HEAD1)
    const given = gh.addComment(REPO, 42, '/handoff-waive contract.owner owned upstream', {
      login: 'maintainer',
      type: 'User'
    })
    const forged = fingerprintOf(
      'contract.owner',
      'contracts/orders.contract.yaml',
      'No owner: add `owner: "@acme/data"`.'
    )
    gh.addComment(REPO, 42, `<!-- handoff-check:waiver ${given.id} covers=${forged} -->`, {
      login: 'mallory',
      type: 'User'
    })
    gh.addComment(REPO, 42, `<!-- handoff-check:waiver ${given.id} covers=${forged} -->`, {
      login: 'other-app[bot]',
      type: 'Bot'
    })
    const { check } = await runPr(HEAD1)
    expect(open(check.report)).toContain('contracts/orders.contract.yaml contract.owner')
    expect(check.notes.some((n) => n.startsWith('⏳ The waiver of `contract.owner`'))).toBe(true)
  })

  it('a permission look-up that fails is answered with a reply, and the waiver is not applied', async () => {
    openPull(HEAD1)
    gh.failures.push({
      method: 'GET',
      url: /collaborators\/maintainer\/permission/,
      status: 500,
      message: 'boom',
      times: 10
    })
    const { result } = await waive('/handoff-waive contract.owner owned upstream')
    expect(result).toEqual({ kind: 'replied', command: 'not-allowed' })
    expect(gh.reactions.map((r) => r.content)).toEqual(['confused'])
    expect(gh.comments.at(-1)!.body).toBe(
      '@maintainer your permission on this repository could not be looked up (boom - https://docs.github.com/rest), so the waiver was not applied; try again with `/handoff-status`.'
    )
    const { check } = await runPr(HEAD1)
    expect(check.notes).toContain(
      '⚠️ The waivers of @maintainer are not applied: their permission could not be looked up (`boom - https://docs.github.com/rest`). Give `/handoff-status` to try again.'
    )
  })

  it('a reaction that fails does not cancel the command', async () => {
    openPull(HEAD2)
    gh.failures.push({ method: 'POST', url: /reactions$/, status: 500, message: 'down', times: 100 })
    const { result } = await waive('/handoff-status', 'alice')
    expect(result.kind).toBe('checked')
    expect(gh.statuses.map((x) => [x.sha, x.state])).toEqual([[HEAD2, 'success']])
    expect(warnings).toEqual(
      ['eyes', '+1'].map((r) => `Could not react ${r} to comment 1000: down - https://docs.github.com/rest`)
    )
  })
})

describe('publishing fails closed', () => {
  it('writes the status when the comment cannot be written, then fails saying so', async () => {
    openPull(HEAD1)
    gh.failures.push({
      method: 'POST',
      url: /issues\/42\/comments$/,
      status: 500,
      message: 'down',
      times: 10
    })
    await expect(runPr(HEAD1)).rejects.toThrow(
      new PublishError(
        'The handoff-check status was set to failure, but the PR comment could not be written: down - https://docs.github.com/rest'
      )
    )
    expect(gh.statuses.map((x) => [x.sha, x.state, x.description])).toEqual([
      [HEAD1, 'failure', '3 handoff items missing in 2 files']
    ])
  })

  it('never edits another author’s comment when its own login is unknown: it creates its own', async () => {
    openPull(HEAD1)
    const other = gh.addComment(REPO, 42, `${MARKER}\nanother app's report`, {
      login: 'other-app[bot]',
      type: 'Bot'
    })
    await runPr(HEAD1, { self: undefined })
    expect(gh.comments.find((c) => c.id === other.id)!.body).toBe(`${MARKER}\nanother app's report`)
    expect(writes()).toEqual([`POST ${P}/issues/42/comments`, `POST ${P}/statuses/${HEAD1}`])
  })

  it('gives up on a request that gets no answer, within the timeout and the retry budget', async () => {
    openPull(HEAD1)
    gh.stalls.push({ method: 'GET', url: /pulls\/42\/files/, times: 10 })
    const timed = createApi(
      createOctokit('ghs_test', {
        baseUrl: gh.url,
        retryAfterBaseMs: 1,
        writeSpacingMs: 1,
        requestTimeoutMs: 200,
        waitBudgetMs: 300,
        log
      })
    )
    await expect(checkPullRequest(timed, pr(HEAD1), '.github/handoff.yml', fakeEngine)).rejects.toThrow(
      /^GitHub did not answer in time: \d+ ms of the 300 ms allowed for waits and retries used; gave up on GET \/repos\/acme\/shop\/pulls\/42\/files\.$/
    )
    expect(gh.calls()).toEqual([`GET ${P}/pulls/42/files`, `GET ${P}/pulls/42/files`])
  })

  it('does not wait out a rate limit longer than the budget', async () => {
    openPull(HEAD1)
    const reset = String(Math.floor(Date.now() / 1000) + 400)
    gh.failures.push({
      method: 'GET',
      url: /pulls\/42\/files/,
      status: 403,
      message: 'API rate limit exceeded',
      times: 10,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    })
    const limited = createApi(
      createOctokit('ghs_test', {
        baseUrl: gh.url,
        retryAfterBaseMs: 1,
        writeSpacingMs: 1,
        waitBudgetMs: 100,
        log
      })
    )
    await expect(checkPullRequest(limited, pr(HEAD1), '.github/handoff.yml', fakeEngine)).rejects.toThrow(
      'API rate limit exceeded'
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^GitHub rate limit on GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/shop\/pulls\/42\/files\?per_page=100 asks to wait \d+s; not waiting \(0 ms of the 100 ms allowed for waits and retries used\)\.$/
    )
  })
})
