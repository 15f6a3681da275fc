// What a pull request changes, read fail-closed: every changed contract or model card is checked or reported, never
// dropped. The complete list of changed files (from the git trees when GitHub's file list is cut off), then each
// path's mode and size, and only then the content of regular files within `limits.maxFileBytes`.
import picomatch from 'picomatch'
import type { CheckContext } from '../../checks/item.js'
import { formatBytes, formatLimit, notAFile, tooLarge } from '../../core/limits.js'
import type { FileReport, SourceFile, Unreadable } from '../../vocabulary.js'
import type { Engine } from '../engine.js'
import type { ChangedFile } from './files.js'
import { companionsOf, evalResultsDirs, findEvalResults } from './eval-results.js'
import { diffTrees, MAX_LISTED_FILES, planReads, TOO_LARGE_TO_CHECK, truncationNote } from './files.js'
import type { BlobContent, BlobQuery, FileStat, GitHubApi, GitTree, PullRequestRef } from '../types.js'
import { blobKey } from '../types.js'

export interface ChangeCheck {
  reports: FileReport[]
  /** Shown under the comment's heading: how the files were found, removed model cards, files not read. */
  notes: string[]
  /** Set when not every changed file could be found: the check must fail. */
  incomplete?: string
  /** What was read, for the downstream view: texts by path at each side, and each head path's base path. */
  read: ChangesRead
}

export interface ChangesRead {
  head: ReadonlyMap<string, string>
  base: ReadonlyMap<string, string>
  /** Head path → its path at the base, for modified and renamed files. */
  previous: ReadonlyMap<string, string>
  /** The head commit's tree, when the file list had to be found from it. */
  headTree?: GitTree
}

/** A symbolic link's target is read (to name it) only when it is this short. */
const MAX_LINK_BYTES = 1024
/** Files named one by one in the note about files not read; the rest are counted. */
const MAX_NAMED = 10

export async function checkChanges(
  api: GitHubApi,
  pr: PullRequestRef,
  listed: readonly ChangedFile[],
  engine: Engine,
  ctx: CheckContext
): Promise<ChangeCheck> {
  const notes: string[] = []
  let files = listed
  let incomplete: string | undefined
  let headTree: GitTree | undefined
  if (listed.length >= MAX_LISTED_FILES) {
    const [base, head] = await Promise.all([
      api.listTree(pr.base, pr.baseSha),
      api.listTree(pr.head, pr.headSha)
    ])
    headTree = head
    if (base.truncated || head.truncated) {
      incomplete = TOO_LARGE_TO_CHECK
      notes.push(
        `⛔ ${TOO_LARGE_TO_CHECK}, so the changed files cannot all be found; only the ${listed.length.toLocaleString('en-US')} it lists were checked. Split the pull request, or run \`handoff-check --changed-since\` locally.`
      )
    } else {
      files = diffTrees(base.entries, head.entries)
      notes.push(truncationNote(listed.length)!)
    }
  }

  const { config } = ctx
  const limit = config.limits.maxFileBytes
  const plan = planReads(files, config)
  const basePaths = [...new Set([...plan.removed, ...plan.previous.values()])].sort()
  const evalDirs = evalResultsDirs(plan.head)
  const sized = [
    { repo: pr.head, sha: pr.headSha, paths: [...plan.head, ...evalDirs] },
    { repo: pr.base, sha: pr.baseSha, paths: basePaths }
  ].filter((q) => q.paths.length > 0)
  const stats = sized.length > 0 ? await api.statFiles(sized) : new Map<string, FileStat>()
  const statOf = (sha: string, path: string) => stats.get(blobKey(sha, path))
  const evals = await findEvalResults(api, pr, evalDirs, stats)
  if (evals.note) notes.push(evals.note)
  const sides = [
    { repo: pr.head, sha: pr.headSha, paths: [...plan.head, ...evals.paths] },
    { repo: pr.base, sha: pr.baseSha, paths: basePaths }
  ]

  // Content is fetched only for regular files within the limit (and short symbolic links, to name their target).
  const worthReading = (sha: string, path: string): boolean => {
    const stat = statOf(sha, path)
    if (!stat) return false
    if (stat.kind === 'symlink') return stat.byteSize <= MAX_LINK_BYTES
    return stat.kind === 'file' && stat.byteSize <= limit
  }
  const queries: BlobQuery[] = sides.flatMap((side) => {
    const paths = side.paths.filter((p) => worthReading(side.sha, p))
    if (paths.length === 0) return []
    const sizes = new Map(paths.map((p) => [p, statOf(side.sha, p)!.byteSize]))
    return [{ repo: side.repo, sha: side.sha, paths, sizes }]
  })
  const contents = queries.length > 0 ? await api.readBlobs(queries) : new Map<string, BlobContent>()
  const textAt = (sha: string, path: string): string | undefined => contents.get(blobKey(sha, path))?.text

  // An added file holding a removed contract's id is that contract moved (a DCS file replaced by its ODCS migration).
  const sourcesAt = (sha: string, paths: readonly string[]): SourceFile[] =>
    paths.flatMap((path) => {
      const text = textAt(sha, path)
      return text === undefined ? [] : [{ path, text }]
    })
  const added = plan.head.filter((path) => !plan.previous.has(path))
  const moved =
    engine.pair && added.length > 0 && plan.removed.length > 0
      ? engine.pair(sourcesAt(pr.baseSha, plan.removed), sourcesAt(pr.headSha, added), ctx)
      : new Map<string, string>()
  const named = picomatch([...config.paths.contracts, ...config.paths.modelCards], { dot: true })
  const reports: FileReport[] = []
  const unread: string[] = []
  for (const path of plan.head) {
    const stat = statOf(pr.headSha, path)
    if (!stat) continue
    const unreadable = problemOf(stat, limit, () => textAt(pr.headSha, path))
    const text = unreadable ? '' : textAt(pr.headSha, path)
    if (text === undefined) continue
    const head: SourceFile = unreadable ? { path, text, unreadable } : { path, text }
    const companions = companionsOf(
      path,
      evals.paths,
      (p) => statOf(pr.headSha, p),
      (p) => textAt(pr.headSha, p),
      limit
    )
    if (companions.length > 0) head.companions = companions
    const basePath = plan.previous.get(path) ?? moved.get(path)
    const baseText = basePath === undefined ? undefined : textAt(pr.baseSha, basePath)
    const report =
      engine.compare && basePath !== undefined && baseText !== undefined
        ? engine.compare({ base: { path: basePath, text: baseText }, head }, ctx)
        : engine.analyze(head, ctx)
    // A file no glob names that could not be looked at (too large, a link, binary) and was no contract or model
    // card at the base: a note, not a failure, so big data files do not fail every pull request.
    if (report?.kind === 'unknown' && !named(path)) {
      unread.push(`\`${path}\` (${reasonOf(stat, limit)})`)
      continue
    }
    if (report) reports.push(report)
  }

  const movedFrom = new Set(moved.values())
  for (const path of plan.removed) {
    if (movedFrom.has(path)) continue
    const stat = statOf(pr.baseSha, path)
    const text = textAt(pr.baseSha, path)
    if (text === undefined) {
      if (stat && stat.kind === 'file' && stat.byteSize > limit)
        unread.push(`\`${path}\` (removed; ${reasonOf(stat, limit)} at the base)`)
      continue
    }
    // A removed contract is a breaking change with its own report (and can be waived); anything else we know
    // (a model card, a contract the engine cannot compare) gets a note.
    const compared = engine.compare?.({ base: { path, text } }, ctx)
    if (compared) {
      reports.push(compared)
      continue
    }
    const removed = engine.analyze({ path, text }, ctx)
    if (removed && removed.kind !== 'unknown') {
      const what = removed.kind === 'model-card' ? 'model card' : 'data contract'
      notes.push(
        `🗑️ The ${what} \`${path}\` is removed by this pull request: make sure nobody still depends on it.`
      )
    }
  }
  if (unread.length > 0) notes.push(unreadNote(unread))
  const sideTexts = (sha: string, paths: readonly string[]) =>
    new Map(sourcesAt(sha, paths).map((f) => [f.path, f.text]))
  const read: ChangesRead = {
    head: sideTexts(pr.headSha, plan.head),
    base: sideTexts(pr.baseSha, basePaths),
    previous: plan.previous,
    ...(headTree ? { headTree } : {})
  }
  return incomplete === undefined ? { reports, notes, read } : { reports, notes, incomplete, read }
}

/** Why the head file is not parsed, when it is not: not a regular file, or over the size limit. */
function problemOf(
  stat: FileStat,
  limit: number,
  linkTarget: () => string | undefined
): Unreadable | undefined {
  if (stat.kind === 'symlink') {
    const target = linkTarget()
    return notAFile(target === undefined ? 'a symbolic link' : `a symbolic link to \`${target}\``)
  }
  if (stat.kind === 'submodule') return notAFile('a submodule (a commit of another repository)')
  if (stat.kind === 'directory') return notAFile('a directory')
  return stat.byteSize > limit ? tooLarge(stat.byteSize, limit) : undefined
}

function reasonOf(stat: FileStat, limit: number): string {
  if (stat.kind === 'symlink') return 'a symbolic link'
  if (stat.kind === 'submodule') return 'a submodule'
  if (stat.kind === 'directory') return 'a directory'
  if (stat.byteSize > limit) return `${formatBytes(stat.byteSize)}, over the ${formatLimit(limit)} limit`
  return stat.isBinary ? 'binary content' : 'too many nodes to parse'
}

function unreadNote(unread: readonly string[]): string {
  const shown = unread.slice(0, MAX_NAMED).join(', ')
  const more = unread.length > MAX_NAMED ? ` and ${unread.length - MAX_NAMED} more` : ''
  return `📦 ${unread.length === 1 ? '1 changed file was' : `${unread.length} changed files were`} not checked: no contract or model-card glob names ${unread.length === 1 ? 'it' : 'them'} and ${unread.length === 1 ? 'it' : 'they'} could not be read as one (\`limits.maxFileBytes\`, links, binary content): ${shown}${more}.`
}
