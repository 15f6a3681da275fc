// `issue_comment` commands on pull requests: /handoff-status, /handoff-waive, /handoff-help.
import { checkPullRequest } from '../check-pr.js'
import type { PrCheck } from '../check-pr.js'
import { parseCommand } from './commands.js'
import type { Engine } from '../engine.js'
import { helpText } from './help.js'
import { canWaive } from '../api/permissions.js'
import { failStatus, publish, PublishError } from '../publish/publish.js'
import type { Log, Published, PublishSettings } from '../publish/publish.js'
import { errorLine } from '../api/errors.js'
import type { GitHubApi, PullRequestRef, Reaction, RepoRef } from '../types.js'
import { isBot } from './waivers.js'

export interface CommentEvent {
  action: string
  repo: RepoRef
  number: number
  /** The issue the comment is on is a pull request. */
  isPullRequest: boolean
  comment: { id: number; body: string; author: string; authorType: string }
}

export type BotResult =
  | { kind: 'ignored'; reason: string }
  | { kind: 'replied'; command: 'help' | 'unknown' | 'invalid' | 'not-allowed' }
  | { kind: 'checked'; pr: PullRequestRef; check: PrCheck; published: Published }

export interface BotDeps {
  engine: Engine
  configPath: string
  docsUrl: string
  settings(pr: PullRequestRef): Promise<PublishSettings>
  log: Log
}

export async function handleComment(api: GitHubApi, event: CommentEvent, deps: BotDeps): Promise<BotResult> {
  if (event.action !== 'created') return { kind: 'ignored', reason: `comment ${event.action}, not created` }
  if (!event.isPullRequest)
    return { kind: 'ignored', reason: 'the comment is on an issue, not a pull request' }
  if (isBot(event.comment))
    return { kind: 'ignored', reason: `the comment is by a bot (${event.comment.author})` }
  const command = parseCommand(event.comment.body, deps.engine.itemIds)
  if (!command) return { kind: 'ignored', reason: 'the first line is not a /handoff- command' }

  const { repo, number } = event
  const reply = (body: string): Promise<number> => api.createComment(repo, number, body)
  const mention = `@${event.comment.author}`
  switch (command.kind) {
    case 'help':
      await reply(helpText(deps.docsUrl))
      return { kind: 'replied', command: 'help' }
    case 'unknown':
      await reply(helpText(deps.docsUrl, command.name))
      return { kind: 'replied', command: 'unknown' }
    case 'invalid':
      await reactSafely(api, event, 'confused', deps.log)
      await reply(
        `${mention} this waiver was not applied: ${command.problem} Usage: \`/handoff-waive <item-id> [path] <reason…>\``
      )
      return { kind: 'replied', command: 'invalid' }
    case 'waive': {
      const writer = await isWriter(api, repo, event.comment.author)
      if (writer !== true) {
        await reactSafely(api, event, 'confused', deps.log)
        await reply(
          writer === false
            ? `${mention} only collaborators with write, maintain or admin access can waive handoff items; nothing was changed.`
            : `${mention} your permission on this repository could not be looked up (${writer.problem}), so the waiver was not applied; try again with \`/handoff-status\`.`
        )
        return { kind: 'replied', command: 'not-allowed' }
      }
      return recheck(api, event, deps, 'waive', async () => true)
    }
    case 'status':
      // A writer's /handoff-status also takes in waivers whose own run never answered (dropped from the queue).
      return recheck(
        api,
        event,
        deps,
        'status',
        async () => (await isWriter(api, repo, event.comment.author)) === true
      )
  }
}

/** true or false from GitHub, or the problem that kept it from answering. */
async function isWriter(api: GitHubApi, repo: RepoRef, user: string): Promise<boolean | { problem: string }> {
  try {
    const { permission, roleName } = await api.permission(repo, user)
    return canWaive(permission, roleName)
  } catch (err) {
    return { problem: errorLine(err) }
  }
}

/**
 * Re-check the PR's current head (not the default branch the event runs on) and refresh comment and status. The
 * closing reaction answers the command: for `/handoff-status` 👍 when the PR passes and 😕 when it still fails; for
 * a waiver 👍 once it covers at least one open finding, 😕 when it matches none (its reply says so) or could not be
 * recorded. 😕 also when the check could not run. A reaction that fails is logged and changes nothing else.
 */
async function recheck(
  api: GitHubApi,
  event: CommentEvent,
  deps: BotDeps,
  command: 'status' | 'waive',
  takeIn: () => Promise<boolean>
): Promise<BotResult> {
  await reactSafely(api, event, 'eyes', deps.log)
  let pr: PullRequestRef | undefined
  try {
    pr = await api.getPull(event.repo, event.number)
    const settings = await deps.settings(pr)
    const check = await checkPullRequest(api, pr, deps.configPath, deps.engine, {
      self: settings.self,
      takeIn
    })
    const published = await publish(api, pr, check, settings, deps.log)
    const own = check.takenIn.find((t) => t.commentId === event.comment.id)
    const good = command === 'status' ? !published.failed : own !== undefined && own.covered > 0
    await reactSafely(api, event, good ? '+1' : 'confused', deps.log)
    return { kind: 'checked', pr, check, published }
  } catch (err) {
    await reactSafely(api, event, 'confused', deps.log)
    if (pr && !(err instanceof PublishError))
      await failStatus(api, pr, err, await deps.settings(pr), deps.log)
    throw err
  }
}

async function reactSafely(api: GitHubApi, event: CommentEvent, content: Reaction, log: Log): Promise<void> {
  try {
    await api.react(event.repo, event.comment.id, content)
  } catch (err) {
    log.warning(`Could not react ${content} to comment ${event.comment.id}: ${errorLine(err)}`)
  }
}
