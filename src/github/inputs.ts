// The action's inputs as one typed object. Pure: a getter in (main.ts passes core.getInput), Inputs out.
import type { CommentMode } from './publish/comment.js'
import type { FailOn } from './publish/verdict.js'

export interface Inputs {
  token: string
  configPath: string
  comment: CommentMode
  failOn: FailOn
}

export function parseInputs(get: (name: string) => string): Inputs {
  const token = get('github-token')
  if (token === '')
    throw new Error(
      'Input `github-token` is empty: pass `${{ github.token }}` or a token with pull-requests, statuses and issues write access.'
    )
  const configPath = get('config').trim().replace(/^\.\//, '') || '.github/handoff.yml'
  return {
    token,
    configPath,
    comment: oneOf(get, 'comment', ['always', 'on-failure', 'never'] as const, 'always'),
    failOn: oneOf(get, 'fail-on', ['error', 'warning', 'never'] as const, 'error')
  }
}

function oneOf<T extends string>(
  get: (name: string) => string,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = get(name).trim().toLowerCase()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`Input \`${name}\` must be one of ${allowed.join(', ')}; got "${value}".`)
}
