// Hugging Face model cards: the YAML front matter of a README.md. The Hub's metadata gives what it has (datasets,
// model-index results); a `handoff:` block in the same front matter gives the rest (docs/formats.md).
import type { JsonPath } from '../vocabulary.js'
import type { Located, ModelCardDoc } from '../model/types.js'
import { declaredMetrics, mapCardSections } from './card-sections.js'
import { readEvalResults, trainingRevision } from './eval-results.js'
import type { Companion } from './eval-results.js'
import type { Format } from './format.js'
import { anyAt, child, defined, elements, isObj, strAt } from './read.js'
import { frontMatterText, isMarkdown } from './sniff.js'
import { validate } from './validate.js'

/** Front-matter keys only model cards carry (dataset cards share `license`, `language`, `tags`, `datasets`). */
const MODEL_CARD_KEYS = ['model-index', 'library_name', 'base_model', 'pipeline_tag', 'widget', 'handoff']

const KEY_LINE = new RegExp(`^(?:${MODEL_CARD_KEYS.join('|')})\\s*:`, 'm')

export const huggingface: Format = {
  standard: 'huggingface',
  kind: 'model-card',
  sniff: (text, path) => {
    if (!isMarkdown(path)) return false
    const front = frontMatterText(text)
    return front !== undefined && KEY_LINE.test(front)
  },
  detect: (data, path) =>
    isMarkdown(path) && isObj(data) && MODEL_CARD_KEYS.some((k) => data[k] !== undefined),
  map: (data, _path, companions) => mapHuggingface(data, companions ?? [])
}

interface Result {
  value: unknown
  at: JsonPath
}

function mapHuggingface(data: unknown, companions: readonly Companion[]): ModelCardDoc {
  const sections = mapCardSections(data, ['handoff'])
  // Eval results files are another file: what they give is located where the card takes it up.
  const evals = readEvalResults(companions, sections.evaluation.anchor)
  const evalMetrics = evals.results.map((r) => ({
    value: { name: r.taskId, value: r.value },
    at: sections.evaluation.anchor
  }))
  const results: Result[] = elements(child(data, 'model-index'), ['model-index']).flatMap((m) =>
    elements(child(m.value, 'results'), [...m.at, 'results'])
  )
  const firstIndex = elements(child(data, 'model-index'), ['model-index'])[0]
  return {
    kind: 'model-card',
    standard: 'huggingface',
    at: [],
    ...defined({
      name: (firstIndex && strAt(firstIndex.value, firstIndex.at, 'name')) ?? strAt(data, [], 'model_name'),
      version: anyAt(child(data, 'handoff'), ['handoff'], 'version')
    }),
    ...sections,
    trainingData: {
      ...sections.trainingData,
      ...defined({
        location: sections.trainingData.location ?? firstDataset(data),
        version: sections.trainingData.version ?? trainedRevision(data, results, evals.results)
      })
    },
    evaluation: {
      anchor: sections.evaluation.anchor,
      ...defined({
        metrics:
          declaredMetrics(
            data,
            [
              ...results.flatMap((r) => elements(child(r.value, 'metrics'), [...r.at, 'metrics'])),
              ...evalMetrics
            ],
            ['model-index']
          ) ?? sections.evaluation.metrics
      })
    },
    issues: [
      ...validate('handoff-model-card#/$defs/huggingface', data, { schemaRoots: [], reportedKeys: [] }),
      ...evals.issues
    ]
  }
}

function firstDataset(data: unknown): Located<unknown> | undefined {
  const datasets = anyAt(data, [], 'datasets')
  if (!datasets) return undefined
  if (!Array.isArray(datasets.value)) return datasets
  return datasets.value.length > 0 && datasets.value[0] !== null
    ? { value: datasets.value[0], at: ['datasets', 0] }
    : undefined
}

/**
 * A results' dataset revision (model-index, then eval results files) when that dataset is one the card trains on;
 * an eval results revision is located at the `datasets` entry it names.
 */
function trainedRevision(
  data: unknown,
  results: Result[],
  evals: ReturnType<typeof readEvalResults>['results']
): Located<unknown> | undefined {
  const datasets = anyAt(data, [], 'datasets')
  const trained = Array.isArray(datasets?.value)
    ? elements(datasets.value, ['datasets'])
    : datasets
      ? [datasets]
      : []
  const fromIndex = results.flatMap((r) => {
    const dataset = child(r.value, 'dataset')
    const revision = anyAt(dataset, [...r.at, 'dataset'], 'revision')
    return revision ? [{ datasetId: child(dataset, 'type'), revision }] : []
  })
  const fromFiles = evals.flatMap((r) => {
    const entry = trained.find((d) => d.value === r.datasetId)
    return entry && r.revision !== undefined
      ? [{ datasetId: r.datasetId, revision: { value: r.revision, at: entry.at } }]
      : []
  })
  return trainingRevision(trained, [...fromIndex, ...fromFiles])
}
