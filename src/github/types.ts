// What the flows need from GitHub, as plain data. src/github/api.ts implements it with Octokit; the flows and their
// tests see only this interface.
import type { ChangedFile } from './pull-request/files.js'
import type { PrComment } from './commands/waivers.js'

export interface RepoRef {
  owner: string
  repo: string
}

export interface PullRequestRef {
  /** The repository the PR belongs to (where comments and statuses go). */
  base: RepoRef
  number: number
  baseSha: string
  /** The repository the head commit lives in: a fork for a fork PR. */
  head: RepoRef
  headSha: string
}

/** A file's content as GitHub stores it; undefined text for a binary file. */
export interface BlobContent {
  text?: string
  isBinary: boolean
  byteSize: number
}

export interface BlobQuery {
  repo: RepoRef
  sha: string
  paths: readonly string[]
  /** Each path's size in bytes when known: reads are batched so no response holds more than a few MB. */
  sizes?: ReadonlyMap<string, number>
}

/** What a path is at a commit, learnt before any content is read. */
export interface FileStat {
  /** `file` for a regular (or executable) file; a symbolic link or submodule is never read as one. */
  kind: 'file' | 'symlink' | 'submodule' | 'directory'
  byteSize: number
  isBinary: boolean
}

/** One entry of a recursive git tree. */
export interface TreeEntry {
  path: string
  /** The git mode as GitHub gives it: `100644`, `100755`, `120000` (symbolic link), `160000` (submodule), `040000`. */
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** A blob's size in bytes, when GitHub gives it. */
  size?: number
}

export interface GitTree {
  entries: TreeEntry[]
  /** GitHub left entries out (over 100,000 entries or 7 MB): the tree cannot be compared. */
  truncated: boolean
}

export type Reaction = 'eyes' | '+1' | 'confused'

export interface GitHubApi {
  listPullFiles(pr: PullRequestRef): Promise<ChangedFile[]>
  /** Reads many files in a few requests. Missing paths are absent from the map, keyed `<sha>:<path>`. */
  readBlobs(queries: readonly BlobQuery[]): Promise<Map<string, BlobContent>>
  /** What each path is (mode, size, binary) without reading it; missing paths are absent, keyed `<sha>:<path>`. */
  statFiles(queries: readonly BlobQuery[]): Promise<Map<string, FileStat>>
  /** The commit's whole tree, recursively: for a pull request whose file list GitHub cuts off. */
  listTree(repo: RepoRef, sha: string): Promise<GitTree>
  /** The login of the token's identity (`github-actions[bot]` for GITHUB_TOKEN); undefined when GitHub will not say. */
  viewerLogin(): Promise<string | undefined>
  getPull(repo: RepoRef, number: number): Promise<PullRequestRef>
  listComments(repo: RepoRef, number: number): Promise<PrComment[]>
  createComment(repo: RepoRef, number: number, body: string): Promise<number>
  updateComment(repo: RepoRef, id: number, body: string): Promise<void>
  createStatus(
    repo: RepoRef,
    sha: string,
    status: { state: 'success' | 'failure'; description: string; targetUrl: string; context: string }
  ): Promise<void>
  react(repo: RepoRef, commentId: number, content: Reaction): Promise<void>
  /** The `permission` (admin | write | read | none) and `role_name` of a user on the repository. */
  permission(repo: RepoRef, user: string): Promise<{ permission: string; roleName?: string }>
}

export function blobKey(sha: string, path: string): string {
  return `${sha}:${path}`
}

/** GitHub refused a write because the token may not write here (a fork PR's read-only token). */
export class WriteRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'WriteRefusedError'
  }
}
