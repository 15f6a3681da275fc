// Every GitHub call the action makes, in one place. The rest of the code sees the GitHubApi interface.
import type { getOctokit } from '@actions/github'
import { decodeBytes } from '../../parse/decode.js'
import { buildBlobQueries, buildStatQueries } from './blob-query.js'
import type { ChangedFile } from '../pull-request/files.js'
import type {
  BlobContent,
  BlobQuery,
  FileStat,
  GitHubApi,
  PullRequestRef,
  Reaction,
  RepoRef,
  TreeEntry
} from '../types.js'
import { blobKey, WriteRefusedError } from '../types.js'
import type { PrComment } from '../commands/waivers.js'

export type Octokit = ReturnType<typeof getOctokit>

const NOT_ACCESSIBLE = /Resource not accessible by integration/i

interface GraphqlEntry {
  mode: number
  type?: string
  object: { byteSize?: number; isBinary?: boolean | null } | null
}

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
        const data = expectObject(
          await octokit.graphql<unknown>(built.query, built.variables),
          'the GraphQL file query'
        )
        for (const { repoAlias, fileAlias, ref } of built.refs) {
          const blob = (data[repoAlias] as Record<string, GraphqlBlob | null> | null | undefined)?.[fileAlias]
          if (!blob || typeof blob.byteSize !== 'number') continue
          let text = blob.isBinary ? undefined : (blob.text ?? undefined)
          // GitHub's text is cut short for big files, absent for what it deems binary (UTF-16 among it), and a NUL
          // byte says it guessed the encoding wrong: read the bytes and decode them ourselves.
          if (text === undefined || blob.isTruncated || text.includes('\0')) {
            text = decodeBytes(await readBlobBytes(octokit, ref.repo, blob.oid))
          }
          out.set(blobKey(ref.sha, ref.path), {
            text,
            isBinary: blob.isBinary === true,
            byteSize: blob.byteSize
          })
        }
      }
      return out
    },

    async statFiles(queries: readonly BlobQuery[]) {
      const out = new Map<string, FileStat>()
      for (const built of buildStatQueries(queries)) {
        const data = expectObject(
          await octokit.graphql<unknown>(built.query, built.variables),
          'the GraphQL file-size query'
        )
        for (const { repoAlias, commitAlias, fileAlias, ref } of built.refs) {
          const repo = data[repoAlias] as Record<string, Record<string, GraphqlEntry | null> | null> | null
          const entry = repo?.[commitAlias]?.[fileAlias]
          if (!entry || typeof entry.mode !== 'number') continue
          out.set(blobKey(ref.sha, ref.path), {
            kind: entryKind(entry.mode, entry.type),
            byteSize: entry.object?.byteSize ?? 0,
            isBinary: entry.object?.isBinary === true
          })
        }
      }
      return out
    },

    async listTree(repo, sha) {
      const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: '1' })
      const tree = expectObject(data, 'the git tree request')
      if (!Array.isArray(tree.tree)) throw new Error(`GitHub's git tree for ${sha} has no entries list.`)
      return {
        truncated: tree.truncated === true,
        entries: data.tree.flatMap((e) =>
          e.path !== undefined && e.mode !== undefined && e.sha !== undefined && isEntryType(e.type)
            ? [
                {
                  path: e.path,
                  mode: e.mode,
                  type: e.type,
                  sha: e.sha,
                  ...(typeof e.size === 'number' ? { size: e.size } : {})
                }
              ]
            : []
        )
      }
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

async function readBlobBytes(octokit: Octokit, repo: RepoRef, oid: string): Promise<Buffer> {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: oid })
  const blob = expectObject(data, 'the git blob request')
  if (typeof blob.content !== 'string') throw new Error(`GitHub's git blob ${oid} has no content.`)
  return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8')
}

/**
 * GitHub's answer as the object that was asked for. Octokit hands back the response text when it is not JSON (or
 * too large for JSON.parse to take), and reading fields off a string fails far from the cause.
 */
export function expectObject(data: unknown, what: string): Record<string, unknown> {
  if (typeof data === 'object' && data !== null && !Array.isArray(data))
    return data as Record<string, unknown>
  const text = typeof data === 'string' ? data : JSON.stringify(data)
  const length = typeof data === 'string' ? `${Buffer.byteLength(data)} bytes` : typeof data
  throw new Error(`GitHub's response to ${what} was not JSON (${length}): ${String(text).slice(0, 120)}`)
}

/** A tree entry's kind from its git mode (an integer in GraphQL: 0o120000 = 40960 is a symbolic link). */
export function entryKind(mode: number, type: string | undefined): FileStat['kind'] {
  const format = mode & 0o170000
  if (type === 'commit' || format === 0o160000) return 'submodule'
  if (format === 0o120000) return 'symlink'
  if (type === 'tree' || format === 0o040000) return 'directory'
  return 'file'
}

function isEntryType(type: string | undefined): type is TreeEntry['type'] {
  return type === 'blob' || type === 'tree' || type === 'commit'
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
