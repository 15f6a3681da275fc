// The adapter with @actions/core and @actions/github mocked (the template's pattern): inputs, outputs, summary,
// annotations, the report file and the exit code.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import * as core from '../../__fixtures__/core.js'
import * as github from '../../__fixtures__/github.js'
import type { OctokitMock } from '../../__fixtures__/github.js'
import { tree } from '../e2e/harness.js'
import { pullRequestEvent, issueCommentEvent } from '../e2e/payloads.js'
import { fakeEngine } from './fake-engine.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)

const { run } = await import('../../src/github/main.js')

const BASE = 'b'.repeat(40)
const HEAD = '1'.repeat(40)
const REPO = { owner: 'acme', name: 'shop' }

let octokit: OctokitMock
let inputs: Record<string, string>
let contents: Record<string, string>
let files: { filename: string; status: string }[]

beforeEach(() => {
  octokit = github.octokitMock()
  core.summary.addRaw.mockImplementation(() => core.summary)
  core.summary.write.mockImplementation(async () => core.summary)
  github.getOctokit.mockReturnValue(octokit)
  inputs = { 'github-token': 'ghs_x', config: '.github/handoff.yml', comment: 'always', 'fail-on': 'error' }
  core.getInput.mockImplementation((name) => inputs[name] ?? '')
  github.context.eventName = 'pull_request'
  github.context.payload = pullRequestEvent({
    action: 'opened',
    repo: REPO,
    number: 42,
    baseSha: BASE,
    headSha: HEAD
  })
  contents = {}
  files = []
  octokit.paginate.mockImplementation(async (method) =>
    method === octokit.rest.pulls.listFiles ? files : []
  )
  octokit.graphql.mockImplementation(async (query, vars = {}) => {
    if (query.includes('viewer')) return { viewer: { login: 'github-actions[bot]' } }
    const r0: Record<string, unknown> = {}
    // The size-and-mode query: `cN: object(expression: $cN) { ... on Commit { fN: file(path: $pN) … } }`.
    for (const part of query.split(/(?=c\d+: object\(expression: \$c\d+\))/).slice(1)) {
      const [, commitAlias, commitVar] = /^(c\d+): object\(expression: \$(c\d+)\)/.exec(part)!
      const entries: Record<string, unknown> = {}
      for (const [, alias, variable] of part.matchAll(/(f\d+): file\(path: \$(p\d+)\)/g)) {
        const text = contents[`${vars[commitVar]}:${vars[variable]}`]
        entries[alias] =
          text === undefined
            ? null
            : { mode: 0o100644, type: 'blob', object: { byteSize: text.length, isBinary: false } }
      }
      r0[commitAlias] = entries
    }
    for (const [, alias, variable] of query.matchAll(/(f\d+): object\(expression: \$(e\d+)\)/g)) {
      const text = contents[vars[variable]]
      r0[alias] =
        text === undefined
          ? null
          : { oid: 'x', text, isBinary: false, isTruncated: false, byteSize: text.length }
    }
    return { r0 }
  })
  octokit.rest.issues.createComment.mockResolvedValue({ data: { id: 99 } })
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'handoff-main-'))
  process.env.GITHUB_STEP_SUMMARY = join(process.env.RUNNER_TEMP, 'summary.md')
})

afterEach(() => {
  jest.resetAllMocks()
  delete process.env.RUNNER_TEMP
  delete process.env.GITHUB_STEP_SUMMARY
})

const incomplete = (): void => {
  for (const [path, text] of Object.entries(tree('incomplete'))) {
    contents[`${HEAD}:${path}`] = text
    files.push({ filename: path, status: 'added' })
  }
}

describe('run on pull_request', () => {
  it('builds the Octokit with retry and throttling at GITHUB_API_URL', async () => {
    await run()
    expect(github.getOctokit).toHaveBeenCalledWith(
      'ghs_x',
      expect.objectContaining({
        baseUrl: 'https://api.github.com',
        request: { fetch: expect.any(Function) },
        retry: { retryAfterBaseValue: 1000, retries: 2 }
      }),
      retry,
      throttling
    )
  })

  it('passes a PR without contracts: outputs, report file, success status, no failure', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const reportPath = join(process.env.RUNNER_TEMP!, 'handoff-check-report.json')
    expect(core.setOutput.mock.calls).toEqual([
      ['result', 'pass'],
      ['missing-count', '0'],
      ['report-path', reportPath]
    ])
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toMatchObject({
      version: 1,
      result: 'pass',
      files: []
    })
    expect(octokit.rest.repos.createCommitStatus).toHaveBeenCalledWith({
      owner: 'acme',
      repo: 'shop',
      sha: HEAD,
      state: 'success',
      description: 'No data contracts or model cards changed',
      target_url: 'https://github.com/acme/shop/actions/runs/7001',
      context: 'handoff-check'
    })
    expect(octokit.rest.issues.createComment).not.toHaveBeenCalled()
  })

  it('prints the summary to the log without GITHUB_STEP_SUMMARY, with no line a workflow command', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const path = 'contracts/x\n::warning::pwned\n.contract.yaml'
    contents[`${HEAD}:${path}`] = 'kind: HandoffContract\n'
    files.push({ filename: path, status: 'added' })
    await run(fakeEngine)
    expect(core.summary.addRaw).not.toHaveBeenCalled()
    const logged = core.info.mock.calls
      .map(([text]) => text)
      .find((text) => text.startsWith('## handoff-check'))
    expect(logged).toContain('### <a name="handoff-1"></a>`contracts/x ::warning::pwned .contract.yaml`')
    expect(logged!.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([])
  })

  it('fails the step, annotates the lines and writes the summary when items are missing', async () => {
    incomplete()
    await run(fakeEngine)
    expect(core.setFailed).toHaveBeenCalledWith('3 handoff items missing or invalid; see the job summary.')
    expect(core.error.mock.calls.map(([, props]) => props)).toEqual([
      { title: 'contract.freshness', file: 'contracts/orders.contract.yaml', startLine: 1, startColumn: 1 },
      { title: 'contract.owner', file: 'contracts/orders.contract.yaml', startLine: 1, startColumn: 1 },
      { title: 'ownership.rollback', file: 'models/churn/MODEL_CARD.md', startLine: 29, startColumn: 1 }
    ])
    expect(core.summary.addRaw).toHaveBeenCalledWith(
      expect.stringContaining('❌ **3 handoff items missing or invalid** in 2 files.')
    )
    expect(core.summary.write).toHaveBeenCalledTimes(1)
    expect(core.setOutput).toHaveBeenCalledWith('missing-count', '3')
    expect(octokit.rest.issues.createComment).toHaveBeenCalledWith(
      expect.objectContaining({ owner: 'acme', repo: 'shop', issue_number: 42 })
    )
    expect(octokit.rest.repos.createCommitStatus).toHaveBeenCalledWith(
      expect.objectContaining({ state: 'failure', description: '3 handoff items missing in 2 files' })
    )
  })

  it('sets a failing status that says why when the check cannot run, and fails the step', async () => {
    contents[`${BASE}:.github/handoff.yml`] = 'items:\n  contract.owner: fatal\n'
    await run()
    expect(octokit.rest.repos.createCommitStatus.mock.calls).toEqual([
      [
        expect.objectContaining({
          sha: HEAD,
          state: 'failure',
          context: 'handoff-check',
          description: 'Could not check this pull request: The policy file on the base branch is invalid:'
        })
      ]
    ])
    expect(core.setFailed.mock.calls[0][0]).toMatch(
      /^The policy file on the base branch is invalid:\n\.github\/handoff\.yml:2:/
    )
  })

  it('fails the step when the job summary cannot be written, after the status is set', async () => {
    incomplete()
    core.summary.write.mockRejectedValue(new Error('ENOSPC: no space left on device'))
    await run()
    expect(octokit.rest.repos.createCommitStatus).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls).toEqual([
      ['The job summary could not be written: ENOSPC: no space left on device']
    ])
  })

  it('with fail-on never reports but passes', async () => {
    inputs['fail-on'] = 'never'
    incomplete()
    await run(fakeEngine)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setOutput).toHaveBeenCalledWith('result', 'pass')
    expect(octokit.rest.repos.createCommitStatus).toHaveBeenCalledWith(
      expect.objectContaining({ state: 'success' })
    )
  })

  it('fails with a clear message on a bad input or an unsupported event, before calling GitHub', async () => {
    inputs.comment = 'sometimes'
    await run()
    expect(core.setFailed).toHaveBeenLastCalledWith(
      'Input `comment` must be one of always, on-failure, never; got "sometimes".'
    )
    inputs.comment = 'always'
    github.context.eventName = 'push'
    await run()
    expect(core.setFailed).toHaveBeenLastCalledWith(
      'handoff-check runs on pull_request, pull_request_target and issue_comment events; this run is "push".'
    )
    expect(octokit.paginate).not.toHaveBeenCalled()
  })
})

describe('run on issue_comment', () => {
  const comment = (body: string, login = 'alice', type: 'User' | 'Bot' = 'User') => {
    github.context.eventName = 'issue_comment'
    github.context.payload = issueCommentEvent({
      repo: REPO,
      number: 42,
      commentId: 5,
      body,
      user: { login, type }
    })
  }

  it('ignores a bot without a single API call', async () => {
    comment('/handoff-status', 'dependabot[bot]', 'Bot')
    await run()
    expect(core.setOutput.mock.calls).toEqual([['result', 'skipped']])
    expect(core.info).toHaveBeenCalledWith('Nothing to do: the comment is by a bot (dependabot[bot]).')
    expect(octokit.graphql).not.toHaveBeenCalled()
  })

  it('re-checks on /handoff-status and reports without failing the comment run', async () => {
    comment('/handoff-status')
    octokit.rest.pulls.get.mockResolvedValue({
      data: {
        base: { sha: BASE, repo: { name: 'shop', owner: { login: 'acme' } } },
        head: { sha: HEAD, repo: { name: 'shop', owner: { login: 'acme' } } }
      }
    })
    incomplete()
    await run(fakeEngine)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setOutput).toHaveBeenCalledWith('result', 'fail')
    expect(
      octokit.rest.reactions.createForIssueComment.mock.calls.map(([p]) => (p as { content: string }).content)
    ).toEqual(['eyes', 'confused'])
    expect(existsSync(join(process.env.RUNNER_TEMP!, 'handoff-check-report.json'))).toBe(true)
  })
})
