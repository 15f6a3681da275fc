// One pull request on the fake GitHub checked by the real engine: for the action tests that pin what the formats
// report, rather than the adapter's flow (flow.test.ts uses a fake engine).
import { afterEach, beforeEach } from '@jest/globals'
import { createApi } from '../../src/github/api/api.js'
import { checkPullRequest } from '../../src/github/check-pr.js'
import { realEngine } from '../../src/github/engine.js'
import { createOctokit } from '../../src/github/api/octokit.js'
import type { GitHubApi, PullRequestRef } from '../../src/github/types.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import type { FakeFile, FakeRepo } from '../e2e/fake-github.js'

const REPO: FakeRepo = { owner: 'acme', name: 'shop' }
const BASE = 'b'.repeat(40)
const HEAD = '1'.repeat(40)
const PR: PullRequestRef = {
  base: { owner: 'acme', repo: 'shop' },
  number: 7,
  baseSha: BASE,
  head: { owner: 'acme', repo: 'shop' },
  headSha: HEAD
}
const log = { info: (): void => undefined, warning: (): void => undefined }

/** Starts a fake GitHub around each test; the function checks a pull request from `base` to `head` with `files`. */
export function realPullRequests() {
  let gh: FakeGitHub
  let api: GitHubApi
  beforeEach(async () => {
    gh = await new FakeGitHub().start()
    api = createApi(
      createOctokit('ghs_test', { baseUrl: gh.url, retryAfterBaseMs: 1, writeSpacingMs: 1, log })
    )
  })
  afterEach(async () => {
    await gh.stop()
  })
  return (base: Record<string, string>, head: Record<string, string>, files: FakeFile[]) => {
    gh.commit(REPO, BASE, base)
    gh.commit(REPO, HEAD, head)
    gh.addPull({
      number: 7,
      base: { repo: REPO, sha: BASE, ref: 'main' },
      head: { repo: REPO, sha: HEAD, ref: 'change' },
      files
    })
    return checkPullRequest(api, PR, '.github/handoff.yml', realEngine)
  }
}
