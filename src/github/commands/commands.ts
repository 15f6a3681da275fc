// PR comment commands. Pure: a comment body in, a typed command out. Only the first line of a comment is read, so
// quoting a command further down (or in a reply) never triggers it.
import { codeSpan } from '../../report/escape.js'

export type Command =
  | { kind: 'status' }
  | { kind: 'help' }
  | { kind: 'waive'; item: string; path?: string; reason: string }
  /** A `/handoff-waive` that cannot be applied: `problem` says why, in one line. */
  | { kind: 'invalid'; problem: string }
  /** A `/handoff-…` command that does not exist: answered with the help text. */
  | { kind: 'unknown'; name: string }

export const COMMAND_PREFIX = '/handoff-'

/**
 * Parse the first line of a comment. Returns undefined when it is not a `/handoff-…` command at all.
 *
 * `/handoff-waive <item-id> [path] <reason…>`: the token after the item id is a path when it contains a `/` or ends
 * in a file extension that starts with a letter (`orders.yaml`, `README.md`). A path needs a reason after it: a
 * path alone is refused, never read as the reason (which would waive the item in every file). Backticks around the
 * path are dropped; the path is normalised (`./`, a leading `/`, `a/../b`) and one that leaves the repository is
 * refused.
 */
export function parseCommand(body: string, knownItems: ReadonlySet<string>): Command | undefined {
  const firstLine = body
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .trim()
  if (!firstLine.toLowerCase().startsWith(COMMAND_PREFIX)) return undefined
  const [word, ...rest] = firstLine.split(/\s+/)
  const name = word.slice(COMMAND_PREFIX.length).toLowerCase()
  if (name === 'status') return { kind: 'status' }
  if (name === 'help') return { kind: 'help' }
  if (name === 'waive') return parseWaive(rest, knownItems)
  return { kind: 'unknown', name: word }
}

function parseWaive(tokens: string[], knownItems: ReadonlySet<string>): Command {
  const [item, ...rest] = tokens
  if (item === undefined)
    return { kind: 'invalid', problem: 'name the handoff item to waive and give a reason.' }
  if (!knownItems.has(item))
    return { kind: 'invalid', problem: `${codeSpan(item)} is not a handoff item id.` }
  let path: string | undefined
  if (rest.length > 0 && isPathToken(rest[0])) {
    const token = rest.shift()!
    path = normalisePath(token)
    if (path === undefined)
      return {
        kind: 'invalid',
        problem: `\`${token.replace(/`/g, '')}\` is not a path inside the repository.`
      }
    if (rest.length === 0) return { kind: 'invalid', problem: 'a waiver needs a reason after the path.' }
  }
  const reason = rest.join(' ').trim()
  if (reason === '')
    return { kind: 'invalid', problem: 'a waiver needs a reason after the item id (and path).' }
  return path === undefined ? { kind: 'waive', item, reason } : { kind: 'waive', item, path, reason }
}

export function isPathToken(token: string): boolean {
  const bare = token.replace(/^`|`$/g, '')
  return bare.includes('/') || /\.[A-Za-z][A-Za-z0-9]*$/.test(bare)
}

/** The repository-relative path a token names; undefined when it climbs out of the repository or names nothing. */
export function normalisePath(token: string): string | undefined {
  const bare = token.replace(/^`|`$/g, '').replace(/\\/g, '/')
  const parts: string[] = []
  for (const part of bare.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.length > 0 ? parts.join('/') : undefined
}
