// Waivers live in the PR's own comments: every run reads them all again, so there is no hidden state and the
// conversation is the audit trail. A waiver covers the findings that were open when it was taken in: the run that
// takes it in answers the waive comment with a reply that records their fingerprints, and later runs apply the
// waiver to those findings only. Pure: comments, the writers among their authors and the bot's login in, waivers out.
import type { ScopedWaiver } from '../../core/waivers.js'
import type { Waiver } from '../../vocabulary.js'
import { parseCommand } from './commands.js'

export interface PrComment {
  id: number
  body: string
  author: string
  /** `User`, `Bot` or `Organization`, as GitHub gives it. */
  authorType: string
  url: string
}

/** A writer's `/handoff-waive` comment. */
export interface WaiveCommand extends Waiver {
  commentId: number
  author: string
}

/** The login a GITHUB_TOKEN run writes as: whose comments count as this action's when its own login is unknown. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** Hidden first line of the reply that records what a waiver covers. */
const ACK = /^<!-- handoff-check:waiver (\d+) covers=([0-9a-f,]*) -->/

export function isBot(comment: Pick<PrComment, 'author' | 'authorType'>): boolean {
  return comment.authorType === 'Bot' || comment.author.endsWith('[bot]')
}

/** Authors whose permission must be looked up: those who wrote a well-formed waive command. */
export function waiveAuthors(comments: readonly PrComment[], knownItems: ReadonlySet<string>): string[] {
  const authors = comments
    .filter((c) => !isBot(c) && parseCommand(c.body, knownItems)?.kind === 'waive')
    .map((c) => c.author)
  return [...new Set(authors)].sort()
}

/** Waive commands in comment order (the last one for a finding wins), from writers only. */
export function collectWaivers(
  comments: readonly PrComment[],
  knownItems: ReadonlySet<string>,
  writers: ReadonlySet<string>
): WaiveCommand[] {
  const waivers: WaiveCommand[] = []
  for (const c of comments) {
    if (isBot(c) || !writers.has(c.author)) continue
    const command = parseCommand(c.body, knownItems)
    if (command?.kind !== 'waive') continue
    const waiver: WaiveCommand = {
      item: command.item,
      by: `@${c.author}`,
      reason: command.reason,
      url: c.url,
      commentId: c.id,
      author: c.author
    }
    if (command.path !== undefined) waiver.path = command.path
    waivers.push(waiver)
  }
  return waivers
}

/**
 * What each waive comment covers, from this action's own replies (`self`, or the Actions bot when the token's login
 * is unknown). Replies by anyone else are ignored, so nobody can widen a waiver by writing a reply of their own.
 */
export function collectCoverage(
  comments: readonly PrComment[],
  self: string | undefined
): Map<number, ReadonlySet<string>> {
  const login = self ?? ACTIONS_BOT
  const coverage = new Map<number, ReadonlySet<string>>()
  for (const c of comments) {
    if (c.author !== login) continue
    const m = ACK.exec(c.body)
    if (m && !coverage.has(Number(m[1]))) coverage.set(Number(m[1]), new Set(m[2].split(',').filter(Boolean)))
  }
  return coverage
}

/** The hidden line that records a waiver's coverage; the reply's text follows it. */
export function coverageLine(commentId: number, fingerprints: readonly string[]): string {
  return `<!-- handoff-check:waiver ${commentId} covers=${[...new Set(fingerprints)].sort().join(',')} -->`
}

/** The waivers to apply: each with its recorded coverage; waivers without one are `pending`. */
export function scopeWaivers(
  commands: readonly WaiveCommand[],
  coverage: ReadonlyMap<number, ReadonlySet<string>>
): { scoped: ScopedWaiver[]; pending: WaiveCommand[] } {
  const scoped: ScopedWaiver[] = []
  const pending: WaiveCommand[] = []
  for (const command of commands) {
    const covers = coverage.get(command.commentId)
    if (!covers) {
      pending.push(command)
      continue
    }
    const waiver: ScopedWaiver = { item: command.item, by: command.by, reason: command.reason, covers }
    if (command.url !== undefined) waiver.url = command.url
    if (command.path !== undefined) waiver.path = command.path
    scoped.push(waiver)
  }
  return { scoped, pending }
}
