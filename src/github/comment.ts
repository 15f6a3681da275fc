// The sticky PR comment: one per PR, found again by a hidden marker and its author, rewritten only when its text
// changes. Pure: the report and where things live in, the body and the action to take out.
import type { Report } from '../core/types.js'
import { renderMarkdown } from '../report/markdown.js'

export const MARKER = '<!-- handoff-check -->'

/** GitHub refuses comments over 65,536 characters; keep a margin for the marker. */
export const COMMENT_LIMIT = 65_000

export interface CommentLinks {
  serverUrl: string
  /** `owner/name` of the repository the head commit lives in (the fork, for a fork PR). */
  headRepo: string
  headSha: string
  /** The workflow run, where the job summary holds the full report. */
  runUrl: string
}

export function blobLink(links: CommentLinks, path: string, line: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `${links.serverUrl}/${links.headRepo}/blob/${links.headSha}/${encoded}#L${line}`
}

export function commentBody(report: Report, links: CommentLinks, notes: readonly string[]): string {
  const markdown = renderMarkdown(report, {
    link: (path, line) => blobLink(links, path, line),
    maxLength: COMMENT_LIMIT - MARKER.length - 1,
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
 * identity is unknown (the lookup failed), any bot's comment with the marker is taken.
 */
export function findSticky(
  comments: readonly ExistingComment[],
  self: string | undefined
): ExistingComment | undefined {
  return comments.find(
    (c) => c.body.startsWith(MARKER) && (self === undefined ? c.authorType === 'Bot' : c.author === self)
  )
}

export type CommentMode = 'always' | 'on-failure' | 'never'

export type CommentAction =
  | { kind: 'create'; body: string }
  | { kind: 'update'; id: number; body: string }
  | { kind: 'none'; reason: 'unchanged' | 'not-needed' | 'disabled' }

/**
 * `always`: comment whenever the PR touches a contract or model card; `on-failure`: only once something fails.
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
  const wanted = mode === 'always' ? report.files.length > 0 : failed
  return wanted ? { kind: 'create', body } : { kind: 'none', reason: 'not-needed' }
}
