// What the action says about waivers: the reply that records what a waiver covers, and the comment's notes on
// waivers it could not apply. Pure: text out. Paths and items come from comments and files, so they are shown only
// inside code spans.
import type { Finding } from '../core/types.js'
import { errorLine } from './errors.js'
import { coverageLine } from './waivers.js'
import type { WaiveCommand } from './waivers.js'

/** Findings listed by line in a reply; the rest are counted. */
const LISTED = 20

export function coverageReply(
  command: WaiveCommand,
  matched: readonly { finding: Finding; fingerprint: string }[],
  headSha: string
): string {
  const head = code(headSha.slice(0, 7))
  const where = command.path === undefined ? 'in any file' : `in ${code(command.path)}`
  const lines = [
    coverageLine(
      command.commentId,
      matched.map((m) => m.fingerprint)
    )
  ]
  if (matched.length === 0) {
    lines.push(
      `@${command.author} this waiver matches no open finding: ${code(command.item)} is not reported ${where} at ${head}. Nothing was waived.`
    )
    return lines.join('\n') + '\n'
  }
  const n = matched.length
  lines.push(
    `@${command.author} waived ${code(command.item)} ${where} for the ${n === 1 ? 'finding' : `${n} findings`} open at ${head}:`,
    ''
  )
  for (const { finding } of matched.slice(0, LISTED))
    lines.push(`- ${code(finding.path)} line ${finding.line}`)
  if (n > LISTED) lines.push(`- and ${n - LISTED} more`)
  lines.push(
    '',
    'A finding that appears with a later push is not covered: it fails the check until it is waived again.'
  )
  return lines.join('\n') + '\n'
}

export function pendingNote(command: WaiveCommand): string {
  return `⏳ The waiver of ${code(command.item)} by ${command.by} is not applied yet: it covers the findings open when a writer's \`/handoff-waive\` or \`/handoff-status\` run takes it in.`
}

export function unrecordedNote(command: WaiveCommand, err: unknown): string {
  return `⚠️ The waiver of ${code(command.item)} by ${command.by} is not applied: its coverage could not be recorded (${code(errorLine(err).slice(0, 200))}). Give \`/handoff-status\` to try again.`
}

export function unverifiedNote(author: string, err: unknown): string {
  return `⚠️ The waivers of @${author} are not applied: their permission could not be looked up (${code(errorLine(err).slice(0, 200))}). Give \`/handoff-status\` to try again.`
}

/** A code span that no backtick, line break or table pipe inside can end early. */
function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return longest > 0 || flat.startsWith(' ') ? `${fence} ${flat} ${fence}` : `${fence}${flat}${fence}`
}
