// TensorFlow Model Card Toolkit JSON (schema v0.0.1 / v0.0.2): an object with `model_details`. A `handoff` object
// with the native keys gives what the toolkit has no field for, as for Hugging Face cards.
import type { JsonPath } from '../vocabulary.js'
import type { Located, ModelCardDoc } from '../model/types.js'
import { declaredMetrics, mapCardSections } from './card-sections.js'
import type { Format } from './format.js'
import { anyAt, child, defined, elements, entries, isObj, numberFromText, strAt } from './read.js'
import { validate } from './validate.js'

const METRICS: JsonPath = ['quantitative_analysis', 'performance_metrics']

export const modelCardToolkit: Format = {
  standard: 'model-card-toolkit',
  kind: 'model-card',
  sniff: (text, path) => /\.json$/i.test(path) && /"model_details"\s*:/.test(text),
  detect: (data, path) => /\.json$/i.test(path) && isObj(child(data, 'model_details')),
  map: (data) => mapModelCardToolkit(data)
}

function mapModelCardToolkit(data: unknown): ModelCardDoc {
  const details = child(data, 'model_details')
  const detailsAt: JsonPath = ['model_details']
  const sections = mapCardSections(data, ['handoff'])
  const owners = elements(child(details, 'owners'), [...detailsAt, 'owners']).flatMap(
    (o) => nonEmpty(strAt(o.value, o.at, 'contact')) ?? nonEmpty(strAt(o.value, o.at, 'name')) ?? []
  )
  const version = child(details, 'version')
  const schemaVersion = child(data, 'schema_version')
  const train = trainingSet(data)
  const performance = child(child(data, 'quantitative_analysis'), 'performance_metrics')
  return {
    kind: 'model-card',
    standard: 'model-card-toolkit',
    at: [],
    ...defined({
      standardVersion: typeof schemaVersion === 'string' ? schemaVersion : undefined,
      name: strAt(details, detailsAt, 'name'),
      version: isObj(version)
        ? anyAt(version, [...detailsAt, 'version'], 'name')
        : anyAt(details, detailsAt, 'version')
    }),
    ...sections,
    owners: owners.length > 0 ? owners : sections.owners,
    ownerAnchor: owners.length > 0 || sections.owners.length === 0 ? detailsAt : sections.ownerAnchor,
    trainingData: {
      ...sections.trainingData,
      anchor: train?.at ?? sections.trainingData.anchor,
      ...defined({
        location: sections.trainingData.location ?? (train && trainingLocation(train)),
        version: sections.trainingData.version ?? (train && anyAt(train.value, train.at, 'version'))
      })
    },
    evaluation: {
      // An empty (or unreadable) `performance_metrics` is reported on its own key, not on the handoff block.
      anchor: performance === undefined ? sections.evaluation.anchor : METRICS,
      ...defined({
        // The toolkit writes scores as strings (v0.0.2 requires it): "0.91" is its way of writing 0.91.
        metrics:
          declaredMetrics(data, elements(performance, METRICS), METRICS, numberFromText) ??
          sections.evaluation.metrics
      })
    },
    issues: validate('handoff-model-card#/$defs/modelCardToolkit', data, {
      schemaRoots: [],
      reportedKeys: []
    })
  }
}

function nonEmpty(value: Located<string> | undefined): Located<string> | undefined {
  return value && value.value.trim() !== '' ? value : undefined
}

/**
 * The train set's `link`; else its `name` when the name looks like a location or dataset id (has a `/`, `:` or `.`,
 * as `gs://bucket/train` or `acme/cats-dogs`). A bare label such as "train" or "Training Set" says nothing about
 * where the data is, so the location is then missing.
 */
function trainingLocation(train: { value: unknown; at: JsonPath }): Located<unknown> | undefined {
  const link = anyAt(train.value, train.at, 'link')
  if (link) return link
  const name = strAt(train.value, train.at, 'name')
  return name && /[/:.]/.test(name.value) ? name : undefined
}

/** The train set of `model_parameters.data`: a list (v0.0.2) or a `{ train, eval }` mapping (v0.0.1). */
function trainingSet(data: unknown): { value: unknown; at: JsonPath } | undefined {
  const at: JsonPath = ['model_parameters', 'data']
  const sets = child(child(data, 'model_parameters'), 'data')
  if (Array.isArray(sets)) {
    const all = elements(sets, at)
    return all.find((s) => /train/i.test(strAt(s.value, s.at, 'name')?.value ?? '')) ?? all[0]
  }
  const named = entries(sets, at)
  return named.find((s) => /train/i.test(s.key)) ?? named[0]
}
