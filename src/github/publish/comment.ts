// The sticky PR comment: one per PR, found again by a hidden marker and its author, rewritten only when its text
// changes. Pure: the report and where things live in, the body and the action to take out.
import type { Report } from '../../vocabulary.js'
import { renderMarkdown } from '../../report/markdown.js'
import { removedPaths } from '../pull-request/removed.js'
import { ACTIONS_BOT } from '../commands/waivers.js'

export const MARKER = '<!-- handoff-check -->'

/** GitHub refuses comments over 65,536 characters; measured in UTF-8 bytes (never fewer), with a margin for the marker. */
export const COMMENT_LIMIT = 65_000

export interface CommentLinks {
  serverUrl: string
  /** `owner/name` of the repository the head commit lives in (the fork, for a fork PR). */
  headRepo: string
  headSha: string
  /** `owner/name` of the pull request's repository and its base commit: where a removed file can still be seen. */
  baseRepo: string
  baseSha: string
  /** The workflow run, where the job summary holds the full report. */
  runUrl: string
}

/** A line of a file at the head commit, or at the base commit for a file the pull request removes. */
export function blobLink(
  links: CommentLinks,
  path: string,
  line: number,
  at: 'head' | 'base' = 'head'
): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  const [repo, sha] = at === 'head' ? [links.headRepo, links.headSha] : [links.baseRepo, links.baseSha]
  return `${links.serverUrl}/${repo}/blob/${sha}/${encoded}#L${line}`
}

/** The report's links: removed files point at the base commit, the rest at the head. */
export function reportLink(links: CommentLinks, report: Report): (path: string, line: number) => string {
  const removed = removedPaths(report)
  return (path, line) => blobLink(links, path, line, removed.has(path) ? 'base' : 'head')
}

export function commentBody(
  report: Report,
  links: CommentLinks,
  notes: readonly string[],
  mention = false
): string {
  const markdown = renderMarkdown(report, {
    mention,
    link: reportLink(links, report),
    maxBytes: COMMENT_LIMIT - MARKER.length - 1,
    truncatedNote: `The [job summary](${links.runUrl}) has the full report.`,
    notes: [...notes]
  })
  return `${MARKER}\n${markdown}`
}

export interface ExistingComment {
  id: number
  body: string
  author: string
  authorType: string
}

/**
 * The comment this action wrote before: it carries the marker and was written by the token's identity. When that
 * identity is unknown (the lookup failed), only the Actions bot's comment is taken, as GITHUB_TOKEN writes it; with
 * another token a new comment is created rather than another author's comment edited.
 */
export function findSticky(
  comments: readonly ExistingComment[],
  self: string | undefined
): ExistingComment | undefined {
  const login = self ?? ACTIONS_BOT
  return comments.find((c) => c.body.startsWith(MARKER) && c.author === login)
}

export type CommentMode = 'always' | 'on-failure' | 'never'

export type CommentAction =
  | { kind: 'create'; body: string }
  | { kind: 'update'; id: number; body: string }
  | { kind: 'none'; reason: 'unchanged' | 'not-needed' | 'disabled' }

/**
 * `always`: comment whenever the PR touches a contract or model card (or fails without one: a check that could not
 * see every file); `on-failure`: only once something fails.
 * Either way an existing comment is kept current (so it turns green when the PR is fixed); `never` writes nothing.
 */
export function decideComment(
  existing: ExistingComment | undefined,
  body: string,
  mode: CommentMode,
  report: Report,
  failed: boolean
): CommentAction {
  if (mode === 'never') return { kind: 'none', reason: 'disabled' }
  if (existing) {
    return existing.body === body
      ? { kind: 'none', reason: 'unchanged' }
      : { kind: 'update', id: existing.id, body }
  }
  const wanted = mode === 'always' ? report.files.length > 0 || failed : failed
  return wanted ? { kind: 'create', body } : { kind: 'none', reason: 'not-needed' }
}
