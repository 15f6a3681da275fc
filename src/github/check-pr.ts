// Checking one pull request: list its files, read the policy and CODEOWNERS from the base commit and the changed
// files from the head commit (never running or checking out PR code), analyse, and apply the waivers given in the
// PR's comments.
import type { CheckContext } from '../checks/item.js'
import { buildReport } from '../core/engine.js'
import type { Report } from '../core/types.js'
import { applyWaivers } from '../core/waivers.js'
import { CODEOWNERS_LOCATIONS, parseCodeowners } from '../checks/values/codeowners.js'
import type { Engine } from './engine.js'
import { checkChanges } from './changes.js'
import { canWaive } from './permissions.js'
import { loadPolicy } from './policy.js'
import type { PolicyError } from './policy.js'
import type { BlobContent, GitHubApi, PullRequestRef } from './types.js'
import { blobKey } from './types.js'
import type { PrComment } from './waivers.js'
import { collectWaivers, waiveAuthors } from './waivers.js'

export interface PrCheck {
  /** The engine's report with the PR's waivers applied. */
  report: Report
  /** Shown under the comment's heading: the file-list limit, removed model cards, files not read. */
  notes: string[]
  comments: PrComment[]
}

/** The base commit's policy file is invalid: nothing can be checked until it is fixed on the base branch. */
export class PolicyInvalidError extends Error {
  constructor(readonly errors: PolicyError[]) {
    super(
      `The policy file on the base branch is invalid:\n` +
        errors.map((e) => `${e.path}:${e.line}:${e.column} ${e.message}`).join('\n')
    )
    this.name = 'PolicyInvalidError'
  }
}

export async function checkPullRequest(
  api: GitHubApi,
  pr: PullRequestRef,
  configPath: string,
  engine: Engine
): Promise<PrCheck> {
  const files = await api.listPullFiles(pr)
  const base = await api.readBlobs([
    { repo: pr.base, sha: pr.baseSha, paths: [configPath, ...CODEOWNERS_LOCATIONS] }
  ])
  const policy = loadPolicy(textAt(base, pr.baseSha, configPath), configPath)
  if (!policy.ok) throw new PolicyInvalidError(policy.errors)
  const ctx: CheckContext = { config: policy.config }
  const codeowners = CODEOWNERS_LOCATIONS.map((p) => textAt(base, pr.baseSha, p)).find((t) => t !== undefined)
  if (codeowners !== undefined) ctx.codeowners = parseCodeowners(codeowners)

  const { reports, notes, incomplete } = await checkChanges(api, pr, files, engine, ctx)

  const comments = await api.listComments(pr.base, pr.number)
  const writers = new Set<string>()
  for (const author of waiveAuthors(comments, engine.itemIds)) {
    const { permission, roleName } = await api.permission(pr.base, author)
    if (canWaive(permission, roleName)) writers.add(author)
  }
  const waivers = collectWaivers(comments, engine.itemIds, writers)
  return { report: failIncomplete(applyWaivers(buildReport(reports), waivers), incomplete), notes, comments }
}

/** A check that could not see every changed file fails, whatever its files say. */
function failIncomplete(report: Report, incomplete: string | undefined): Report {
  return incomplete === undefined ? report : { ...report, result: 'fail', incomplete }
}

function textAt(blobs: ReadonlyMap<string, BlobContent>, sha: string, path: string): string | undefined {
  const blob = blobs.get(blobKey(sha, path))
  return blob && !blob.isBinary ? blob.text : undefined
}
