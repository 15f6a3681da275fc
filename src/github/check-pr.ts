// Checking one pull request: list its files, read the policy and CODEOWNERS from the base commit and the changed
// files from the head commit (never running or checking out PR code), analyse, and apply the waivers given in the
// PR's comments.
import type { CheckContext } from '../checks/item.js'
import { buildReport } from '../core/engine.js'
import type { Report } from '../vocabulary.js'
import { applyWaivers, matchingFindings } from '../core/waivers.js'
import { CODEOWNERS_LOCATIONS, parseCodeowners } from '../checks/values/codeowners.js'
import type { Engine } from './engine.js'
import { checkChanges } from './pull-request/changes.js'
import { withDownstream } from './pull-request/downstream.js'
import { canWaive } from './api/permissions.js'
import { loadPolicy } from './pull-request/policy.js'
import type { PolicyError } from './pull-request/policy.js'
import type { BlobContent, GitHubApi, PullRequestRef } from './types.js'
import { blobKey } from './types.js'
import type { PrComment } from './commands/waivers.js'
import { mapLimit } from './api/limit.js'
import { coverageReply, pendingNote, unrecordedNote, unverifiedNote } from './commands/waiver-replies.js'
import { collectCoverage, collectWaivers, scopeWaivers, waiveAuthors } from './commands/waivers.js'

export interface PrCheck {
  /** The engine's report with the PR's waivers applied. */
  report: Report
  /** Shown under the comment's heading: the file-list limit, removed model cards, files not read. */
  notes: string[]
  comments: PrComment[]
  /** The waive comments this run took in, and how many findings each covers (0: it matched nothing). */
  takenIn: TakenIn[]
  /** The policy's `impact.mention`: the comment mentions the owners of the models a contract change breaks. */
  mention?: boolean
}

export interface TakenIn {
  commentId: number
  covered: number
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

export interface CheckOptions {
  /** The token's login, whose replies record what waivers cover; undefined when GitHub would not say. */
  self?: string
  /**
   * Whether this run may take in waivers that have no recorded coverage yet: only a run started by a writer's
   * command may. Asked only when such a waiver exists (it may cost a permission look-up).
   */
  takeIn?: () => Promise<boolean>
}

/** Permission look-ups run at most this many at a time. */
const PERMISSION_LOOKUPS = 4

export async function checkPullRequest(
  api: GitHubApi,
  pr: PullRequestRef,
  configPath: string,
  engine: Engine,
  options: CheckOptions = {}
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

  const changed = await checkChanges(api, pr, files, engine, ctx)
  const { incomplete } = changed
  const downstream = await withDownstream(api, pr, changed.reports, changed.read, engine, ctx)
  const reports = downstream.reports
  const notes = [...changed.notes, ...downstream.notes]

  const comments = await api.listComments(pr.base, pr.number)
  const waived = await applyPrWaivers(
    api,
    pr,
    buildReport(reports, policy.config.gate),
    comments,
    engine,
    options
  )
  return {
    report: failIncomplete(waived.report, incomplete),
    notes: [...notes, ...waived.notes],
    comments,
    takenIn: waived.takenIn,
    ...(policy.config.impact.mention ? { mention: true } : {})
  }
}

/**
 * The writers' waivers, each applied to the findings it covers. A waiver without a recorded coverage is taken in
 * when `options.takeIn` says so (a writer's command run): its coverage is the findings open now, recorded in a reply
 * to the waive comment before it is applied (a reply that cannot be written leaves the waiver unapplied). Otherwise
 * it is listed as not applied yet.
 */
async function applyPrWaivers(
  api: GitHubApi,
  pr: PullRequestRef,
  report: Report,
  comments: PrComment[],
  engine: Engine,
  options: CheckOptions
): Promise<{ report: Report; notes: string[]; takenIn: TakenIn[] }> {
  const notes: string[] = []
  const authors = waiveAuthors(comments, engine.itemIds)
  const looked = await mapLimit(authors, PERMISSION_LOOKUPS, async (author) => {
    try {
      const { permission, roleName } = await api.permission(pr.base, author)
      return canWaive(permission, roleName)
    } catch (err) {
      notes.push(unverifiedNote(author, err))
      return false
    }
  })
  const writers = new Set(authors.filter((_, i) => looked[i]))
  const commands = collectWaivers(comments, engine.itemIds, writers)
  const coverage = new Map(collectCoverage(comments, options.self))
  const takenIn: TakenIn[] = []
  const unrecorded = commands.some((c) => !coverage.has(c.commentId))
  const mayTakeIn = unrecorded && options.takeIn !== undefined && (await options.takeIn())
  for (const command of commands) {
    if (coverage.has(command.commentId) || !mayTakeIn) continue
    const matched = matchingFindings(report, command)
    const body = coverageReply(command, matched, pr.headSha)
    try {
      await api.createComment(pr.base, pr.number, body)
    } catch (err) {
      notes.push(unrecordedNote(command, err))
      continue
    }
    coverage.set(command.commentId, new Set(matched.map((m) => m.fingerprint)))
    takenIn.push({ commentId: command.commentId, covered: matched.length })
  }
  const { scoped, pending } = scopeWaivers(commands, coverage)
  for (const command of pending) notes.push(pendingNote(command))
  return { report: applyWaivers(report, scoped), notes, takenIn }
}

/** A check that could not see every changed file fails, whatever its files say. */
function failIncomplete(report: Report, incomplete: string | undefined): Report {
  return incomplete === undefined ? report : { ...report, result: 'fail', incomplete }
}

function textAt(blobs: ReadonlyMap<string, BlobContent>, sha: string, path: string): string | undefined {
  const blob = blobs.get(blobKey(sha, path))
  return blob && !blob.isBinary ? blob.text : undefined
}
