// The Octokit the action uses: GitHub's API URL from the runner, transient errors retried, rate limits respected.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit } from './api.js'

export interface OctokitSettings {
  baseUrl: string
  /** Milliseconds a retry waits per unit GitHub asks for (1000 in production; small in tests). */
  retryAfterBaseMs: number
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
