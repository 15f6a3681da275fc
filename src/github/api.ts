// Every GitHub call the action makes, in one place. The rest of the code sees the GitHubApi interface.
import type { getOctokit } from '@actions/github'
import { buildBlobQueries } from './blob-query.js'
import type { ChangedFile } from './files.js'
import type { BlobContent, BlobQuery, GitHubApi, PullRequestRef, Reaction, RepoRef } from './types.js'
import { blobKey, WriteRefusedError } from './types.js'
import type { PrComment } from './waivers.js'

export type Octokit = ReturnType<typeof getOctokit>

const NOT_ACCESSIBLE = /Resource not accessible by integration/i

interface GraphqlBlob {
  oid: string
  text: string | null
  isBinary: boolean | null
  isTruncated: boolean
  byteSize: number
}

export function createApi(octokit: Octokit): GitHubApi {
  // A run asks for the same commenter's permission twice (the command's author, then every waiver's author);
  // GitHub logins are case-insensitive. A failed lookup is not kept, so a retry asks again.
  const permissions = new Map<string, Promise<{ permission: string; roleName?: string }>>()
  return {
    async listPullFiles(pr) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: pr.base.owner,
        repo: pr.base.repo,
        pull_number: pr.number,
        per_page: 100
      })
      return files.map((f) => {
        const file: ChangedFile = { path: f.filename, status: f.status }
        if (f.previous_filename) file.previousPath = f.previous_filename
        return file
      })
    },

    async readBlobs(queries: readonly BlobQuery[]) {
      const out = new Map<string, BlobContent>()
      for (const built of buildBlobQueries(queries)) {
        const data = await octokit.graphql<Record<string, Record<string, GraphqlBlob | null> | null>>(
          built.query,
          built.variables
        )
        for (const { repoAlias, fileAlias, ref } of built.refs) {
          const blob = data[repoAlias]?.[fileAlias]
          if (!blob || typeof blob.byteSize !== 'number') continue
          let text = blob.isBinary ? undefined : (blob.text ?? undefined)
          if (!blob.isBinary && blob.isTruncated) text = await readLargeBlob(octokit, ref.repo, blob.oid)
          out.set(blobKey(ref.sha, ref.path), {
            text,
            isBinary: blob.isBinary === true,
            byteSize: blob.byteSize
          })
        }
      }
      return out
    },

    async viewerLogin() {
      try {
        const data = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
        return data.viewer.login
      } catch {
        return undefined
      }
    },

    async getPull(repo, number): Promise<PullRequestRef> {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number })
      const headRepo = data.head.repo ?? data.base.repo
      return {
        base: repo,
        number,
        baseSha: data.base.sha,
        head: { owner: headRepo.owner.login, repo: headRepo.name },
        headSha: data.head.sha
      }
    },

    async listComments(repo, number) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: number,
        per_page: 100
      })
      return comments.map((c): PrComment => ({
        id: c.id,
        body: c.body ?? '',
        author: c.user?.login ?? '',
        authorType: c.user?.type ?? 'User',
        url: c.html_url
      }))
    },

    async createComment(repo, number, body) {
      const { data } = await write(() =>
        octokit.rest.issues.createComment({ ...repo, issue_number: number, body })
      )
      return data.id
    },

    async updateComment(repo, id, body) {
      await write(() => octokit.rest.issues.updateComment({ ...repo, comment_id: id, body }))
    },

    async createStatus(repo, sha, status) {
      await write(() =>
        octokit.rest.repos.createCommitStatus({
          ...repo,
          sha,
          state: status.state,
          description: status.description,
          target_url: status.targetUrl,
          context: status.context
        })
      )
    },

    async react(repo: RepoRef, commentId: number, content: Reaction) {
      await write(() =>
        octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content })
      )
    },

    permission(repo, user) {
      const key = `${repo.owner}/${repo.repo}:${user}`.toLowerCase()
      let cached = permissions.get(key)
      if (!cached) {
        cached = readPermission(octokit, repo, user)
        permissions.set(key, cached)
        cached.catch(() => permissions.delete(key))
      }
      return cached
    }
  }
}

async function readPermission(
  octokit: Octokit,
  repo: RepoRef,
  user: string
): Promise<{ permission: string; roleName?: string }> {
  const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: user })
  const roleName = (data as { role_name?: string }).role_name
  return roleName === undefined ? { permission: data.permission } : { permission: data.permission, roleName }
}

async function readLargeBlob(octokit: Octokit, repo: RepoRef, oid: string): Promise<string> {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: oid })
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')
}

/** A write the token is not allowed to make becomes WriteRefusedError; everything else passes through. */
async function write<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (err) {
    const status = (err as { status?: unknown }).status
    const message = err instanceof Error ? err.message : String(err)
    if (status === 403 || (status === 404 && NOT_ACCESSIBLE.test(message))) {
      throw new WriteRefusedError(status, message)
    }
    throw err
  }
}
