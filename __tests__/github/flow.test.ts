// The action's flows (check, publish, bot) over the real Octokit-backed API module against the fake GitHub, with a
// small fake engine injected: the adapter's behaviour pinned independently of which formats the engine knows.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createApi } from '../../src/github/api.js'
import { handleComment } from '../../src/github/bot.js'
import { checkPullRequest, PolicyInvalidError } from '../../src/github/check-pr.js'
import { commentBody, MARKER } from '../../src/github/comment.js'
import type { CommentLinks } from '../../src/github/comment.js'
import type { Engine } from '../../src/github/engine.js'
import { createOctokit } from '../../src/github/octokit.js'
import { publish, READ_ONLY_WARNING } from '../../src/github/publish.js'
import type { PublishSettings } from '../../src/github/publish.js'
import type { GitHubApi, PullRequestRef } from '../../src/github/types.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import type { FakeFile, FakeRepo } from '../e2e/fake-github.js'
import { tree } from '../e2e/harness.js'
import { fakeEngine } from './fake-engine.js'

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
      c1: BASE,
      p2: 'contracts/customers.contract.yaml'
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
      `| ❌ | \`ownership.rollback\` | [29](https://github.com/acme/shop/blob/${HEAD1}/models/churn/MODEL_CARD.md#L29) | No one rolls back: add \`rollback: "@acme/oncall"\`. |`
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

describe('comment commands', () => {
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
      `PATCH ${P}/issues/comments/${gh.comments[0].id}`,
      `POST ${P}/statuses/${HEAD1}`,
      `POST ${P}/issues/comments/${waive.id}/reactions`
    ])
    expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1'])
    expect(gh.comments[0].body).toContain(
      '| 🙈 | `ownership.rollback` | [29](https://github.com/acme/shop/blob/1111111111111111111111111111111111111111/models/churn/MODEL_CARD.md#L29) | ~~No one rolls back: add `rollback: "@acme/oncall"`.~~<br>**Waived** by @maintainer: rollback is in the platform runbook |'
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
