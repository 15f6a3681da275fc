// Putting a check's result on the pull request: the sticky comment and the `handoff-check` commit status. A token
// that may not write (a fork PR on `pull_request`) costs these two, never the rest of the run.
import type { PrCheck } from './check-pr.js'
import { commentBody, decideComment, findSticky } from './comment.js'
import type { CommentAction, CommentLinks, CommentMode } from './comment.js'
import type { GitHubApi, PullRequestRef } from './types.js'
import { WriteRefusedError } from './types.js'
import type { FailOn } from './verdict.js'
import { fails, statusDescription } from './verdict.js'
import { isBot } from './waivers.js'

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
  const body = commentBody(check.report, settings.links, check.notes)
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
  const attempt = async (what: string, call: () => Promise<unknown>): Promise<void> => {
    try {
      await call()
    } catch (err) {
      if (!(err instanceof WriteRefusedError)) throw err
      log.info(`GitHub refused to ${what} (HTTP ${err.status}): ${err.message}`)
      refused = true
    }
  }

  if (comment.kind === 'create')
    await attempt('create the comment', () => api.createComment(pr.base, pr.number, body))
  else if (comment.kind === 'update')
    await attempt('update the comment', () => api.updateComment(pr.base, comment.id, body))
  else log.info(`PR comment not written (${comment.reason}).`)

  await attempt('set the commit status', () =>
    api.createStatus(pr.base, pr.headSha, {
      state: failed ? 'failure' : 'success',
      description: statusDescription(check.report, settings.failOn),
      targetUrl: settings.links.runUrl,
      context: STATUS_CONTEXT
    })
  )
  if (refused) log.warning(READ_ONLY_WARNING)
  return { comment, refused, failed }
}
