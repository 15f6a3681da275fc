// A stateful fake of the GitHub REST and GraphQL API on 127.0.0.1, answering in GitHub's own response shapes
// (taken from the @octokit/webhooks-examples payloads, which share the REST objects). It records every request, so
// tests assert the exact calls an action run makes.
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { commentTemplate, pullRequestTemplate } from './payloads.js'

export interface FakeRepo {
  owner: string
  name: string
}

/** A tree entry that is not a regular file: a symbolic link (mode 120000) or a submodule (mode 160000). */
export type FakeSpecial = { symlink: string } | { submodule: string }

/** What a commit holds at a path: text, raw bytes (UTF-16, binary), or a link or submodule. */
export type FakeContent = string | Buffer | FakeSpecial

interface FakeEntry {
  mode: '100644' | '120000' | '160000'
  bytes: Buffer
  oid: string
}

export interface FakeFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  previous_filename?: string
}

export interface FakePull {
  number: number
  base: { repo: FakeRepo; sha: string; ref: string }
  head: { repo: FakeRepo; sha: string; ref: string }
  files: FakeFile[]
}

export interface FakeComment {
  id: number
  issue: number
  repo: string
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  created_at: string
  updated_at: string
}

export interface RecordedRequest {
  method: string
  /** Path and query, e.g. `/repos/acme/shop/pulls/42/files?per_page=100&page=2`. */
  url: string
  body: unknown
}

export interface InjectedFailure {
  method: string
  url: RegExp
  status: number
  message: string
  /** How many requests to fail before answering normally again. */
  times: number
  /** Response headers, e.g. the rate-limit headers GitHub sends with a 403 or 429. */
  headers?: Record<string, string>
}

/** Requests that get no answer at all: the connection stays open until the client gives up. */
export interface InjectedStall {
  method: string
  url: RegExp
  times: number
}

const NOT_ACCESSIBLE = 'Resource not accessible by integration'

export class FakeGitHub {
  /** Commit contents: `owner/name@sha` → path → entry. */
  readonly trees = new Map<string, Map<string, FakeEntry>>()
  /** Commits whose recursive git tree GitHub cuts off (`truncated: true`), as it does past 100,000 entries. */
  readonly truncatedTrees = new Set<string>()
  readonly pulls = new Map<string, FakePull>()
  readonly comments: FakeComment[] = []
  readonly statuses: {
    repo: string
    sha: string
    state: string
    description: string
    target_url: string
    context: string
  }[] = []
  readonly reactions: { repo: string; commentId: number; content: string; user: string }[] = []
  /** Collaborator permissions by login: `permission` as the API gives it (admin | write | read | none) and `role_name`. */
  readonly permissions = new Map<string, { permission: string; role_name: string }>()
  readonly requests: RecordedRequest[] = []
  readonly failures: InjectedFailure[] = []
  readonly stalls: InjectedStall[] = []
  /** The token's identity: author of the action's comments and reactions. */
  viewer = 'github-actions[bot]'
  /** A fork PR's token on `pull_request`: every write is refused with 403. */
  readOnly = false
  /** Blobs larger than this come back from GraphQL cut short with `isTruncated: true`, as GitHub does for big files. */
  truncateAbove = Number.POSITIVE_INFINITY
  private nextId = 1_000
  private server?: Server
  private clock = Date.parse('2026-11-24T08:00:00Z')

  get url(): string {
    const address = this.server?.address() as AddressInfo | null
    if (!address) throw new Error('fake GitHub is not listening')
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => send(res, 500, { message: String(err) }))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve, reject) => this.server?.close((err) => (err ? reject(err) : resolve())))
  }

  commit(repo: FakeRepo, sha: string, files: Record<string, FakeContent>): void {
    const entries = Object.entries(files).map(([path, content]): [string, FakeEntry] => {
      if (typeof content === 'string' || Buffer.isBuffer(content)) {
        const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content)
        return [path, { mode: '100644', bytes, oid: oid(bytes.toString('latin1')) }]
      }
      if ('symlink' in content) {
        const bytes = Buffer.from(content.symlink)
        return [path, { mode: '120000', bytes, oid: oid(`link:${content.symlink}`) }]
      }
      return [path, { mode: '160000', bytes: Buffer.alloc(0), oid: content.submodule }]
    })
    this.trees.set(`${repo.owner}/${repo.name}@${sha}`, new Map(entries))
  }

  addPull(pull: FakePull): void {
    this.pulls.set(`${pull.base.repo.owner}/${pull.base.repo.name}#${pull.number}`, pull)
  }

  addComment(repo: FakeRepo, issue: number, body: string, user: FakeComment['user']): FakeComment {
    const at = this.tick()
    const comment = {
      id: this.nextId++,
      issue,
      repo: `${repo.owner}/${repo.name}`,
      body,
      user,
      created_at: at,
      updated_at: at
    }
    this.comments.push(comment)
    return comment
  }

  /** `METHOD /path` of every request so far, without query strings unless `withQuery`. */
  calls(withQuery = false): string[] {
    return this.requests.map((r) => `${r.method} ${withQuery ? r.url : r.url.split('?')[0]}`)
  }

  private tick(): string {
    this.clock += 60_000
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z')
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const body: unknown = raw === '' ? undefined : JSON.parse(raw)
    const url = req.url ?? '/'
    const method = req.method ?? 'GET'
    this.requests.push({ method, url, body })
    const failure = this.failures.find((f) => f.method === method && f.url.test(url) && f.times > 0)
    if (failure) {
      failure.times--
      return send(
        res,
        failure.status,
        { message: failure.message, documentation_url: 'https://docs.github.com/rest' },
        failure.headers
      )
    }
    const stall = this.stalls.find((f) => f.method === method && f.url.test(url) && f.times > 0)
    if (stall) {
      stall.times--
      return
    }
    const u = new URL(url, this.url)
    const path = u.pathname
    const isWrite = method !== 'GET' && path !== '/graphql'
    if (isWrite && this.readOnly) {
      return send(res, 403, {
        message: NOT_ACCESSIBLE,
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403'
      })
    }
    if (method === 'POST' && path === '/graphql')
      return this.graphql(res, body as { query: string; variables?: Record<string, string> })

    let m: RegExpMatchArray | null
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/)) && method === 'GET') {
      const pull = this.pull(m[1], m[2], m[3])
      if (!pull) return notFound(res)
      return this.page(
        res,
        u,
        pull.files.slice(0, 3000).map((f) => fileEntry(this.url, m![1], m![2], pull.head.sha, f))
      )
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/)) && method === 'GET') {
      const pull = this.pull(m[1], m[2], m[3])
      return pull ? send(res, 200, pullEntry(pull)) : notFound(res)
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const repo = `${m[1]}/${m[2]}`
      const issue = Number(m[3])
      if (method === 'GET') {
        const list = this.comments.filter((c) => c.repo === repo && c.issue === issue)
        return this.page(
          res,
          u,
          list.map((c) => commentEntry(c))
        )
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown }).body
        if (typeof text !== 'string') return send(res, 422, { message: 'Invalid request.' })
        if (text.length > 65_536)
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ message: 'body is too long (maximum is 65536 characters)' }]
          })
        const created = this.addComment({ owner: m[1], name: m[2] }, issue, text, {
          login: this.viewer,
          type: 'Bot'
        })
        return send(res, 201, commentEntry(created))
      }
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![3]) && c.repo === `${m![1]}/${m![2]}`)
      if (!comment) return notFound(res)
      if (comment.user.login !== this.viewer)
        return send(res, 403, { message: 'You cannot edit this comment.' })
      comment.body = String((body as { body?: unknown }).body)
      comment.updated_at = this.tick()
      return send(res, 200, commentEntry(comment))
    }
    if (
      (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/reactions$/)) &&
      method === 'POST'
    ) {
      const content = String((body as { content?: unknown }).content)
      this.reactions.push({ repo: `${m[1]}/${m[2]}`, commentId: Number(m[3]), content, user: this.viewer })
      return send(res, 201, {
        id: this.nextId++,
        node_id: 'MDg6UmVhY3Rpb24x',
        user: { login: this.viewer, type: 'Bot' },
        content,
        created_at: this.tick()
      })
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/statuses\/([0-9a-f]{40})$/)) && method === 'POST') {
      const b = body as { state: string; description: string; target_url: string; context: string }
      if (b.description.length > 140)
        return send(res, 422, { message: 'Validation Failed', errors: [{ field: 'description' }] })
      this.statuses.push({
        repo: `${m[1]}/${m[2]}`,
        sha: m[3],
        state: b.state,
        description: b.description,
        target_url: b.target_url,
        context: b.context
      })
      return send(res, 201, {
        id: this.nextId++,
        url: `${this.url}${path}`,
        state: b.state,
        description: b.description,
        target_url: b.target_url,
        context: b.context,
        created_at: this.tick()
      })
    }
    if (
      (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/)) &&
      method === 'GET'
    ) {
      const login = decodeURIComponent(m[3])
      const perm = this.permissions.get(login) ?? { permission: 'read', role_name: 'read' }
      return send(res, 200, {
        permission: perm.permission,
        role_name: perm.role_name,
        user: { login, type: 'User' }
      })
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([0-9a-f]+)$/)) && method === 'GET') {
      for (const [key, files] of this.trees) {
        if (!key.startsWith(`${m[1]}/${m[2]}@`)) continue
        for (const entry of files.values()) {
          if (entry.oid === m[3] && entry.mode !== '160000')
            return send(res, 200, {
              sha: m[3],
              size: entry.bytes.length,
              content: entry.bytes.toString('base64'),
              encoding: 'base64'
            })
        }
      }
      return notFound(res)
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/([0-9a-f]{40})$/)) && method === 'GET') {
      const files = this.trees.get(`${m[1]}/${m[2]}@${m[3]}`)
      if (!files) return notFound(res)
      return send(res, 200, gitTree(this.url, `${m[1]}/${m[2]}`, m[3], files, this.truncatedTrees.has(m[3])))
    }
    return notFound(res)
  }

  private pull(owner: string, name: string, number: string): FakePull | undefined {
    return this.pulls.get(`${owner}/${name}#${number}`)
  }

  /** GitHub's pagination: `per_page` (max 100) and `page`, with a Link header naming `next` and `last`. */
  private page(res: ServerResponse, u: URL, all: unknown[]): void {
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30))
    const page = Number(u.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (p: number): string => {
      const next = new URL(u.toString())
      next.searchParams.set('page', String(p))
      return `<${this.url}${next.pathname}${next.search}>`
    }
    const rels: string[] = []
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (page > 1) rels.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`)
    send(
      res,
      200,
      all.slice((page - 1) * perPage, page * perPage),
      rels.length > 0 ? { link: rels.join(', ') } : {}
    )
  }

  /**
   * The query shapes the action sends: `viewer { login }`; aliased repository/object blob batches; and aliased
   * repository/commit/`file(path:)` tree-entry batches (mode, type and blob size, no content).
   */
  private graphql(res: ServerResponse, body: { query: string; variables?: Record<string, string> }): void {
    const vars = body.variables ?? {}
    if (/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(body.query)) {
      return send(res, 200, { data: { viewer: { login: this.viewer } } })
    }
    const data: Record<string, Record<string, unknown> | null> = {}
    const headers = [...body.query.matchAll(/(r\d+): repository\(owner: \$(o\d+), name: \$(n\d+)\)/g)]
    if (headers.length === 0)
      return send(res, 200, { errors: [{ message: 'fake GitHub: unsupported query' }] })
    headers.forEach((header, i) => {
      const [, alias, ownerVar, nameVar] = header
      const segment = body.query.slice(header.index, headers[i + 1]?.index ?? body.query.length)
      const fullName = `${vars[ownerVar]}/${vars[nameVar]}`
      const files: Record<string, unknown> = {}
      const commits = [...segment.matchAll(/(c\d+): object\(expression: \$(c\d+)\)/g)]
      commits.forEach((commit, j) => {
        const tree = this.trees.get(`${fullName}@${vars[commit[2]]}`)
        const part = segment.slice(commit.index, commits[j + 1]?.index ?? segment.length)
        const entries: Record<string, unknown> = {}
        for (const [, fileAlias, pathVar] of part.matchAll(/(f\d+): file\(path: \$(p\d+)\)/g)) {
          const path = vars[pathVar]
          const entry = tree?.get(path)
          const isDir = entry === undefined && [...(tree?.keys() ?? [])].some((p) => p.startsWith(`${path}/`))
          entries[fileAlias] = isDir
            ? { mode: 0o040000, type: 'tree', object: null }
            : entry === undefined
              ? null
              : treeEntry(entry)
        }
        files[commit[1]] = tree === undefined ? null : entries
      })
      for (const [, fileAlias, exprVar] of segment.matchAll(/(f\d+): object\(expression: \$(e\d+)\)/g)) {
        const expression = vars[exprVar]
        const colon = expression.indexOf(':')
        const entry = this.trees
          .get(`${fullName}@${expression.slice(0, colon)}`)
          ?.get(expression.slice(colon + 1))
        files[fileAlias] = entry === undefined ? null : this.blob(entry)
      }
      data[alias] = files
    })
    send(res, 200, { data })
  }

  /** `object(expression:)` on a path: a Blob (a symbolic link's holds its target), `{}` for a submodule's commit. */
  private blob(entry: FakeEntry): Record<string, unknown> {
    if (entry.mode === '160000') return {}
    const binary = entry.bytes.includes(0)
    const text = entry.bytes.toString('utf8')
    return {
      oid: entry.oid,
      text: binary ? null : text.slice(0, this.truncateAbove),
      isBinary: binary,
      isTruncated: !binary && text.length > this.truncateAbove,
      byteSize: entry.bytes.length
    }
  }
}

/** GitHub's `TreeEntry`: the mode as an integer (0o100644 = 33188), the type, and the blob for files and links. */
function treeEntry(entry: FakeEntry): Record<string, unknown> {
  const mode = parseInt(entry.mode, 8)
  if (entry.mode === '160000') return { mode, type: 'commit', object: null }
  return {
    mode,
    type: 'blob',
    object: { oid: entry.oid, byteSize: entry.bytes.length, isBinary: entry.bytes.includes(0) }
  }
}

/** `GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1`: every file and directory, with `truncated`. */
function gitTree(
  base: string,
  repo: string,
  sha: string,
  files: Map<string, FakeEntry>,
  truncated: boolean
): Record<string, unknown> {
  const dirs = new Set<string>()
  for (const path of files.keys()) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  const tree: Record<string, unknown>[] = [...dirs].map((path) => ({
    path,
    mode: '040000',
    type: 'tree',
    sha: oid(`tree:${path}`),
    url: `${base}/repos/${repo}/git/trees/${oid(`tree:${path}`)}`
  }))
  for (const [path, entry] of files) {
    tree.push({
      path,
      mode: entry.mode,
      type: entry.mode === '160000' ? 'commit' : 'blob',
      sha: entry.oid,
      ...(entry.mode === '160000' ? {} : { size: entry.bytes.length }),
      url: `${base}/repos/${repo}/git/blobs/${entry.oid}`
    })
  }
  tree.sort((a, b) => (String(a.path) < String(b.path) ? -1 : 1))
  return { sha, url: `${base}/repos/${repo}/git/trees/${sha}`, tree, truncated }
}

/** A stable stand-in for a git blob SHA. */
export function oid(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(16).padStart(8, '0').repeat(5)
}

function fileEntry(
  base: string,
  owner: string,
  name: string,
  sha: string,
  f: FakeFile
): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    sha: f.status === 'removed' ? '0000000000000000000000000000000000000000' : oid(f.filename),
    filename: f.filename,
    status: f.status,
    additions: 10,
    deletions: f.status === 'removed' ? 10 : 0,
    changes: 10,
    blob_url: `https://github.com/${owner}/${name}/blob/${sha}/${f.filename}`,
    raw_url: `https://github.com/${owner}/${name}/raw/${sha}/${f.filename}`,
    contents_url: `${base}/repos/${owner}/${name}/contents/${f.filename}?ref=${sha}`,
    patch: '@@ -0,0 +1,10 @@'
  }
  if (f.previous_filename) entry.previous_filename = f.previous_filename
  return entry
}

function pullEntry(pull: FakePull): Record<string, unknown> {
  const template = pullRequestTemplate()
  const side = (s: FakePull['base']) => ({
    ...template.head,
    label: `${s.repo.owner}:${s.ref}`,
    ref: s.ref,
    sha: s.sha,
    repo: {
      ...template.head.repo,
      name: s.repo.name,
      full_name: `${s.repo.owner}/${s.repo.name}`,
      owner: { ...template.head.repo.owner, login: s.repo.owner }
    }
  })
  return { ...template, number: pull.number, state: 'open', head: side(pull.head), base: side(pull.base) }
}

function commentEntry(c: FakeComment): Record<string, unknown> {
  const template = commentTemplate()
  return {
    ...template,
    id: c.id,
    url: `https://api.github.com/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: { ...template.user, login: c.user.login, type: c.user.type },
    created_at: c.created_at,
    updated_at: c.updated_at
  }
}

function notFound(res: ServerResponse): void {
  send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': 'FAKE:1',
    ...headers
  })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
