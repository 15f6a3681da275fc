// Which changed files to read. Pure: the PR's file list and the policy in, a reading plan out.
import picomatch from 'picomatch'
import type { ResolvedConfig } from '../config/types.js'

/** One entry of `pulls.listFiles`, reduced to what the check needs. */
export interface ChangedFile {
  path: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previousPath?: string
}

export interface ReadPlan {
  /** Paths to read at the head SHA from the head repository. */
  head: string[]
  /** Removed paths to read at the base SHA, to tell whether a contract or model card was deleted. */
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
    if (!candidate(file.path) || file.status === 'unchanged') continue
    if (file.status === 'removed') removed.push(file.path)
    else head.push(file.path)
    if (file.status === 'modified' || file.status === 'changed') previous.set(file.path, file.path)
    if (file.status === 'renamed' && file.previousPath) previous.set(file.path, file.previousPath)
  }
  return { head: [...new Set(head)].sort(), removed: [...new Set(removed)].sort(), previous }
}

export function truncationNote(listed: number): string | undefined {
  if (listed < MAX_LISTED_FILES) return undefined
  return `GitHub lists at most ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files of a pull request; files beyond those were not checked. Run \`handoff-check --changed-since\` locally or split the pull request.`
}
