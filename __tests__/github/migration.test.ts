// The action over the fake GitHub with the real engine: a pull request that deletes a DCS contract and adds its
// ODCS migration (no git rename: the texts differ too much) is one migrated contract in the report and comment.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createApi } from '../../src/github/api.js'
import { checkPullRequest } from '../../src/github/check-pr.js'
import { realEngine } from '../../src/github/engine.js'
import { createOctokit } from '../../src/github/octokit.js'
import type { GitHubApi, PullRequestRef } from '../../src/github/types.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import type { FakeRepo } from '../e2e/fake-github.js'
import { renderMarkdown } from '../../src/report/markdown.js'

jest.setTimeout(60_000)

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const DCS = readFileSync(
  join(FIXTURES, 'standards/datacontract-specification/example__time-example.datacontract.yaml'),
  'utf8'
)
const ODCS = readFileSync(join(FIXTURES, 'migration/time-example.odcs.yaml'), 'utf8')
const REPO: FakeRepo = { owner: 'acme', name: 'shop' }
const BASE = 'b'.repeat(40)
const HEAD = '1'.repeat(40)
const pr: PullRequestRef = {
  base: { owner: 'acme', repo: 'shop' },
  number: 7,
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

function openPull(head: Record<string, string>): void {
  gh.commit(REPO, BASE, { 'contracts/time.datacontract.yaml': DCS })
  gh.commit(REPO, HEAD, head)
  gh.addPull({
    number: 7,
    base: { repo: REPO, sha: BASE, ref: 'main' },
    head: { repo: REPO, sha: HEAD, ref: 'migrate' },
    files: [
      { filename: 'contracts/time.datacontract.yaml', status: 'removed' },
      ...Object.keys(head).map((filename) => ({ filename, status: 'added' as const }))
    ]
  })
}

describe('a DCS → ODCS migration in a pull request', () => {
  it('pairs the removed and the added file by contract id and compares them as one contract', async () => {
    openPull({ 'contracts/time.odcs.yaml': ODCS })
    const { report, notes } = await checkPullRequest(api, pr, '.github/handoff.yml', realEngine)
    expect(notes).toEqual([])
    expect(report.files.map((f) => f.path)).toEqual(['contracts/time.odcs.yaml'])
    expect(report.files[0].changes).toEqual({
      basePath: 'contracts/time.datacontract.yaml',
      migration: { from: 'DCS 1.2.1', to: 'ODCS v3.1.0' },
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
      bump: 'none',
      changes: [],
      verdict: 'unchanged'
    })
    expect(report.files[0].findings.filter((f) => f.item.startsWith('contract.breaking'))).toEqual([])
    expect(renderMarkdown(report)).toContain(
      '**Contract changes** (renamed from `contracts/time.datacontract.yaml`) (migrated from DCS 1.2.1 to ODCS v3.1.0): Unchanged (version 1.0.0 → 1.0.0, none bump)'
    )
  })

  it('a different contract id is a removal and an addition', async () => {
    openPull({ 'contracts/time.odcs.yaml': ODCS.replace('id: time-demo', 'id: time-demo-2') })
    const { report } = await checkPullRequest(api, pr, '.github/handoff.yml', realEngine)
    expect(report.files.map((f) => [f.path, f.changes?.changes.map((c) => c.rule)])).toEqual([
      ['contracts/time.datacontract.yaml', ['contract-removed']],
      ['contracts/time.odcs.yaml', undefined]
    ])
  })
})
