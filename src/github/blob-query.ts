// Reading many files in one request: a GraphQL query with one aliased `object(expression: "<sha>:<path>")` per
// file. Paths travel as variables, so no path can break the query. Pure: what to read in, queries out.
import type { BlobQuery, RepoRef } from './types.js'

/** Files per query: well under GitHub's node limits and response-size limits for typical contracts. */
export const BLOB_BATCH = 80

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

export function buildBlobQueries(queries: readonly BlobQuery[], batch = BLOB_BATCH): BuiltQuery[] {
  const refs: BlobRef[] = queries.flatMap((q) => q.paths.map((path) => ({ repo: q.repo, sha: q.sha, path })))
  const out: BuiltQuery[] = []
  for (let i = 0; i < refs.length; i += batch) out.push(buildOne(refs.slice(i, i + batch)))
  return out
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
