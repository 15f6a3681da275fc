// Waivers live in the PR's own comments: every run reads them all again, so there is no hidden state and the
// conversation is the audit trail. Pure: comments and the writers among their authors in, waivers out.
import type { Waiver } from '../core/types.js'
import { parseCommand } from './commands.js'

export interface PrComment {
  id: number
  body: string
  author: string
  /** `User`, `Bot` or `Organization`, as GitHub gives it. */
  authorType: string
  url: string
}

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

/** Waivers in comment order (the last one for a finding wins), from writers only. */
export function collectWaivers(
  comments: readonly PrComment[],
  knownItems: ReadonlySet<string>,
  writers: ReadonlySet<string>
): Waiver[] {
  const waivers: Waiver[] = []
  for (const c of comments) {
    if (isBot(c) || !writers.has(c.author)) continue
    const command = parseCommand(c.body, knownItems)
    if (command?.kind !== 'waive') continue
    const waiver: Waiver = { item: command.item, by: `@${c.author}`, reason: command.reason, url: c.url }
    if (command.path !== undefined) waiver.path = command.path
    waivers.push(waiver)
  }
  return waivers
}
