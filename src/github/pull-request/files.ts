// Which changed files to read. Pure: the PR's file list and the policy in, a reading plan out.
import picomatch from 'picomatch'
import type { ResolvedConfig } from '../../config/types.js'
import { cardOfEvalResults, isEvalResults } from '../../formats/eval-results.js'
import type { TreeEntry } from '../types.js'

/** One entry of `pulls.listFiles`, reduced to what the check needs. */
export interface ChangedFile {
  path: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previousPath?: string
}

export interface ReadPlan {
  /** Paths to read at the head SHA from the head repository. */
  head: string[]
  /**
   * Removed paths to read at the base SHA, to tell whether a contract or model card was deleted; a file renamed to
   * a path that is not checked (out of the globs, into `paths.ignore`) counts as removed under its old path.
   */
  removed: string[]
  /** Head path → its path at the base SHA, for modified and renamed files: the version a contract is compared with. */
  previous: Map<string, string>
}

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000

/** Extensions the formats can be written in (docs/formats.md); other files are read only when a configured glob names them. */
const CANDIDATE = /\.(ya?ml|json|md|markdown)$/i

export function planReads(files: readonly ChangedFile[], config: ResolvedConfig): ReadPlan {
  const wanted = picomatch([...config.paths.contracts, ...config.paths.modelCards], { dot: true })
  const ignored = picomatch(config.paths.ignore, { dot: true })
  const candidate = (path: string): boolean => !ignored(path) && (CANDIDATE.test(path) || wanted(path))
  const head: string[] = []
  const removed: string[] = []
  const previous = new Map<string, string>()
  for (const file of files) {
    if (file.status === 'unchanged') continue
    // Renamed out of the globs or into `paths.ignore`: for the check the file is gone, so it is a removal.
    if (!candidate(file.path)) {
      if (file.status === 'renamed' && file.previousPath && candidate(file.previousPath)) {
        removed.push(file.previousPath)
      }
      continue
    }
    if (file.status === 'removed') removed.push(file.path)
    else head.push(file.path)
    if (file.status === 'modified' || file.status === 'changed') previous.set(file.path, file.path)
    if (file.status === 'renamed' && file.previousPath) previous.set(file.path, file.previousPath)
  }
  // A changed or removed eval results file is read with its card, which is checked in its place (against its base).
  for (const file of files) {
    const card =
      isEvalResults(file.path) && file.status !== 'unchanged' ? cardOfEvalResults(file.path) : undefined
    if (card !== undefined && !head.includes(card) && !ignored(card)) {
      head.push(card)
      previous.set(card, card)
    }
  }
  const checked = head.filter((path) => !isEvalResults(path))
  const gone = removed.filter((path) => !isEvalResults(path))
  return { head: [...new Set(checked)].sort(), removed: [...new Set(gone)].sort(), previous }
}

export function truncationNote(listed: number): string | undefined {
  if (listed < MAX_LISTED_FILES) return undefined
  return `GitHub lists at most ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files of a pull request; the changed files were found by comparing the base and head git trees instead.`
}

/** The check's verdict when even the git trees are too large to compare: never a success. */
export const TOO_LARGE_TO_CHECK = `Pull request too large to check: over ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files and GitHub truncates its git tree`

/**
 * The changed files of two complete git trees, for a pull request whose file list GitHub cuts off: a path whose
 * blob or mode differs is modified, one only at the head added, one only at the base removed. Renames are not
 * detected: a renamed file is removed at its old path and added at its new one. Directories are not files.
 */
export function diffTrees(base: readonly TreeEntry[], head: readonly TreeEntry[]): ChangedFile[] {
  const key = (e: TreeEntry): string => `${e.mode} ${e.sha}`
  const files = (entries: readonly TreeEntry[]) =>
    new Map(entries.filter((e) => e.type !== 'tree').map((e) => [e.path, key(e)]))
  const before = files(base)
  const after = files(head)
  const changed: ChangedFile[] = []
  for (const [path, entry] of after) {
    const old = before.get(path)
    if (old === undefined) changed.push({ path, status: 'added' })
    else if (old !== entry) changed.push({ path, status: 'modified' })
  }
  for (const path of before.keys()) if (!after.has(path)) changed.push({ path, status: 'removed' })
  return changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
