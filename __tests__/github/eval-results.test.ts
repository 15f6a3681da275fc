// The action over the fake GitHub with the real engine: a Hub card is read with the `.eval_results/*.yaml` files
// beside it at the head, and a pull request that changes only an eval results file checks the card.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createApi } from '../../src/github/api.js'
import { checkPullRequest } from '../../src/github/check-pr.js'
import { realEngine } from '../../src/github/engine.js'
import { createOctokit } from '../../src/github/octokit.js'
import type { GitHubApi, PullRequestRef } from '../../src/github/types.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import type { FakeFile, FakeRepo } from '../e2e/fake-github.js'
import { CARD, PATH, ROUTING } from '../helpers/eval-results.js'

jest.setTimeout(60_000)

const REPO: FakeRepo = { owner: 'acme', name: 'shop' }
const BASE = 'b'.repeat(40)
const HEAD = '1'.repeat(40)
const RESULTS = 'models/router/.eval_results/routing.yaml'
const pr: PullRequestRef = {
  base: { owner: 'acme', repo: 'shop' },
  number: 8,
  baseSha: BASE,
  head: { owner: 'acme', repo: 'shop' },
  headSha: HEAD
}
const log = { info: (): void => undefined, warning: (): void => undefined }

let gh: FakeGitHub
let api: GitHubApi
beforeEach(async () => {
  gh = await new FakeGitHub().start()
  api = createApi(createOctokit('ghs_test', { baseUrl: gh.url, retryAfterBaseMs: 1, writeSpacingMs: 1, log }))
})
afterEach(async () => {
  await gh.stop()
})

async function check(base: Record<string, string>, head: Record<string, string>, files: FakeFile[]) {
  gh.commit(REPO, BASE, base)
  gh.commit(REPO, HEAD, head)
  gh.addPull({
    number: 8,
    base: { repo: REPO, sha: BASE, ref: 'main' },
    head: { repo: REPO, sha: HEAD, ref: 'evals' },
    files
  })
  const { report, notes } = await checkPullRequest(api, pr, '.github/handoff.yml', realEngine)
  return { notes, files: report.files.map((f) => [f.path, f.findings.map((x) => [x.item, x.line])]) }
}

describe('a Hub card with eval results in a pull request', () => {
  it('reads the eval results beside an added card: its metric and training data version count', async () => {
    const head = { [PATH]: CARD, [RESULTS]: ROUTING, 'models/router/.eval_results/notes.txt': 'x\n' }
    expect(await check({}, head, [{ filename: PATH, status: 'added' }])).toEqual({
      notes: [],
      files: [[PATH, []]]
    })
  })

  it('without them the card misses both', async () => {
    expect(await check({}, { [PATH]: CARD }, [{ filename: PATH, status: 'added' }])).toEqual({
      notes: [],
      files: [
        [
          PATH,
          [
            ['training-data.version', 5],
            ['evaluation.metrics', 7]
          ]
        ]
      ]
    })
  })

  it('a change to an eval results file alone checks its card', async () => {
    const quoted = ROUTING.replace('0.83', '"0.83"')
    const base = { [PATH]: CARD, [RESULTS]: ROUTING }
    const head = { [PATH]: CARD, [RESULTS]: quoted }
    expect(await check(base, head, [{ filename: RESULTS, status: 'modified' }])).toEqual({
      notes: [],
      files: [[PATH, [['evaluation.metrics', 7]]]]
    })
  })
})
