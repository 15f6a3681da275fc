// Reading many files in one request: a GraphQL query with one aliased `object(expression: "<sha>:<path>")` per
// file, and before it a query for what each path is (its tree entry's mode and type, its blob's size) that fetches
// no content. Paths travel as variables, so no path can break the query. Pure: what to read in, queries out.
import type { BlobQuery, RepoRef } from '../types.js'

/** Files per query: well under GitHub's node limits and response-size limits for typical contracts. */
export const BLOB_BATCH = 100

/**
 * Content bytes per query: files are read only once their sizes are known, and a batch holds files whose sizes add
 * up to at most this (a larger file goes alone), so no response carries one huge string.
 */
export const BATCH_BYTES = 4 * 1024 * 1024

/** Paths per size-and-mode query; its answers are a few numbers per path. */
export const STAT_BATCH = 400

export interface BlobRef {
  repo: RepoRef
  sha: string
  path: string
}

export interface BuiltQuery {
  query: string
  variables: Record<string, string>
  /** Alias path `[repoAlias, fileAlias]` of each file in the response. */
  refs: { repoAlias: string; fileAlias: string; ref: BlobRef }[]
}

export const BLOB_FIELDS = '... on Blob { oid text isBinary isTruncated byteSize }'

export function buildBlobQueries(
  queries: readonly BlobQuery[],
  batch = BLOB_BATCH,
  batchBytes = BATCH_BYTES
): BuiltQuery[] {
  const out: BuiltQuery[] = []
  let current: BlobRef[] = []
  let bytes = 0
  for (const q of queries) {
    for (const path of q.paths) {
      const size = q.sizes?.get(path) ?? 0
      if (current.length > 0 && (current.length >= batch || bytes + size > batchBytes)) {
        out.push(buildOne(current))
        current = []
        bytes = 0
      }
      current.push({ repo: q.repo, sha: q.sha, path })
      bytes += size
    }
  }
  if (current.length > 0) out.push(buildOne(current))
  return out
}

export const STAT_FIELDS = 'mode type object { ... on Blob { oid byteSize isBinary } }'

export interface BuiltStatQuery {
  query: string
  variables: Record<string, string>
  /** Alias path `[repoAlias, commitAlias, fileAlias]` of each path's tree entry in the response. */
  refs: { repoAlias: string; commitAlias: string; fileAlias: string; ref: BlobRef }[]
}

/**
 * What each path is at its commit, without its content: `Commit.file(path:)` answers with the tree entry (`mode`
 * 33188 for a file, 40960 for a symbolic link, 57344 and type `commit` for a submodule) and its blob's size. A
 * symbolic link read through `object(expression:)` would look like a small text file holding the link's target.
 */
export function buildStatQueries(queries: readonly BlobQuery[], batch = STAT_BATCH): BuiltStatQuery[] {
  const refs: BlobRef[] = queries.flatMap((q) => q.paths.map((path) => ({ repo: q.repo, sha: q.sha, path })))
  const out: BuiltStatQuery[] = []
  for (let i = 0; i < refs.length; i += batch) out.push(buildStatOne(refs.slice(i, i + batch)))
  return out
}

function buildStatOne(refs: readonly BlobRef[]): BuiltStatQuery {
  const repos = new Map<string, { alias: string; commits: Map<string, { alias: string; files: string[] }> }>()
  const variables: Record<string, string> = {}
  const declared: string[] = []
  const built: BuiltStatQuery['refs'] = []
  let commitCount = 0
  refs.forEach((ref, index) => {
    const key = `${ref.repo.owner}/${ref.repo.repo}`
    let repo = repos.get(key)
    if (!repo) {
      const n = repos.size
      repo = { alias: `r${n}`, commits: new Map() }
      repos.set(key, repo)
      variables[`o${n}`] = ref.repo.owner
      variables[`n${n}`] = ref.repo.repo
      declared.push(`$o${n}: String!`, `$n${n}: String!`)
    }
    let commit = repo.commits.get(ref.sha)
    if (!commit) {
      const n = commitCount++
      commit = { alias: `c${n}`, files: [] }
      repo.commits.set(ref.sha, commit)
      variables[`c${n}`] = ref.sha
      declared.push(`$c${n}: String!`)
    }
    variables[`p${index}`] = ref.path
    declared.push(`$p${index}: String!`)
    commit.files.push(`f${index}: file(path: $p${index}) { ${STAT_FIELDS} }`)
    built.push({ repoAlias: repo.alias, commitAlias: commit.alias, fileAlias: `f${index}`, ref })
  })
  const body = [...repos.values()]
    .map((r, n) => {
      const commits = [...r.commits.values()].map(
        (c) =>
          `    ${c.alias}: object(expression: $${c.alias}) {\n      ... on Commit {\n        ${c.files.join('\n        ')}\n      }\n    }`
      )
      return `  ${r.alias}: repository(owner: $o${n}, name: $n${n}) {\n${commits.join('\n')}\n  }`
    })
    .join('\n')
  return { query: `query(${declared.join(', ')}) {\n${body}\n}`, variables, refs: built }
}

function buildOne(refs: readonly BlobRef[]): BuiltQuery {
  const repos = new Map<string, { alias: string; repo: RepoRef; files: string[] }>()
  const variables: Record<string, string> = {}
  const declared: string[] = []
  const built: BuiltQuery['refs'] = []
  refs.forEach((ref, index) => {
    const key = `${ref.repo.owner}/${ref.repo.repo}`
    let entry = repos.get(key)
    if (!entry) {
      const n = repos.size
      entry = { alias: `r${n}`, repo: ref.repo, files: [] }
      repos.set(key, entry)
      variables[`o${n}`] = ref.repo.owner
      variables[`n${n}`] = ref.repo.repo
      declared.push(`$o${n}: String!`, `$n${n}: String!`)
    }
    variables[`e${index}`] = `${ref.sha}:${ref.path}`
    declared.push(`$e${index}: String!`)
    entry.files.push(`f${index}: object(expression: $e${index}) { ${BLOB_FIELDS} }`)
    built.push({ repoAlias: entry.alias, fileAlias: `f${index}`, ref })
  })
  const body = [...repos.values()]
    .map(
      (r, n) => `  ${r.alias}: repository(owner: $o${n}, name: $n${n}) {\n    ${r.files.join('\n    ')}\n  }`
    )
    .join('\n')
  return { query: `query(${declared.join(', ')}) {\n${body}\n}`, variables, refs: built }
}
