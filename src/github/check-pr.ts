// Checking one pull request: list its files, read the policy and CODEOWNERS from the base commit and the changed
// files from the head commit (never running or checking out PR code), analyse, and apply the waivers given in the
// PR's comments.
import type { CheckContext } from '../checks/item.js'
import { buildReport } from '../core/engine.js'
import type { FileReport, Report } from '../core/types.js'
import { applyWaivers } from '../core/waivers.js'
import { CODEOWNERS_LOCATIONS, parseCodeowners } from '../checks/values/codeowners.js'
import type { Engine } from './engine.js'
import { planReads, truncationNote } from './files.js'
import { canWaive } from './permissions.js'
import { loadPolicy } from './policy.js'
import type { PolicyError } from './policy.js'
import type { BlobContent, BlobQuery, GitHubApi, PullRequestRef } from './types.js'
import { blobKey } from './types.js'
import type { PrComment } from './waivers.js'
import { collectWaivers, waiveAuthors } from './waivers.js'

export interface PrCheck {
  /** The engine's report with the PR's waivers applied. */
  report: Report
  /** Shown under the comment's heading: the file-list limit, removed contracts. */
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

  const plan = planReads(files, policy.config)
  const queries: BlobQuery[] = []
  if (plan.head.length > 0) queries.push({ repo: pr.head, sha: pr.headSha, paths: plan.head })
  // Base versions (removed files, and what modified or renamed files are compared with) share the same batches.
  const basePaths = [...new Set([...plan.removed, ...plan.previous.values()])].sort()
  if (basePaths.length > 0) queries.push({ repo: pr.base, sha: pr.baseSha, paths: basePaths })
  const contents = queries.length > 0 ? await api.readBlobs(queries) : new Map<string, BlobContent>()

  const reports: FileReport[] = []
  for (const path of plan.head) {
    const text = textAt(contents, pr.headSha, path)
    if (text === undefined) continue
    const basePath = plan.previous.get(path)
    const baseText = basePath === undefined ? undefined : textAt(contents, pr.baseSha, basePath)
    const report =
      engine.compare && basePath !== undefined && baseText !== undefined
        ? engine.compare({ base: { path: basePath, text: baseText }, head: { path, text } }, ctx)
        : engine.analyze({ path, text }, ctx)
    if (report) reports.push(report)
  }
  const notes: string[] = []
  const truncated = truncationNote(files.length)
  if (truncated) notes.push(truncated)
  for (const path of plan.removed) {
    const text = textAt(contents, pr.baseSha, path)
    if (text === undefined) continue
    // A removed contract is a breaking change with its own report (and can be waived); anything else we know
    // (a model card, a contract the engine cannot compare) gets a note.
    const compared = engine.compare?.({ base: { path, text } }, ctx)
    if (compared) {
      reports.push(compared)
      continue
    }
    const removed = engine.analyze({ path, text }, ctx)
    if (removed) {
      const what = removed.kind === 'model-card' ? 'model card' : 'data contract'
      notes.push(
        `🗑️ The ${what} \`${path}\` is removed by this pull request: make sure nobody still depends on it.`
      )
    }
  }

  const comments = await api.listComments(pr.base, pr.number)
  const writers = new Set<string>()
  for (const author of waiveAuthors(comments, engine.itemIds)) {
    const { permission, roleName } = await api.permission(pr.base, author)
    if (canWaive(permission, roleName)) writers.add(author)
  }
  const waivers = collectWaivers(comments, engine.itemIds, writers)
  return { report: applyWaivers(buildReport(reports), waivers), notes, comments }
}

function textAt(blobs: ReadonlyMap<string, BlobContent>, sha: string, path: string): string | undefined {
  const blob = blobs.get(blobKey(sha, path))
  return blob && !blob.isBinary ? blob.text : undefined
}
