// A Hub card's eval results (`.eval_results/*.yaml` beside it) are read with the card. The folder beside each
// changed Markdown file is sized with the changed files (no extra request); only when one exists is the head's tree
// listed to find its files, which are then sized in one more request and read with the changed files.
import { tooLarge } from '../../core/limits.js'
import type { FileStat, GitHubApi, PullRequestRef } from '../types.js'
import type { SourceFile } from '../../vocabulary.js'
import { evalResultsDir, isEvalResultsIn } from '../../formats/eval-results.js'
import { isMarkdown } from '../../formats/sniff.js'
import { blobKey } from '../types.js'

/** The `.eval_results` folders to look for: one beside each changed Markdown file. */
export function evalResultsDirs(headPaths: readonly string[]): string[] {
  return [...new Set(headPaths.filter(isMarkdown).map(evalResultsDir))]
}

/**
 * The eval results files in those of `dirs` that exist at the head (per `stats`, which gets their sizes), sorted,
 * and a note when GitHub cut the tree off so some may be missing.
 */
export async function findEvalResults(
  api: GitHubApi,
  pr: PullRequestRef,
  dirs: readonly string[],
  stats: Map<string, FileStat>
): Promise<{ paths: string[]; note?: string }> {
  const present = dirs.filter((d) => stats.get(blobKey(pr.headSha, d))?.kind === 'directory')
  if (present.length === 0) return { paths: [] }
  const tree = await api.listTree(pr.head, pr.headSha)
  const paths = tree.entries
    .filter((e) => e.type === 'blob' && present.some((d) => isEvalResultsIn(d, e.path)))
    .map((e) => e.path)
    .sort()
  if (paths.length > 0) {
    for (const [key, stat] of await api.statFiles([{ repo: pr.head, sha: pr.headSha, paths }]))
      stats.set(key, stat)
  }
  if (!tree.truncated) return { paths }
  return {
    paths,
    note: `⚠️ GitHub cut off the head's git tree, so some \`.eval_results/\` files of the model cards in ${present.map((d) => `\`${d}\``).join(', ')} may not have been read.`
  }
}

/** A card's eval results files as read: links are never followed, and one over the size limit is handed on unread. */
export function companionsOf(
  card: string,
  paths: readonly string[],
  statOf: (path: string) => FileStat | undefined,
  textAt: (path: string) => string | undefined,
  limit: number
): SourceFile[] {
  const dir = evalResultsDir(card)
  return paths.flatMap((path): SourceFile[] => {
    const stat = statOf(path)
    if (!isEvalResultsIn(dir, path) || stat?.kind !== 'file') return []
    if (stat.byteSize > limit) return [{ path, text: '', unreadable: tooLarge(stat.byteSize, limit) }]
    const text = textAt(path)
    return text === undefined ? [] : [{ path, text }]
  })
}
