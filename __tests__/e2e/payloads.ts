// Event payloads and REST objects built from GitHub's real ones in @octokit/webhooks-examples, with the repository,
// numbers and SHAs of each test.
import { createRequire } from 'node:module'

interface Example {
  name: string
  examples: Record<string, unknown>[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[]

function example(event: string, action: string): Json {
  const found = examples.find((e) => e.name === event)?.examples.find((x) => x.action === action)
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${action}`)
  return structuredClone(found)
}

export function pullRequestTemplate(): Json {
  return example('pull_request', 'opened').pull_request
}

export function commentTemplate(): Json {
  return example('issue_comment', 'created').comment
}

export interface RepoName {
  owner: string
  name: string
}

function repository(template: Json, repo: RepoName, fork = false): Json {
  return {
    ...template,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    fork,
    owner: { ...template.owner, login: repo.owner },
    html_url: `https://github.com/${repo.owner}/${repo.name}`
  }
}

export interface PullEventOptions {
  action: 'opened' | 'synchronize'
  repo: RepoName
  number: number
  baseSha: string
  headSha: string
  /** The fork the head commit lives in; the base repository when undefined. */
  headRepo?: RepoName
}

export function pullRequestEvent(o: PullEventOptions): Json {
  const payload = example('pull_request', o.action)
  const pr = payload.pull_request
  const head = o.headRepo ?? o.repo
  payload.number = o.number
  payload.repository = repository(payload.repository, o.repo)
  pr.number = o.number
  pr.html_url = `https://github.com/${o.repo.owner}/${o.repo.name}/pull/${o.number}`
  pr.base = { ...pr.base, sha: o.baseSha, ref: 'main', repo: repository(pr.base.repo, o.repo) }
  pr.head = {
    ...pr.head,
    sha: o.headSha,
    ref: 'feature',
    label: `${head.owner}:feature`,
    repo: repository(pr.head.repo, head, o.headRepo !== undefined)
  }
  if (o.action === 'synchronize') payload.after = o.headSha
  return payload
}

export interface CommentEventOptions {
  repo: RepoName
  number: number
  commentId: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  /** Whether the issue is a pull request (GitHub sets `issue.pull_request`). */
  onPullRequest?: boolean
}

export function issueCommentEvent(o: CommentEventOptions): Json {
  const payload = example('issue_comment', 'created')
  payload.repository = repository(payload.repository, o.repo)
  payload.issue.number = o.number
  if (o.onPullRequest === false) delete payload.issue.pull_request
  else {
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/${o.repo.owner}/${o.repo.name}/pulls/${o.number}`,
      html_url: `https://github.com/${o.repo.owner}/${o.repo.name}/pull/${o.number}`,
      diff_url: `https://github.com/${o.repo.owner}/${o.repo.name}/pull/${o.number}.diff`,
      patch_url: `https://github.com/${o.repo.owner}/${o.repo.name}/pull/${o.number}.patch`,
      merged_at: null
    }
  }
  payload.comment = {
    ...payload.comment,
    id: o.commentId,
    body: o.body,
    user: { ...payload.comment.user, login: o.user.login, type: o.user.type },
    html_url: `https://github.com/${o.repo.owner}/${o.repo.name}/pull/${o.number}#issuecomment-${o.commentId}`
  }
  payload.sender = { ...payload.sender, login: o.user.login, type: o.user.type }
  return payload
}
