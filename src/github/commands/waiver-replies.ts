// What the action says about waivers: the reply that records what a waiver covers (a comment of its own, so its
// paths are written as code spans here), and the comment's notes on waivers it could not apply (messages whose
// `…` parts the Markdown renderer turns into code spans). Pure: text out.
import type { Finding } from '../../vocabulary.js'
import { codeSpan as code } from '../../report/escape.js'
import { errorLine } from '../api/errors.js'
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
  return `⏳ The waiver of \`${command.item}\` by ${command.by} is not applied yet: it covers the findings open when a writer's \`/handoff-waive\` or \`/handoff-status\` run takes it in.`
}

export function unrecordedNote(command: WaiveCommand, err: unknown): string {
  return `⚠️ The waiver of \`${command.item}\` by ${command.by} is not applied: its coverage could not be recorded (\`${quoted(err)}\`). Give \`/handoff-status\` to try again.`
}

export function unverifiedNote(author: string, err: unknown): string {
  return `⚠️ The waivers of @${author} are not applied: their permission could not be looked up (\`${quoted(err)}\`). Give \`/handoff-status\` to try again.`
}

/** An error's first line for a note's code part: a backtick inside would end it early. */
function quoted(err: unknown): string {
  return errorLine(err).slice(0, 200).replace(/`/g, "'")
}
