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
  /** How long one request (headers and body) may take before it is aborted. Default 30 s. */
  requestTimeoutMs?: number
  /**
   * Time all rate-limit waits and timed-out attempts of a run may use together. Default 2 minutes; past it requests
   * fail at once with a message that says so, and the run fails closed.
   */
  waitBudgetMs?: number
  log: { warning(message: string): void }
}

const MAX_RATE_LIMIT_RETRIES = 2
/** Retries of a failed request (5xx, timeouts); GitHub's own guidance is a few, spaced out. */
const MAX_RETRIES = 2
export const REQUEST_TIMEOUT_MS = 30_000
export const WAIT_BUDGET_MS = 120_000

export function createOctokit(token: string, settings: OctokitSettings): Octokit {
  const budget = new WaitBudget(settings.waitBudgetMs ?? WAIT_BUDGET_MS)
  const timeoutMs = settings.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const waitMs = retryAfter * settings.retryAfterBaseMs
      if (retryCount >= MAX_RATE_LIMIT_RETRIES || !budget.spend(waitMs)) {
        settings.log.warning(
          `GitHub ${kind} on ${options.method} ${options.url} asks to wait ${retryAfter}s; not waiting (${budget.describe()}).`
        )
        return false
      }
      settings.log.warning(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${retryAfter}s.`)
      return true
    }
  return getOctokit(
    token,
    {
      baseUrl: settings.baseUrl,
      request: { fetch: timedFetch(timeoutMs, budget) },
      retry: { retryAfterBaseValue: settings.retryAfterBaseMs, retries: MAX_RETRIES },
      throttle: {
        ...(settings.writeSpacingMs === undefined ? {} : spacedGroups(settings.writeSpacingMs)),
        retryAfterBaseValue: settings.retryAfterBaseMs,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
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

/** The time a run may lose to waiting on GitHub: rate-limit pauses and attempts that timed out. */
export class WaitBudget {
  private spent = 0
  constructor(private readonly limitMs: number) {}

  /** Take `ms` from the budget; false (and nothing taken) when it would go over. */
  spend(ms: number): boolean {
    if (this.spent + ms > this.limitMs) return false
    this.spent += ms
    return true
  }

  /** Record time already lost; it may go over, after which `exhausted` is true. */
  lose(ms: number): void {
    this.spent += ms
  }

  get exhausted(): boolean {
    return this.spent >= this.limitMs
  }

  describe(): string {
    return `${duration(this.spent)} of the ${duration(this.limitMs)} allowed for waits and retries used`
  }
}

/**
 * fetch with a deadline per request (headers and body), counting timed-out attempts against the budget; once the
 * budget is gone every request fails at once, so retries cannot keep a run alive past it.
 */
export function timedFetch(timeoutMs: number, budget: WaitBudget, base: typeof fetch = fetch): typeof fetch {
  return async (input, init = {}) => {
    const what = `${init.method ?? 'GET'} ${describeUrl(input)}`
    if (budget.exhausted)
      throw new Error(`GitHub did not answer in time: ${budget.describe()}; gave up on ${what}.`)
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    const started = Date.now()
    try {
      const response = await base(input, { ...init, signal })
      // The body is read here, under the same deadline: a response that stalls half-way fails as a timeout instead
      // of reaching Octokit as an empty text.
      const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer()
      const buffered = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      })
      Object.defineProperty(buffered, 'url', { value: response.url })
      return buffered
    } catch (err) {
      if (!deadline.aborted) throw err
      budget.lose(Date.now() - started)
      throw new Error(`GitHub did not answer ${what} within ${duration(timeoutMs)}.`, { cause: err })
    }
  }
}

const NULL_BODY = new Set([101, 204, 205, 304])

function describeUrl(input: Parameters<typeof fetch>[0]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  return url.replace(/^https?:\/\/[^/]+/, '').split('?')[0]
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`
}
