// `issue_comment` commands on pull requests: /handoff-status, /handoff-waive, /handoff-help.
import { checkPullRequest } from './check-pr.js'
import type { PrCheck } from './check-pr.js'
import { parseCommand } from './commands.js'
import type { Engine } from './engine.js'
import { helpText } from './help.js'
import { canWaive } from './permissions.js'
import { publish } from './publish.js'
import type { Log, Published, PublishSettings } from './publish.js'
import type { GitHubApi, PullRequestRef, RepoRef } from './types.js'
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
      await api.react(repo, event.comment.id, 'confused')
      await reply(
        `${mention} this waiver was not applied: ${command.problem} Usage: \`/handoff-waive <item-id> [path] <reason…>\``
      )
      return { kind: 'replied', command: 'invalid' }
    case 'waive': {
      const { permission, roleName } = await api.permission(repo, event.comment.author)
      if (!canWaive(permission, roleName)) {
        await api.react(repo, event.comment.id, 'confused')
        await reply(
          `${mention} only collaborators with write, maintain or admin access can waive handoff items; nothing was changed.`
        )
        return { kind: 'replied', command: 'not-allowed' }
      }
      return recheck(api, event, deps, 'waive')
    }
    case 'status':
      return recheck(api, event, deps, 'status')
  }
}

/**
 * Re-check the PR's current head (not the default branch the event runs on) and refresh comment and status. The
 * closing reaction answers the command: for `/handoff-status` 👍 when the PR passes and 😕 when it still fails; for
 * a waiver 👍 once it is applied (other items may still fail; the comment says which). 😕 also when the check could
 * not run.
 */
async function recheck(
  api: GitHubApi,
  event: CommentEvent,
  deps: BotDeps,
  command: 'status' | 'waive'
): Promise<BotResult> {
  await api.react(event.repo, event.comment.id, 'eyes')
  try {
    const pr = await api.getPull(event.repo, event.number)
    const check = await checkPullRequest(api, pr, deps.configPath, deps.engine)
    const published = await publish(api, pr, check, await deps.settings(pr), deps.log)
    await api.react(
      event.repo,
      event.comment.id,
      command === 'status' && published.failed ? 'confused' : '+1'
    )
    return { kind: 'checked', pr, check, published }
  } catch (err) {
    await api.react(event.repo, event.comment.id, 'confused').catch(() => undefined)
    throw err
  }
}
