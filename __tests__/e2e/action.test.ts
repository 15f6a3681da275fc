// End-to-end: the bundled dist/index.js, run as a runner runs it, against a fake GitHub API. Runs on the Node that
// runs jest and on Node 24 (what `runs.using: node24` gives) when `npx -y node@24` can fetch it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { commentBody, MARKER } from '../../src/github/publish/comment.js'
import { docsUrl, helpText } from '../../src/github/commands/help.js'
import { READ_ONLY_WARNING } from '../../src/github/publish/publish.js'
import { FakeGitHub } from './fake-github.js'
import type { FakeContent, FakeFile, FakeRepo } from './fake-github.js'
import { bundle, runAction, runtimes, tree } from './harness.js'
import type { Runtime } from './harness.js'
import { issueCommentEvent, pullRequestEvent } from './payloads.js'

jest.setTimeout(120_000)

const REPO: FakeRepo = { owner: 'acme', name: 'shop' }
const FORK: FakeRepo = { owner: 'contributor', name: 'shop' }
const BASE = 'b'.repeat(40)
const HEAD1 = '1'.repeat(40)
const HEAD2 = '2'.repeat(40)
const DEFAULT_BRANCH_SHA = 'd'.repeat(40)
const RUN_URL = 'https://github.com/acme/shop/actions/runs/7001'
const DOCS = docsUrl('https://github.com', 'handoff-check/handoff-check')
const PR = '/repos/acme/shop'

const RUNTIMES = runtimes()

/** Where the comment of a run on the head commit links to. */
const commentLinks = (headSha: string, headRepo = 'acme/shop') => ({
  serverUrl: 'https://github.com',
  headRepo,
  headSha,
  baseRepo: 'acme/shop',
  baseSha: BASE,
  runUrl: RUN_URL
})

beforeAll(() => bundle())

function github(): FakeGitHub {
  const gh = new FakeGitHub()
  gh.commit(REPO, BASE, tree('base'))
  gh.permissions.set('maintainer', { permission: 'write', role_name: 'maintain' })
  gh.permissions.set('owner', { permission: 'admin', role_name: 'admin' })
  gh.permissions.set('mallory', { permission: 'read', role_name: 'triage' })
  return gh
}

const configFiles = (n: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`config/app-${String(i).padStart(3, '0')}.yaml`, `replicas: ${i}\n`])
  )

describe.each(RUNTIMES)('dist/index.js on $name', (runtime: Runtime) => {
  let gh: FakeGitHub
  beforeEach(async () => {
    gh = await github().start()
  })
  afterEach(async () => {
    await gh.stop()
  })

  const pullEvent = (headSha: string, action: 'opened' | 'synchronize' = 'opened', headRepo?: FakeRepo) => ({
    event: 'pull_request',
    payload: pullRequestEvent({ action, repo: REPO, number: 42, baseSha: BASE, headSha, headRepo }),
    repository: 'acme/shop',
    sha: headSha
  })
  const commentEvent = (
    body: string,
    login = 'alice',
    type: 'User' | 'Bot' = 'User',
    onPullRequest = true,
    commentId = 555
  ) => ({
    event: 'issue_comment',
    payload: issueCommentEvent({
      repo: REPO,
      number: 42,
      commentId,
      body,
      user: { login, type },
      onPullRequest
    }),
    repository: 'acme/shop',
    sha: DEFAULT_BRANCH_SHA
  })

  describe('on pull requests without contracts', () => {
    it('checks a 300-contract, 20-card pull request in at most 15 API requests', async () => {
      const contract = tree('complete')['contracts/orders.contract.yaml']
      const card = tree('complete')['models/churn/MODEL_CARD.md']
      const files: Record<string, string> = {}
      for (let i = 0; i < 300; i++)
        files[`contracts/c${String(i).padStart(3, '0')}.contract.yaml`] = contract.replace(
          'id: orders',
          `id: c${i}`
        )
      for (let i = 0; i < 20; i++) files[`models/m${String(i).padStart(2, '0')}/MODEL_CARD.md`] = card
      gh.commit(REPO, HEAD1, { ...tree('base'), ...files })
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: Object.keys(files).map((filename) => ({ filename, status: 'added' }))
      })

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(0)
      expect(run.report!.summary).toMatchObject({ files: 320, errors: 0 })
      // viewer, 4 pages of files, policy, one size query, 4 reads of 100 files, comments, comment, status.
      expect(gh.requests.length).toBeLessThanOrEqual(15)
      expect(gh.calls()).toEqual([
        'POST /graphql',
        ...Array.from({ length: 4 }, () => `GET ${PR}/pulls/42/files`),
        ...Array.from({ length: 6 }, () => 'POST /graphql'),
        `GET ${PR}/issues/42/comments`,
        `POST ${PR}/issues/42/comments`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
    })

    it('pages through a 150-file PR, sizes it in one GraphQL query and reads it in two', async () => {
      const files = configFiles(150)
      gh.commit(REPO, HEAD1, { ...tree('base'), ...files })
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: Object.keys(files).map((filename) => ({ filename, status: 'added' }))
      })

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(gh.calls(true)).toEqual([
        'POST /graphql',
        `GET ${PR}/pulls/42/files?per_page=100`,
        `GET ${PR}/pulls/42/files?per_page=100&page=2`,
        'POST /graphql',
        'POST /graphql',
        'POST /graphql',
        'POST /graphql',
        `GET ${PR}/issues/42/comments?per_page=100`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
      const graphql = gh.requests
        .filter((r) => r.url === '/graphql')
        .map((r) => r.body as { variables?: Record<string, string> })
      expect(Object.keys(graphql[0].variables ?? {})).toEqual([])
      expect(Object.values(graphql[1].variables ?? {})).toEqual([
        'acme',
        'shop',
        `${BASE}:.github/handoff.yml`,
        `${BASE}:.github/CODEOWNERS`,
        `${BASE}:CODEOWNERS`,
        `${BASE}:docs/CODEOWNERS`
      ])
      // Sizes and modes first (400 paths a query), then the text (100 files a query).
      expect(Object.keys(graphql[2].variables ?? {}).filter((k) => k.startsWith('p'))).toHaveLength(150)
      expect(Object.keys(graphql[3].variables ?? {}).filter((k) => k.startsWith('e'))).toHaveLength(100)
      expect(Object.keys(graphql[4].variables ?? {}).filter((k) => k.startsWith('e'))).toHaveLength(50)
      expect(graphql[4].variables?.e49).toBe(`${HEAD1}:config/app-149.yaml`)
      expect(gh.statuses).toEqual([
        {
          repo: 'acme/shop',
          sha: HEAD1,
          state: 'success',
          description: 'No data contracts or model cards changed',
          target_url: RUN_URL,
          context: 'handoff-check'
        }
      ])
      expect(gh.comments).toEqual([])
      expect(run.outputs.result).toBe('pass')
      expect(run.outputs['missing-count']).toBe('0')
      expect(run.report).toEqual({
        version: 1,
        result: 'pass',
        files: [],
        summary: { files: 0, errors: 0, warnings: 0, notices: 0, waived: 0 }
      })
      expect(run.summary).toBe(
        '## handoff-check\n\n✅ No data contracts or model cards changed.\n\n<sub>0 files checked · 0 errors · 0 warnings · 0 notices</sub>\n'
      )
    })

    it('retries a transient 502 on the file list', async () => {
      gh.commit(REPO, HEAD1, tree('base'))
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: [{ filename: 'README.md', status: 'modified' }]
      })
      gh.failures.push({
        method: 'GET',
        url: /\/pulls\/42\/files/,
        status: 502,
        message: 'Server Error',
        times: 1
      })

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(0)
      expect(gh.calls().slice(0, 3)).toEqual([
        'POST /graphql',
        `GET ${PR}/pulls/42/files`,
        `GET ${PR}/pulls/42/files`
      ])
      expect(gh.statuses.map((s) => s.state)).toEqual(['success'])
    })

    it('on a fork PR with a read-only token still reports, and warns once how to set up pull_request_target', async () => {
      gh.commit(FORK, HEAD1, configFiles(1))
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: FORK, sha: HEAD1, ref: 'feature' },
        files: [{ filename: 'config/app-000.yaml', status: 'added' }]
      })
      gh.readOnly = true

      const run = await runAction(runtime, gh, pullEvent(HEAD1, 'opened', FORK))

      expect(run.code).toBe(0)
      expect(gh.calls()).toEqual([
        'POST /graphql',
        `GET ${PR}/pulls/42/files`,
        'POST /graphql',
        'POST /graphql',
        'POST /graphql',
        `GET ${PR}/issues/42/comments`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
      const blobQuery = gh.requests[4].body as { variables: Record<string, string> }
      expect(blobQuery.variables).toEqual({
        o0: 'contributor',
        n0: 'shop',
        e0: `${HEAD1}:config/app-000.yaml`
      })
      expect(run.commands.filter((c) => c.startsWith('::warning'))).toEqual([
        `::warning::${READ_ONLY_WARNING}`
      ])
      expect(run.outputs.result).toBe('pass')
      expect(run.summary).toContain('No data contracts or model cards changed.')
    })
    it('updates its existing comment once when the contracts leave the PR, and not again for the same result', async () => {
      gh.commit(REPO, HEAD1, { ...tree('base'), ...configFiles(1) })
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: [{ filename: 'config/app-000.yaml', status: 'added' }]
      })
      gh.addComment(REPO, 42, 'Please add the owner.', { login: 'reviewer', type: 'User' })
      const old = gh.addComment(
        REPO,
        42,
        `${MARKER}\n## handoff-check\n\n❌ **1 handoff item missing or invalid** in 1 file.\n`,
        {
          login: 'github-actions[bot]',
          type: 'Bot'
        }
      )

      const first = await runAction(runtime, gh, pullEvent(HEAD1, 'synchronize'))
      expect(first.code).toBe(0)
      expect(gh.calls().filter((c) => !c.startsWith('GET') && c !== 'POST /graphql')).toEqual([
        `PATCH ${PR}/issues/comments/${old.id}`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
      expect(gh.comments.map((c) => c.body)).toEqual([
        'Please add the owner.',
        commentBody(
          first.report!,
          {
            serverUrl: 'https://github.com',
            headRepo: 'acme/shop',
            headSha: HEAD1,
            baseRepo: 'acme/shop',
            baseSha: BASE,
            runUrl: RUN_URL
          },
          []
        )
      ])
      expect(gh.comments[1].body).toContain('✅ No data contracts or model cards changed.')

      gh.requests.length = 0
      await runAction(runtime, gh, pullEvent(HEAD1, 'synchronize'))
      expect(gh.calls().filter((c) => !c.startsWith('GET') && c !== 'POST /graphql')).toEqual([
        `POST ${PR}/statuses/${HEAD1}`
      ])
    })

    it('on pull_request_target for a fork: reads the fork at the head SHA and writes the status to the base', async () => {
      gh.commit(FORK, HEAD1, configFiles(2))
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: FORK, sha: HEAD1, ref: 'feature' },
        files: Object.keys(configFiles(2)).map((filename) => ({ filename, status: 'added' as const }))
      })

      const run = await runAction(runtime, gh, {
        ...pullEvent(HEAD1, 'opened', FORK),
        event: 'pull_request_target',
        sha: BASE
      })

      expect(run.code).toBe(0)
      expect((gh.requests[4].body as { variables: Record<string, string> }).variables).toEqual({
        o0: 'contributor',
        n0: 'shop',
        e0: `${HEAD1}:config/app-000.yaml`,
        e1: `${HEAD1}:config/app-001.yaml`
      })
      expect(gh.statuses.map((s) => [s.repo, s.sha, s.state])).toEqual([['acme/shop', HEAD1, 'success']])
      expect(run.commands).toEqual([])
    })
  })

  describe('comment commands', () => {
    it('answers /handoff-help with the commands and the docs link', async () => {
      const run = await runAction(runtime, gh, commentEvent('/handoff-help\nthanks!'))
      expect(run.code).toBe(0)
      expect(gh.calls()).toEqual([`POST ${PR}/issues/42/comments`])
      expect(gh.comments.map((c) => c.body)).toEqual([helpText(DOCS)])
      expect(helpText(DOCS)).toContain(`Docs: ${DOCS}`)
      expect(run.outputs.result).toBe('skipped')
    })

    it('answers an unknown /handoff- command with the help text', async () => {
      const run = await runAction(runtime, gh, commentEvent('/handoff-stat'))
      expect(run.code).toBe(0)
      expect(gh.comments.map((c) => c.body)).toEqual([helpText(DOCS, '/handoff-stat')])
    })

    it('ignores a command from a bot, and comments that are not commands or not on a PR', async () => {
      for (const event of [
        commentEvent('/handoff-status', 'renovate[bot]', 'Bot'),
        commentEvent('/handoff-status', 'github-actions[bot]', 'Bot'),
        commentEvent('Looks good to me.\n/handoff-status'),
        commentEvent('/handoff-status', 'alice', 'User', false)
      ]) {
        const run = await runAction(runtime, gh, event)
        expect(run.code).toBe(0)
        expect(run.outputs.result).toBe('skipped')
      }
      expect(gh.requests).toEqual([])
    })

    it('refuses /handoff-waive from a reader with 😕 and a one-line reply, changing nothing', async () => {
      gh.commit(REPO, HEAD1, tree('base'))
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: []
      })
      const run = await runAction(
        runtime,
        gh,
        commentEvent('/handoff-waive contract.owner contracts/legacy.yaml owned by the vendor', 'mallory')
      )
      expect(run.code).toBe(0)
      expect(gh.calls()).toEqual([
        `GET ${PR}/collaborators/mallory/permission`,
        `POST ${PR}/issues/comments/555/reactions`,
        `POST ${PR}/issues/42/comments`
      ])
      expect(gh.reactions).toEqual([
        { repo: 'acme/shop', commentId: 555, content: 'confused', user: 'github-actions[bot]' }
      ])
      expect(gh.comments.map((c) => c.body)).toEqual([
        '@mallory only collaborators with write, maintain or admin access can waive handoff items; nothing was changed.'
      ])
      expect(gh.statuses).toEqual([])
    })

    it('re-checks the current head on /handoff-status: 👀, pulls.get, status on the head SHA, 👍', async () => {
      gh.commit(REPO, HEAD2, { ...tree('base'), ...configFiles(1) })
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD2, ref: 'feature' },
        files: [{ filename: 'config/app-000.yaml', status: 'added' }]
      })

      const run = await runAction(runtime, gh, commentEvent('/handoff-status'))

      expect(run.code).toBe(0)
      expect(gh.calls()).toEqual([
        `POST ${PR}/issues/comments/555/reactions`,
        `GET ${PR}/pulls/42`,
        // The token's login (viewer), which recognises this action's own comments and waiver replies.
        'POST /graphql',
        `GET ${PR}/pulls/42/files`,
        'POST /graphql',
        'POST /graphql',
        'POST /graphql',
        `GET ${PR}/issues/42/comments`,
        `POST ${PR}/statuses/${HEAD2}`,
        `POST ${PR}/issues/comments/555/reactions`
      ])
      expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1'])
      expect(gh.statuses.map((s) => [s.sha, s.state])).toEqual([[HEAD2, 'success']])
      expect(run.outputs.result).toBe('pass')
    })
  })

  describe('on pull requests that change contracts and model cards', () => {
    const links = commentLinks
    const changed = [
      { filename: 'contracts/orders.contract.yaml', status: 'added' as const },
      { filename: 'models/churn/MODEL_CARD.md', status: 'added' as const }
    ]
    const headTree = (name: string) => ({ ...tree('base'), ...tree(name) })
    const openPull = (headSha: string, head: FakeRepo = REPO) =>
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: head, sha: headSha, ref: 'feature' },
        files: changed
      })

    it('first run: one comment, a failure status, annotations and a failing exit', async () => {
      gh.commit(REPO, HEAD1, headTree('incomplete'))
      openPull(HEAD1)

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(1)
      expect(gh.calls()).toEqual([
        'POST /graphql',
        `GET ${PR}/pulls/42/files`,
        'POST /graphql',
        'POST /graphql',
        'POST /graphql',
        `GET ${PR}/issues/42/comments`,
        `POST ${PR}/issues/42/comments`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
      const errors = run.report!.files.map((f) => [
        f.path,
        f.findings.filter((x) => x.severity === 'error').map((x) => [x.item, x.line, x.column])
      ])
      expect(errors).toEqual([
        [
          'contracts/orders.contract.yaml',
          [
            ['contract.freshness', 1, 1],
            ['contract.owner', 1, 1]
          ]
        ],
        ['models/churn/MODEL_CARD.md', [['ownership.rollback', 29, 1]]]
      ])
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        ['failure', '3 handoff items missing in 2 files']
      ])
      expect(gh.comments).toHaveLength(1)
      expect(gh.comments[0].body).toBe(commentBody(run.report!, links(HEAD1), []))
      expect(gh.comments[0].body.startsWith(`${MARKER}\n`)).toBe(true)
      expect(gh.comments[0].body).toContain(
        `| <a name="handoff-2-ownership"></a>❌ | \`ownership.rollback\` | [29](https://github.com/acme/shop/blob/${HEAD1}/models/churn/MODEL_CARD.md#L29) | No one named to roll back: add \`ownership.rollback: "@acme/ml-oncall"\` (a GitHub user, team or email). |`
      )
      expect(run.commands).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^::error title=ownership\.rollback,file=models\/churn\/MODEL_CARD\.md,line=29,col=1::/
          )
        ])
      )
      expect(run.outputs).toMatchObject({ result: 'fail', 'missing-count': '3' })
    })

    it('second run with the same result writes no comment; a changed result updates the same comment', async () => {
      gh.commit(REPO, HEAD1, headTree('incomplete'))
      openPull(HEAD1)
      await runAction(runtime, gh, pullEvent(HEAD1))
      const first = gh.comments[0]
      gh.requests.length = 0

      await runAction(runtime, gh, pullEvent(HEAD1, 'synchronize'))
      expect(gh.calls().filter((c) => !c.startsWith('GET') && c !== 'POST /graphql')).toEqual([
        `POST ${PR}/statuses/${HEAD1}`
      ])

      const half = {
        ...headTree('incomplete'),
        'contracts/orders.contract.yaml': tree('complete')['contracts/orders.contract.yaml']
      }
      gh.commit(REPO, HEAD2, half)
      openPull(HEAD2)
      gh.requests.length = 0
      await runAction(runtime, gh, pullEvent(HEAD2, 'synchronize'))
      expect(gh.calls().filter((c) => !c.startsWith('GET') && c !== 'POST /graphql')).toEqual([
        `PATCH ${PR}/issues/comments/${first.id}`,
        `POST ${PR}/statuses/${HEAD2}`
      ])
      expect(gh.comments).toHaveLength(1)
      expect(gh.statuses.at(-1)).toMatchObject({
        sha: HEAD2,
        state: 'failure',
        description: '1 handoff item missing in 1 file'
      })
    })

    it('fixing the files turns the comment and the status green', async () => {
      gh.commit(REPO, HEAD1, headTree('incomplete'))
      openPull(HEAD1)
      await runAction(runtime, gh, pullEvent(HEAD1))
      gh.commit(REPO, HEAD2, headTree('complete'))
      openPull(HEAD2)

      const run = await runAction(runtime, gh, pullEvent(HEAD2, 'synchronize'))

      expect(run.code).toBe(0)
      expect(gh.comments).toHaveLength(1)
      expect(gh.comments[0].body).toContain('✅ **All handoff items present** in 2 files')
      expect(gh.statuses.at(-1)).toMatchObject({
        sha: HEAD2,
        state: 'success',
        description: 'All handoff items present in 2 files'
      })
      expect(run.outputs).toMatchObject({ result: 'pass', 'missing-count': '0' })
    })

    it('a waiver by a writer is applied on every later run and shown in the comment', async () => {
      gh.commit(REPO, HEAD1, headTree('incomplete'))
      openPull(HEAD1)
      await runAction(runtime, gh, pullEvent(HEAD1))
      gh.requests.length = 0

      const body =
        '/handoff-waive ownership.rollback models/churn/MODEL_CARD.md rollback is the platform runbook'
      const given = gh.addComment(REPO, 42, body, { login: 'maintainer', type: 'User' })
      const run = await runAction(runtime, gh, commentEvent(body, 'maintainer', 'User', true, given.id))

      expect(run.code).toBe(0)
      expect(gh.calls().slice(0, 3)).toEqual([
        `GET ${PR}/collaborators/maintainer/permission`,
        `POST ${PR}/issues/comments/${given.id}/reactions`,
        `GET ${PR}/pulls/42`
      ])
      expect(gh.calls()).toContain(`PATCH ${PR}/issues/comments/${gh.comments[0].id}`)
      expect(gh.comments[0].body).toContain(
        '**Waived** by @\u200bmaintainer: rollback is the platform runbook'
      )
      expect(gh.statuses.at(-1)).toMatchObject({
        state: 'failure',
        description: '2 handoff items missing in 1 file (1 waived)'
      })
      expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1'])

      gh.requests.length = 0
      const again = await runAction(runtime, gh, pullEvent(HEAD1, 'synchronize'))
      expect(again.report!.summary).toMatchObject({ errors: 2, waived: 1 })
      expect(gh.calls().filter((c) => c.startsWith('PATCH'))).toEqual([])
    })

    it('compares a modified contract with its base version: an unannounced break fails, a major bump passes', async () => {
      const path = 'contracts/payments.contract.yaml'
      gh.commit(REPO, HEAD1, { ...tree('base'), ...tree('breaking') })
      gh.commit(REPO, HEAD2, { ...tree('base'), ...tree('announced') })
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: [{ filename: path, status: 'modified' }]
      })

      const broken = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(broken.code).toBe(1)
      expect((gh.requests[4].body as { variables: Record<string, string> }).variables).toEqual({
        o0: 'acme',
        n0: 'shop',
        e0: `${HEAD1}:${path}`,
        e1: `${BASE}:${path}`
      })
      expect(broken.report!.files[0].findings.map((f) => [f.item, f.line, f.column])).toEqual([
        ['contract.breaking-change', 4, 1]
      ])
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        ['failure', '1 breaking change without a major version bump']
      ])
      expect(gh.comments[0].body).toContain(
        [
          '**Contract changes**: **Breaking** (version 1.4.0 → 1.4.0, none bump)',
          '',
          '| | Change | Path | Old → New |',
          '|---|---|---|---|',
          `| ❌ | Field payments.currency was removed. | [\`payments.currency\`](https://github.com/acme/shop/blob/${HEAD1}/${path}#L9) | \`string\` → — |`
        ].join('\n')
      )

      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD2, ref: 'feature' },
        files: [{ filename: path, status: 'modified' }]
      })
      const bumped = await runAction(runtime, gh, pullEvent(HEAD2, 'synchronize'))

      expect(bumped.code).toBe(0)
      expect(gh.comments).toHaveLength(1)
      expect(gh.comments[0].body).toContain(
        '**Contract changes**: **Breaking** (version 1.4.0 → 2.0.0, major bump)'
      )
      expect(gh.statuses.at(-1)).toMatchObject({
        sha: HEAD2,
        state: 'success',
        description: 'All handoff items present in 1 file'
      })
    })

    it('a removed contract is a breaking change: linked at the base, not annotated, and waivable by a writer', async () => {
      const path = 'contracts/customers.contract.yaml'
      const head = tree('base')
      delete head[path]
      gh.commit(REPO, HEAD1, head)
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: [{ filename: path, status: 'removed' }]
      })

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(1)
      // The removed file is sized, then read at the base: one request for its size, one for its text. The head's
      // tree is listed for the model cards that might depend on it (the policy's globs name none there to read).
      expect(gh.calls()).toEqual([
        'POST /graphql',
        `GET ${PR}/pulls/42/files`,
        'POST /graphql',
        'POST /graphql',
        'POST /graphql',
        `GET ${PR}/git/trees/${HEAD1}`,
        `GET ${PR}/issues/42/comments`,
        `POST ${PR}/issues/42/comments`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
      expect((gh.requests[4].body as { variables: Record<string, string> }).variables).toEqual({
        o0: 'acme',
        n0: 'shop',
        e0: `${BASE}:${path}`
      })
      expect(
        run.report!.files.map((f) => [f.path, f.findings.map((x) => [x.item, x.severity, x.line])])
      ).toEqual([[path, [['contract.breaking-change', 'error', 1]]]])
      expect(run.report!.files[0].changes).toMatchObject({
        baseVersion: '2.0.0',
        verdict: 'breaking',
        changes: [{ rule: 'contract-removed', level: 'error', path: 'customers' }]
      })
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([['failure', '1 contract removed']])
      const body = gh.comments[0].body
      expect(body).toBe(commentBody(run.report!, links(HEAD1), []))
      expect(body).toContain('**Contract changes**: **Breaking** (version 2.0.0 → ?, ')
      expect(body).toContain(
        `| <a name="handoff-1-version"></a>❌ | \`contract.breaking-change\` | [1](https://github.com/acme/shop/blob/${BASE}/${path}#L1) | The contract customers (version 2.0.0) was removed;`
      )
      expect(body).not.toContain(`blob/${HEAD1}/${path}`)
      expect(body).not.toContain('🗑️')
      expect(run.commands).toEqual(['::error::1 handoff item missing or invalid; see the job summary.'])
      expect(run.summary).toContain(
        `| <a name="handoff-1-version"></a>❌ | \`contract.breaking-change\` | [1](https://github.com/acme/shop/blob/${BASE}/${path}#L1) |`
      )
      expect(run.outputs).toMatchObject({ result: 'fail', 'missing-count': '1' })

      const waive = `/handoff-waive contract.breaking-change ${path} consumers moved to customers_v2`
      const given = gh.addComment(REPO, 42, waive, { login: 'maintainer', type: 'User' })
      const waived = await runAction(runtime, gh, commentEvent(waive, 'maintainer', 'User', true, given.id))

      expect(waived.code).toBe(0)
      // The sticky comment, the waiver and the reply that records what the waiver covers.
      expect(gh.comments.map((c) => c.user.login)).toEqual([
        'github-actions[bot]',
        'maintainer',
        'github-actions[bot]'
      ])
      expect(gh.comments[2].body).toMatch(
        new RegExp(
          `^<!-- handoff-check:waiver ${given.id} covers=[0-9a-f]{16} -->\n@maintainer waived \`contract.breaking-change\` in \`${path}\` for the finding open at`
        )
      )
      expect(gh.comments[0].body).toContain(
        '**Waived** by @\u200bmaintainer: consumers moved to customers_v2'
      )
      expect(gh.statuses.at(-1)).toMatchObject({
        sha: HEAD1,
        state: 'success',
        description: 'All handoff items present in 1 file (1 waived)'
      })
      expect(gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1'])
      expect(waived.outputs).toMatchObject({ result: 'pass', 'missing-count': '0' })
    })

    it('on a fork PR the comment POST gets 403: summary, annotations and exit code still come, with one warning', async () => {
      gh.commit(FORK, HEAD1, headTree('incomplete'))
      openPull(HEAD1, FORK)
      gh.readOnly = true

      const run = await runAction(runtime, gh, pullEvent(HEAD1, 'opened', FORK))

      expect(run.code).toBe(1)
      expect(gh.calls().filter((c) => c.startsWith('POST /repos'))).toEqual([
        `POST ${PR}/issues/42/comments`,
        `POST ${PR}/statuses/${HEAD1}`
      ])
      expect(gh.comments).toEqual([])
      expect(run.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
        `::warning::${READ_ONLY_WARNING}`
      ])
      expect(run.commands.filter((c) => c.startsWith('::error title='))).toHaveLength(3)
      expect(run.summary).toContain(
        `https://github.com/contributor/shop/blob/${HEAD1}/contracts/orders.contract.yaml#L1`
      )
    })
  })

  describe('on pull requests that change a contract models depend on', () => {
    const CONTRACT = 'contracts/payments.contract.yaml'
    const CHURN = 'models/churn/churn.modelcard.yaml'
    // Only the link items: the cards are otherwise bare, and the test is about what the change does downstream.
    const POLICY = [
      'items:',
      ...[
        'model.owner',
        'training-data.location',
        'training-data.version',
        'evaluation.metrics',
        'evaluation.baseline',
        'artifact.format',
        'serving.latency',
        'serving.throughput',
        'monitoring.drift',
        'monitoring.accuracy',
        'monitoring.latency',
        'ownership.drift',
        'ownership.rollback'
      ].map((id) => `  ${id}: off`),
      ''
    ].join('\n')
    const card = (name: string, contract: string, range: string): string =>
      [
        'apiVersion: handoff-check/v1',
        'kind: ModelCard',
        `name: ${name}`,
        'owner: "@acme/ml"',
        'trainingData:',
        `  contract: ${contract}`,
        `  contractVersion: "${range}"`,
        'ownership:',
        '  drift: "@acme/data-eng"',
        ''
      ].join('\n')
    // 200 model cards: churn pins the payments contract at ^1, the other 199 depend on customers.
    const cards = (churnRange: string): Record<string, string> => ({
      [CHURN]: card('churn', CONTRACT, churnRange),
      ...Object.fromEntries(
        Array.from({ length: 199 }, (_, i) => {
          const name = `m${String(i).padStart(3, '0')}`
          return [
            `models/${name}/${name}.modelcard.yaml`,
            card(name, 'contracts/customers.contract.yaml', '^1')
          ]
        })
      )
    })
    const repo = (over: Record<string, string>, churnRange = '^1') => ({
      ...tree('base'),
      '.github/handoff.yml': POLICY,
      ...cards(churnRange),
      ...over
    })
    const open = (headSha: string, files: FakeFile[]) =>
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: headSha, ref: 'feature' },
        files
      })

    it('a major bump that leaves a ^1 card behind fails with contract.downstream naming the model and its owners, within the request bound', async () => {
      gh.commit(REPO, BASE, repo({}))
      gh.commit(REPO, HEAD1, repo(tree('announced')))
      open(HEAD1, [{ filename: CONTRACT, status: 'modified' }])

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(1)
      // 15 + ⌈200 cards / 100⌉: the tree once, the cards in two batched reads.
      expect(gh.requests.length).toBeLessThanOrEqual(17)
      expect(gh.calls().filter((c) => c.includes('/git/trees/'))).toEqual([`GET ${PR}/git/trees/${HEAD1}`])
      const payments = run.report!.files.find((f) => f.path === CONTRACT)!
      expect(payments.findings.map((f) => [f.item, f.severity, f.line])).toEqual([
        ['contract.downstream', 'error', 9]
      ])
      expect(payments.findings[0].message).toBe(
        `This change breaks 1 model card(s) that depend on this contract and are not updated with it: \`${CHURN}:6\` (churn; expects ^1; new version outside its range; owners \`@acme/ml\`, \`@acme/data-eng\`). Re-validate each model and move its \`contractVersion\` in this pull request, or waive with \`/handoff-waive contract.downstream ${CONTRACT} <reason>\` once the owners agree.`
      )
      expect(gh.statuses.map((x) => [x.state, x.description])).toEqual([
        ['failure', '1 model card broken downstream']
      ])
      expect(gh.comments[0].body).toContain(
        [
          '**Downstream**',
          '',
          '| Model card | Uses | Expects | Impact | Owners |',
          '|---|---|---|---|---|',
          `| \`${CHURN}:6\` (churn) | training | \`^1\` | ❌ breaks (version outside the range) | \`@acme/ml\`, \`@acme/data-eng\` |`
        ].join('\n')
      )
      expect(run.summary).toContain('```mermaid\ngraph LR\n')
      expect(run.summary).toContain('  class m0_0 breaks')

      // A writer's waiver, taken in by the writer's command, passes it.
      const body = `/handoff-waive contract.downstream ${CONTRACT} churn is retrained on 2.0.0 next sprint`
      const given = gh.addComment(REPO, 42, body, { login: 'maintainer', type: 'User' })
      const waived = await runAction(runtime, gh, commentEvent(body, 'maintainer', 'User', true, given.id))
      expect(waived.code).toBe(0)
      expect(gh.statuses.at(-1)).toMatchObject({ state: 'success' })
      expect(gh.comments[0].body).toContain('| 🙈 waived (version outside the range) |')
      expect(waived.summary).toContain('  class m0_0 waived')
    })

    it('the same change with the card moved to ^2 passes; a compatible change lists the model as unaffected', async () => {
      gh.commit(REPO, BASE, repo({}))
      gh.commit(REPO, HEAD1, repo(tree('announced'), '^2'))
      open(HEAD1, [
        { filename: CONTRACT, status: 'modified' },
        { filename: CHURN, status: 'modified' }
      ])
      const moved = await runAction(runtime, gh, pullEvent(HEAD1))
      expect(moved.code).toBe(0)
      expect(moved.report!.files.find((f) => f.path === CONTRACT)!.downstream).toEqual([
        {
          card: CHURN,
          model: 'churn',
          owners: ['@acme/ml'],
          driftOwners: ['@acme/data-eng'],
          role: 'training',
          expects: '^2',
          line: 6,
          impact: 'ok',
          inChange: true
        }
      ])

      const compatible = tree('base')[CONTRACT].replace('version: 1.4.0', 'version: 1.5.0')
      gh.commit(REPO, HEAD2, repo({ [CONTRACT]: compatible }))
      open(HEAD2, [{ filename: CONTRACT, status: 'modified' }])
      const run = await runAction(runtime, gh, pullEvent(HEAD2, 'synchronize'))
      expect(run.code).toBe(0)
      expect(run.report!.files[0].downstream!.map((d) => [d.card, d.impact])).toEqual([[CHURN, 'ok']])
      expect(gh.comments[0].body).toContain(`| \`${CHURN}:6\` (churn) | training | \`^1\` | ✅ pass |`)
    })
  })

  describe('adopting on a repository with old gaps', () => {
    const CARD = 'models/churn/MODEL_CARD.md'
    const old = tree('incomplete')[CARD]
    const policy = (gate: 'all' | 'new') => `${tree('base')['.github/handoff.yml']}gate: ${gate}\n`
    const touch = (gate: 'all' | 'new', card: string) => {
      // The event's base commit has the card with its old gap, and the policy.
      gh.commit(REPO, BASE, { ...tree('base'), '.github/handoff.yml': policy(gate), [CARD]: old })
      gh.commit(REPO, HEAD1, { ...tree('base'), '.github/handoff.yml': policy(gate), [CARD]: card })
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: HEAD1, ref: 'feature' },
        files: [{ filename: CARD, status: 'modified' }]
      })
    }
    const typo = old.replace('Predicts which subscribers', 'Predicts which customers')

    it('gate: new passes a pull request that only touches a card with an old gap, and says so', async () => {
      touch('new', typo)

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ result: 'pass', 'missing-count': '1' })
      expect(run.report!.gate).toBe('new')
      expect(run.report!.summary).toEqual({
        files: 1,
        errors: 1,
        warnings: 0,
        notices: 1,
        waived: 0,
        preExisting: 2
      })
      // The card names no contract: a notice, pre-existing too.
      expect(run.report!.files[0].findings.map((f) => [f.item, f.line, f.origin])).toEqual([
        ['training-data.contract', 7, 'pre-existing'],
        ['ownership.rollback', 29, 'pre-existing']
      ])
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        ['success', 'No new handoff gaps in 1 file; 1 pre-existing (gate: new)']
      ])
      const body = gh.comments[0].body
      expect(body).toBe(commentBody(run.report!, commentLinks(HEAD1), []))
      expect(body.split('\n').slice(0, 10)).toEqual([
        MARKER,
        '## handoff-check',
        '',
        '✅ **No new handoff gaps** in 1 file (1 pre-existing, not failing with `gate: new`).',
        '',
        '| Model card | Valid | Owner | Training data | Evaluation | Artifact | Serving | Monitoring | Ownership |',
        '|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|',
        '| [`models/churn/MODEL_CARD.md`](#handoff-1) | ✅ | ✅ | [ℹ️](#handoff-1) | ✅ | ✅ | ✅ | ✅ | [❌](#handoff-1) |',
        '',
        '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>'
      ])
      expect(body).toContain(
        '\n<details><summary>2 pre-existing findings, already in the file at the base</summary>\n\n| | Item | Line | What to do |\n'
      )
      // The job summary starts with the same checklist.
      expect(run.summary.split('\n').slice(0, 9)).toEqual(body.split('\n').slice(1, 10))
    })

    it('gate: all fails the same pull request, counting the old gap in the headline', async () => {
      touch('all', typo)

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(1)
      expect(run.outputs.result).toBe('fail')
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        ['failure', '1 handoff item missing in 1 file (1 pre-existing)']
      ])
      expect(gh.comments[0].body.split('\n')[3]).toBe(
        '❌ **1 handoff item missing or invalid** in 1 file (1 pre-existing).'
      )
    })

    it('a new gap fails with either gate, listed before the old one', async () => {
      for (const gate of ['new', 'all'] as const) {
        gh.comments.length = 0
        gh.statuses.length = 0
        touch(gate, typo.replace('latency: p95 < 50ms', 'latency: fast'))

        const run = await runAction(runtime, gh, pullEvent(HEAD1))

        expect([gate, run.code]).toEqual([gate, 1])
        expect(run.report!.files[0].findings.map((f) => [f.item, f.origin])).toEqual([
          ['training-data.contract', 'pre-existing'],
          ['serving.latency', 'new'],
          ['ownership.rollback', 'pre-existing']
        ])
        const body = gh.comments[0].body
        expect(body.indexOf('`serving.latency`')).toBeLessThan(
          body.indexOf('<details><summary>2 pre-existing')
        )
        expect(body).toContain('| [❌](#handoff-1-serving) |')
        expect(body).toContain('| <a name="handoff-1-serving"></a>❌ | `serving.latency` |')
      }
    })
  })

  describe('on pull requests that hide contracts or are too large to read', () => {
    const COMPLETE = tree('complete')['contracts/orders.contract.yaml']
    const INCOMPLETE = tree('incomplete')['contracts/orders.contract.yaml']
    const pull = (headSha: string, files: FakeFile[]) =>
      gh.addPull({
        number: 42,
        base: { repo: REPO, sha: BASE, ref: 'main' },
        head: { repo: REPO, sha: headSha, ref: 'feature' },
        files
      })
    const graphqlVariables = (prefix: string): string[] =>
      gh.requests
        .filter((r) => r.url === '/graphql')
        .flatMap((r) =>
          Object.entries((r.body as { variables?: Record<string, string> }).variables ?? {})
            .filter(([k]) => k.startsWith(prefix))
            .map(([, v]) => v)
        )

    it('reports what a hostile pull request hides, never fetches what is too large, and decodes what is text', async () => {
      const base: Record<string, string> = {
        ...tree('base'),
        'contracts/orders.contract.yaml': COMPLETE,
        'README.md': '# Shop\n'
      }
      gh.commit(REPO, BASE, base)
      const lf = COMPLETE.replace('freshness: 24h', 'freshness: soon')
      const events = `[${'0,'.repeat(5_000_000 - 1)}0]`
      const head: Record<string, FakeContent> = {
        ...base,
        // Unrecognisable: the contract's kind and apiVersion misspelt, and its owner gone.
        'contracts/orders.contract.yaml': COMPLETE.replace('kind: HandoffContract', 'kind: DataContracts')
          .replace('apiVersion: handoff-check/v1', 'apiVersion: v9')
          .replace("owner: '@acme/data-platform'\n", ''),
        'contracts/payments.contract.yaml': { symlink: '../README.md' },
        'dist/customers.contract.yaml': base['contracts/customers.contract.yaml'],
        'contracts/big.contract.yaml': `${INCOMPLETE}# ${'x'.repeat(1_500_000)}\n`,
        'data/events.json': events,
        'contracts/logo.contract.yaml': Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13
        ]),
        'contracts/utf16.contract.yaml': Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(INCOMPLETE, 'utf16le')
        ]),
        'contracts/mac.contract.yaml': lf.replace(/\n/g, '\r'),
        'contracts/nul.contract.yaml': COMPLETE.replace('id: orders', 'id: ord\0ers')
      }
      delete head['contracts/customers.contract.yaml']
      gh.commit(REPO, HEAD1, head)
      pull(HEAD1, [
        { filename: 'contracts/big.contract.yaml', status: 'added' },
        { filename: 'contracts/logo.contract.yaml', status: 'added' },
        { filename: 'contracts/mac.contract.yaml', status: 'added' },
        { filename: 'contracts/nul.contract.yaml', status: 'added' },
        { filename: 'contracts/orders.contract.yaml', status: 'modified' },
        { filename: 'contracts/payments.contract.yaml', status: 'modified' },
        { filename: 'contracts/utf16.contract.yaml', status: 'added' },
        { filename: 'data/events.json', status: 'added' },
        {
          filename: 'dist/customers.contract.yaml',
          status: 'renamed',
          previous_filename: 'contracts/customers.contract.yaml'
        }
      ])

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      // Sizes and modes for every candidate; text only for regular files within the limit (and the link's target).
      expect(graphqlVariables('p')).toEqual([
        'contracts/big.contract.yaml',
        'contracts/logo.contract.yaml',
        'contracts/mac.contract.yaml',
        'contracts/nul.contract.yaml',
        'contracts/orders.contract.yaml',
        'contracts/payments.contract.yaml',
        'contracts/utf16.contract.yaml',
        'data/events.json',
        'contracts/customers.contract.yaml',
        'contracts/orders.contract.yaml',
        'contracts/payments.contract.yaml'
      ])
      const read = graphqlVariables('e').filter(
        (e) => !e.startsWith(`${BASE}:.github`) && !e.endsWith('CODEOWNERS')
      )
      expect(read).toEqual([
        `${HEAD1}:contracts/logo.contract.yaml`,
        `${HEAD1}:contracts/mac.contract.yaml`,
        `${HEAD1}:contracts/nul.contract.yaml`,
        `${HEAD1}:contracts/orders.contract.yaml`,
        `${HEAD1}:contracts/payments.contract.yaml`,
        `${HEAD1}:contracts/utf16.contract.yaml`,
        `${BASE}:contracts/customers.contract.yaml`,
        `${BASE}:contracts/orders.contract.yaml`,
        `${BASE}:contracts/payments.contract.yaml`
      ])
      // GitHub gives no text for what it deems binary: those three are read as bytes and decoded here.
      expect(gh.calls().filter((c) => c.includes('/git/blobs/'))).toHaveLength(3)
      expect(
        run.report!.files.map((f) => [f.path, f.findings.map((x) => [x.item, x.line, x.column])])
      ).toEqual([
        ['contracts/big.contract.yaml', [['file.parse', 1, 1]]],
        ['contracts/customers.contract.yaml', [['contract.breaking-change', 1, 1]]],
        ['contracts/logo.contract.yaml', [['file.parse', 1, 1]]],
        ['contracts/mac.contract.yaml', [['contract.freshness', 6, 1]]],
        ['contracts/nul.contract.yaml', [['file.parse', 1, 1]]],
        ['contracts/orders.contract.yaml', [['file.parse', 1, 1]]],
        ['contracts/payments.contract.yaml', [['file.parse', 1, 1]]],
        [
          'contracts/utf16.contract.yaml',
          [
            ['contract.freshness', 1, 1],
            ['contract.owner', 1, 1]
          ]
        ]
      ])
      const message = (path: string) => run.report!.files.find((f) => f.path === path)!.findings[0].message
      expect(message('contracts/big.contract.yaml')).toBe(
        'Too large to check: 1.5 MB, over the 1 MiB limit (`limits.maxFileBytes`). The file was not read; split it, raise the limit in the policy, or list it in `paths.ignore` when it is not a contract or model card.'
      )
      expect(message('contracts/orders.contract.yaml')).toMatch(
        /^This was a handoff-check contract \(handoff-check\/v1\) at the base and is not one now: Not a data contract or model card handoff-check recognises/
      )
      expect(message('contracts/payments.contract.yaml')).toBe(
        'This was a handoff-check contract (handoff-check/v1) at the base and is not one now: Not a regular file: a symbolic link to `../README.md`. handoff-check never follows symbolic links or submodules; commit the contract or model card itself at this path.'
      )
      expect(message('contracts/logo.contract.yaml')).toMatch(/^Binary content \(NUL bytes in the text\)/)
      expect(message('contracts/nul.contract.yaml')).toMatch(/^Binary content \(NUL bytes in the text\)/)
      expect(message('contracts/customers.contract.yaml')).toMatch(
        /^The contract customers \(version 2\.0\.0\) was removed/
      )
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        ['failure', '1 contract removed; 8 handoff items missing in 7 files']
      ])
      expect(gh.comments[0].body).toContain(
        '> 📦 1 changed file was not checked: no contract or model-card glob names it and it could not be read as one (`limits.maxFileBytes`, links, binary content): `data/events.json` (10.0 MB, over the 1 MiB limit).'
      )
    })

    it('when GitHub lists only 3,000 files, compares the git trees and finds the contract beyond the list', async () => {
      const pages = Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [`docs/page-${String(i).padStart(4, '0')}.txt`, `page ${i}\n`])
      )
      gh.commit(REPO, HEAD1, { ...tree('base'), ...pages, 'contracts/zz.contract.yaml': INCOMPLETE })
      pull(HEAD1, [
        ...Object.keys(pages).map((filename) => ({ filename, status: 'added' as const })),
        { filename: 'contracts/zz.contract.yaml', status: 'added' }
      ])

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(1)
      expect(gh.calls(true).filter((c) => c.includes('/git/trees/'))).toEqual([
        `GET ${PR}/git/trees/${BASE}?recursive=1`,
        `GET ${PR}/git/trees/${HEAD1}?recursive=1`
      ])
      expect(graphqlVariables('p')).toEqual(['contracts/zz.contract.yaml'])
      expect(run.report!.files.map((f) => [f.path, f.findings.map((x) => x.item)])).toEqual([
        ['contracts/zz.contract.yaml', ['contract.freshness', 'contract.owner']]
      ])
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        ['failure', '2 handoff items missing in 1 file']
      ])
      expect(gh.comments[0].body).toContain(
        '> GitHub lists at most 3,000 changed files of a pull request; the changed files were found by comparing the base and head git trees instead.'
      )
    })

    it('fails the status as too large to check when even the git tree is truncated', async () => {
      const pages = Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [`docs/page-${String(i).padStart(4, '0')}.txt`, `page ${i}\n`])
      )
      gh.commit(REPO, HEAD1, { ...tree('base'), ...pages })
      gh.truncatedTrees.add(HEAD1)
      pull(
        HEAD1,
        Object.keys(pages).map((filename) => ({ filename, status: 'added' as const }))
      )

      const run = await runAction(runtime, gh, pullEvent(HEAD1))

      expect(run.code).toBe(1)
      expect(gh.statuses.map((s) => [s.state, s.description])).toEqual([
        [
          'failure',
          'Pull request too large to check: over 3,000 changed files and GitHub truncates its git tree'
        ]
      ])
      expect(run.report).toMatchObject({
        result: 'fail',
        files: [],
        incomplete:
          'Pull request too large to check: over 3,000 changed files and GitHub truncates its git tree'
      })
      expect(run.outputs.result).toBe('fail')
      expect(run.commands).toContain(
        '::error::Pull request too large to check: over 3,000 changed files and GitHub truncates its git tree; see the job summary.'
      )
      // The comment, like the summary, leads with why the check failed although no file failed.
      expect(gh.comments).toHaveLength(1)
      expect(gh.comments[0].body.split('\n').slice(0, 4)).toEqual([
        '<!-- handoff-check -->',
        '## handoff-check',
        '',
        '⛔ **Pull request too large to check: over 3,000 changed files and GitHub truncates its git tree.**'
      ])
      expect(run.summary).toContain(
        '> ⛔ Pull request too large to check: over 3,000 changed files and GitHub truncates its git tree, so the changed files cannot all be found; only the 3,000 it lists were checked.'
      )
    })
  })
})
