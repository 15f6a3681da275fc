// Putting a check's result on the pull request: the sticky comment and the `handoff-check` commit status. A token
// that may not write (a fork PR on `pull_request`) costs these two, never the rest of the run.
import type { PrCheck } from '../check-pr.js'
import { commentBody, decideComment, findSticky } from './comment.js'
import type { CommentAction, CommentLinks, CommentMode } from './comment.js'
import { errorLine } from '../api/errors.js'
import type { GitHubApi, PullRequestRef } from '../types.js'
import { WriteRefusedError } from '../types.js'
import type { FailOn } from './verdict.js'
import { fails, statusDescription } from './verdict.js'
import { isBot } from '../commands/waivers.js'

export const STATUS_CONTEXT = 'handoff-check'

export const READ_ONLY_WARNING =
  'handoff-check could not write the PR comment or the commit status: the token is read-only, as it is for ' +
  'pull requests from forks on the `pull_request` event. The job summary, annotations and exit code still carry ' +
  'the result. To comment on fork PRs, run this workflow on `pull_request_target` (it reads the PR files through ' +
  'the API and never checks out or runs PR code) with `permissions: pull-requests: write, statuses: write, ' +
  'issues: write`; see docs/action.md#fork-pull-requests.'

export interface PublishSettings {
  commentMode: CommentMode
  failOn: FailOn
  links: CommentLinks
  /** The token's login, to recognise the sticky comment; undefined when GitHub would not say. */
  self: string | undefined
}

export interface Published {
  comment: CommentAction
  /** Whether GitHub refused a write (comment or status) for lack of permission. */
  refused: boolean
  failed: boolean
}

export interface Log {
  info(message: string): void
  warning(message: string): void
}

export async function publish(
  api: GitHubApi,
  pr: PullRequestRef,
  check: PrCheck,
  settings: PublishSettings,
  log: Log
): Promise<Published> {
  const failed = fails(check.report, settings.failOn)
  const body = commentBody(check.report, settings.links, check.notes, check.mention)
  const existing = findSticky(
    check.comments.map((c) => ({
      id: c.id,
      body: c.body,
      author: c.author,
      authorType: isBot(c) ? 'Bot' : c.authorType
    })),
    settings.self
  )
  const comment = decideComment(existing, body, settings.commentMode, check.report, failed)
  let refused = false
  const refusedOrThrow = (what: string, err: unknown): void => {
    if (!(err instanceof WriteRefusedError)) throw err
    log.info(`GitHub refused to ${what} (HTTP ${err.status}): ${err.message}`)
    refused = true
  }

  // The status is what branch protection reads: it is written whatever happened to the comment.
  let commentFailure: unknown
  try {
    if (comment.kind === 'create') await api.createComment(pr.base, pr.number, body)
    else if (comment.kind === 'update') await api.updateComment(pr.base, comment.id, body)
    else log.info(`PR comment not written (${comment.reason}).`)
  } catch (err) {
    try {
      refusedOrThrow(comment.kind === 'create' ? 'create the comment' : 'update the comment', err)
    } catch (other) {
      commentFailure = other
    }
  }

  const state = failed ? 'failure' : 'success'
  try {
    await api.createStatus(pr.base, pr.headSha, {
      state,
      description: statusDescription(check.report, settings.failOn),
      targetUrl: settings.links.runUrl,
      context: STATUS_CONTEXT
    })
  } catch (err) {
    refusedOrThrow('set the commit status', err)
  }
  if (refused) log.warning(READ_ONLY_WARNING)
  if (commentFailure !== undefined) {
    throw new PublishError(
      `The handoff-check status was set to ${state}, but the PR comment could not be written: ${errorLine(commentFailure)}`
    )
  }
  return { comment, refused, failed }
}

/** Publishing went part of the way: the status is set, something after or beside it failed. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishError'
  }
}

/**
 * A check that could not run still answers on the commit: a failing status that says why, so a required check is
 * never left green from an earlier run of the same commit. Best effort: a status GitHub refuses is only logged.
 */
export async function failStatus(
  api: GitHubApi,
  pr: PullRequestRef,
  err: unknown,
  settings: Pick<PublishSettings, 'links'>,
  log: Log
): Promise<void> {
  const text = `Could not check this pull request: ${errorLine(err)}`
  try {
    await api.createStatus(pr.base, pr.headSha, {
      state: 'failure',
      description: text.length <= 140 ? text : text.slice(0, 139) + '…',
      targetUrl: settings.links.runUrl,
      context: STATUS_CONTEXT
    })
  } catch (statusErr) {
    log.warning(`Could not set the failing commit status either: ${errorLine(statusErr)}`)
  }
}
