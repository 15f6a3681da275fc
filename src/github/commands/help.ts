// The reply to `/handoff-help` and to unknown `/handoff-…` commands.
import { codeSpan } from '../../report/escape.js'

/** The docs page of the repository the action runs from (`GITHUB_ACTION_REPOSITORY`). */
export function docsUrl(serverUrl: string, actionRepository: string, ref = 'main'): string {
  return `${serverUrl}/${actionRepository}/blob/${ref}/docs/action.md#comment-commands`
}

export function helpText(docs: string, unknown?: string): string {
  const lines = [
    unknown
      ? `${codeSpan(unknown)} is not a handoff-check command. These are:`
      : 'handoff-check commands (first line of a comment):',
    '',
    '| Command | What it does |',
    '|---|---|',
    "| `/handoff-status` | Re-checks the pull request's current head and refreshes the comment and the `handoff-check` status. |",
    '| `/handoff-waive <item-id> [path] <reason…>` | Accepts a missing item (in one file, or in every file without a path); needs write access. Shown in the comment, no longer fails the check. |',
    '| `/handoff-help` | Shows this list. |',
    '',
    `Docs: ${docs}`
  ]
  return lines.join('\n') + '\n'
}
