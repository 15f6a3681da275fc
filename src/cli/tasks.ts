// One file's work in the CLI, described without its text so it can cross to a worker thread: read the file (and,
// with --changed-since, its version at the ref), check it, and keep only its report. Nothing of the text, the
// parsed document or the model outlives the task, so memory does not grow with the repository.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckContext } from '../checks/item.js'
import { compareFile } from '../core/compare.js'
import type { FilePair } from '../core/compare.js'
import { notAFile } from '../core/limits.js'
import type { FileReport, SourceFile } from '../vocabulary.js'
import { evalResultsDir, isEvalResultsIn } from '../formats/eval-results.js'
import { isMarkdown } from '../formats/sniff.js'
import { readCandidate } from './discover.js'
import { blobAt } from './blobs.js'

export interface FileTask {
  /** The file in the working tree; `notFile` says what stands there when it is not a regular file (a link). */
  head?: { path: string; explicit: boolean; notFile?: string }
  /** The path whose version at the ref this file is compared with (renamed: the old path; deleted: no head). */
  base?: string
}

/** What every task of a run shares; structured-cloneable, so a worker receives it once. */
export interface TaskEnv {
  root: string
  /** --changed-since: the ref the base versions are read at. */
  ref?: string
  maxFileBytes: number
  ctx: CheckContext
}

/** The report of one task; undefined when the file is not ours, vanished, or a removed file was no contract. */
export async function runTask(task: FileTask, env: TaskEnv): Promise<FileReport | undefined> {
  const pair = await readTask(task, env)
  return pair ? compareFile(pair, env.ctx)?.report : undefined
}

/** The texts a task names: undefined when there is nothing to check (a discovered file vanished, no base either). */
export async function readTask(task: FileTask, env: TaskEnv): Promise<FilePair | undefined> {
  let head: SourceFile | undefined
  if (task.head) {
    const { path, explicit, notFile } = task.head
    head =
      notFile !== undefined
        ? { path, text: '', unreadable: notAFile(notFile) }
        : readCandidate(env.root, path, explicit, env.maxFileBytes)
    if (!head) return undefined
    const companions = notFile === undefined ? companionsOf(env, path) : []
    if (companions.length > 0) head.companions = companions
  }
  let base: SourceFile | undefined
  if (task.base !== undefined && env.ref !== undefined) {
    const text = await blobAt(env.root, env.ref, task.base)
    if (text !== undefined) base = { path: task.base, text }
  }
  if (!head && !base) return undefined
  return { ...(base ? { base } : {}), ...(head ? { head } : {}) }
}

/** A Markdown card's eval results files (`.eval_results/*.yaml` beside it, regular files only), read with it. */
function companionsOf(env: TaskEnv, path: string): SourceFile[] {
  if (!isMarkdown(path)) return []
  const dir = evalResultsDir(path)
  let names: string[]
  try {
    names = readdirSync(join(env.root, dir), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `${dir}/${e.name}`)
  } catch {
    return [] // no such folder
  }
  return names
    .filter((p) => isEvalResultsIn(dir, p))
    .sort()
    .flatMap((p) => readCandidate(env.root, p, false, env.maxFileBytes) ?? [])
}
