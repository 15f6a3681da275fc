// The Octokit the action uses: GitHub's API URL from the runner, transient errors retried, rate limits respected.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'
import type { Octokit } from './api.js'

export interface OctokitSettings {
  baseUrl: string
  /** Milliseconds a retry waits per unit GitHub asks for (1000 in production; small in tests). */
  retryAfterBaseMs: number
  /**
   * Minimum milliseconds between writes (and GraphQL queries, and comment creations). Unset in production: the
   * throttling plugin's own spacing applies (1 s between writes, 3 s between notification-triggering writes, as
   * GitHub's best practices ask). Tests set it small.
   */
  writeSpacingMs?: number
  log: { warning(message: string): void }
}

const MAX_RATE_LIMIT_RETRIES = 2

export function createOctokit(token: string, settings: OctokitSettings): Octokit {
  return getOctokit(
    token,
    {
      baseUrl: settings.baseUrl,
      retry: { retryAfterBaseValue: settings.retryAfterBaseMs },
      throttle: {
        ...(settings.writeSpacingMs === undefined ? {} : spacedGroups(settings.writeSpacingMs)),
        retryAfterBaseValue: settings.retryAfterBaseMs,
        onRateLimit: (retryAfter, options, _octokit, retryCount) => {
          settings.log.warning(
            `GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`
          )
          return retryCount < MAX_RATE_LIMIT_RETRIES
        },
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
          settings.log.warning(
            `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`
          )
          return retryCount < MAX_RATE_LIMIT_RETRIES
        }
      }
    },
    retry,
    throttling
  )
}

/** The plugin's write and notification limiters, with the given spacing instead of 1 s and 3 s. */
function spacedGroups(minTime: number): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ id: 'handoff-check-write', maxConcurrent: 1, minTime }),
    notifications: new Bottleneck.Group({ id: 'handoff-check-notifications', maxConcurrent: 1, minTime })
  }
}
