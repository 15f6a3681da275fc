// Mocks of @actions/github: a mutable `context` and a `getOctokit` that returns a scripted Octokit stand-in.
import { jest } from '@jest/globals'

export const context = {
  eventName: 'pull_request',
  payload: {} as Record<string, unknown>,
  repo: { owner: 'acme', repo: 'shop' },
  runId: 7001,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com'
}

type Fn = jest.Mock<(params: Record<string, unknown>) => Promise<unknown>>

/** The Octokit surface src/github/api.ts uses, each call a mock the test scripts. */
export interface OctokitMock {
  paginate: jest.Mock<(method: unknown, params: unknown) => Promise<unknown[]>>
  graphql: jest.Mock<(query: string, variables?: Record<string, string>) => Promise<unknown>>
  rest: {
    pulls: { listFiles: Fn; get: Fn }
    issues: { listComments: Fn; createComment: Fn; updateComment: Fn }
    repos: { createCommitStatus: Fn; getCollaboratorPermissionLevel: Fn }
    reactions: { createForIssueComment: Fn }
    git: { getBlob: Fn }
  }
}

export function octokitMock(): OctokitMock {
  const fn = (): Fn =>
    jest.fn<(params: Record<string, unknown>) => Promise<unknown>>(async () => ({ data: {} }))
  return {
    paginate: jest.fn(async () => []),
    graphql: jest.fn(async () => ({})),
    rest: {
      pulls: { listFiles: fn(), get: fn() },
      issues: { listComments: fn(), createComment: fn(), updateComment: fn() },
      repos: { createCommitStatus: fn(), getCollaboratorPermissionLevel: fn() },
      reactions: { createForIssueComment: fn() },
      git: { getBlob: fn() }
    }
  }
}

export const getOctokit = jest.fn<(token: string, options?: unknown, ...plugins: unknown[]) => unknown>()
