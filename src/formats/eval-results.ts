// Hugging Face eval results: `.eval_results/*.yaml` beside a Hub card (the Hub's format since 2026), each a list of
// `{ dataset: { id, task_id, revision? }, value, … }`. The adapters read them with the card (SourceFile.companions);
// the card's mapper counts each result as a metric named by its task id. A result lives in another file, so what
// it gives is located in the card where the fix goes, and a problem in the file names the file and its line.
import type { JsonPath, Position } from '../vocabulary.js'
import type { Located, StandardIssue } from '../model/types.js'
import { child, isObj } from './read.js'

/** A file read with a card and parsed: the card's mapper receives these beside its own front matter. */
export interface Companion {
  path: string
  data: unknown
  locate: (at: JsonPath) => Position
}

const EVAL_RESULTS = /(?:^|\/)\.eval_results\/[^/]+\.ya?ml$/i

/** Whether `path` is an eval results file of the card beside it. */
export function isEvalResults(path: string): boolean {
  return EVAL_RESULTS.test(path)
}

/** The card an eval results file belongs to: the README.md of the folder that holds `.eval_results/`. */
export function cardOfEvalResults(path: string): string {
  const folder = path.slice(0, path.search(/(?:^|\/)\.eval_results\//i))
  return folder === '' ? 'README.md' : `${folder}/README.md`
}

/** The folder of a card's eval results files: `.eval_results` beside it. */
export function evalResultsDir(cardPath: string): string {
  const slash = cardPath.lastIndexOf('/')
  return slash < 0 ? '.eval_results' : `${cardPath.slice(0, slash)}/.eval_results`
}

/** Whether `path` is a file of the folder `dir` (not of a folder inside it) an eval results file can be. */
export function isEvalResultsIn(dir: string, path: string): boolean {
  return path.startsWith(`${dir}/`) && /^[^/]+\.ya?ml$/i.test(path.slice(dir.length + 1))
}

export interface EvalResult {
  /** `dataset.task_id`: the metric's name. */
  taskId?: string
  value?: unknown
  /** `dataset.id`, the benchmark's dataset on the Hub. */
  datasetId?: string
  revision?: unknown
  /** `path:line` of the result, for messages. */
  where: string
}

/** Every result of the card's eval results files, with a `file.schema` issue at `at` for each malformed one. */
export function readEvalResults(
  companions: readonly Companion[],
  at: JsonPath
): { results: EvalResult[]; issues: StandardIssue[] } {
  const results: EvalResult[] = []
  const issues: StandardIssue[] = []
  const issue = (where: string, what: string) =>
    issues.push({ item: 'file.schema', message: `${where}: ${what}`, at })
  for (const file of companions) {
    if (!isEvalResults(file.path)) continue
    const where = (p: JsonPath) => `${file.path}:${file.locate(p).line}`
    if (!Array.isArray(file.data)) {
      issue(
        where([]),
        'an eval results file is a YAML list of results (`- dataset: {id, task_id}`, `value:`)'
      )
      continue
    }
    file.data.forEach((entry: unknown, i) => {
      const dataset = child(entry, 'dataset')
      const taskId = child(dataset, 'task_id')
      const datasetId = child(dataset, 'id')
      if (!isObj(entry) || typeof taskId !== 'string' || taskId.trim() === '') {
        issue(where([i]), 'a result needs `dataset.task_id`, the task it scores (it names the metric)')
        return
      }
      results.push({
        taskId,
        where: where([i]),
        ...(entry.value !== undefined ? { value: entry.value } : {}),
        ...(typeof datasetId === 'string' ? { datasetId } : {}),
        ...(child(dataset, 'revision') !== undefined ? { revision: child(dataset, 'revision') } : {})
      })
    })
  }
  return { results, issues }
}

/**
 * The first revision whose dataset the card trains on (listed under `datasets`): a result's revision is evidence of
 * the evaluation data, and says which training data was used only when it is a dataset the card trains on.
 */
export function trainingRevision(
  trained: readonly Located<unknown>[],
  revisions: readonly { datasetId?: unknown; revision: Located<unknown> }[]
): Located<unknown> | undefined {
  const ids = new Set(trained.map((d) => d.value))
  return revisions.find((r) => r.datasetId !== undefined && ids.has(r.datasetId))?.revision
}
