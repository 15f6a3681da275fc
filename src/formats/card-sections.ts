// The native model card's sections (owner/owners, trainingData, evaluation, artifact, serving, monitoring,
// ownership), read from a native card's root or from the `handoff` block of a Hugging Face or Model Card Toolkit card.
import type { JsonPath } from '../vocabulary.js'
import type { ContractLink, Located, Metric, ModelCardDoc, Signal } from '../model/types.js'
import { anyAt, boolAt, child, defined, elements, isObj } from './read.js'

export type CardSections = Pick<
  ModelCardDoc,
  | 'owners'
  | 'ownerAnchor'
  | 'trainingData'
  | 'evaluation'
  | 'artifact'
  | 'serving'
  | 'monitoring'
  | 'ownership'
>

/** Read the sections under `prefix` of `root` (`[]` for a native card, `['handoff']` for a handoff block). */
export function mapCardSections(root: unknown, prefix: JsonPath): CardSections {
  const node = prefix.reduce<unknown>((n, key) => child(n, String(key)), root)
  const section = (key: string) => ({ node: child(node, key), at: [...prefix, key] })
  const training = section('trainingData')
  const evaluation = section('evaluation')
  const artifact = section('artifact')
  const serving = section('serving')
  const monitoring = section('monitoring')
  const ownership = section('ownership')
  return {
    owners: ownersAt(node, prefix),
    ownerAnchor: prefix,
    trainingData: {
      anchor: training.at,
      ...defined({
        location: anyAt(training.node, training.at, 'location'),
        version: anyAt(training.node, training.at, 'version'),
        contract: anyAt(training.node, training.at, 'contract'),
        contractVersion: anyAt(training.node, training.at, 'contractVersion')
      })
    },
    evaluation: { anchor: evaluation.at, ...defined({ metrics: metricsAt(evaluation.node, evaluation.at) }) },
    artifact: {
      anchor: artifact.at,
      ...defined({
        format: anyAt(artifact.node, artifact.at, 'format'),
        path: anyAt(artifact.node, artifact.at, 'path')
      })
    },
    serving: {
      anchor: serving.at,
      ...defined({
        latency: anyAt(serving.node, serving.at, 'latency'),
        throughput: anyAt(serving.node, serving.at, 'throughput'),
        inputs: inputsAt(serving.node, serving.at)
      })
    },
    monitoring: {
      anchor: monitoring.at,
      ...defined({
        drift: signalAt(monitoring.node, monitoring.at, 'drift'),
        accuracy: signalAt(monitoring.node, monitoring.at, 'accuracy'),
        latency: signalAt(monitoring.node, monitoring.at, 'latency')
      })
    },
    ownership: {
      anchor: ownership.at,
      ...defined({
        drift: anyAt(ownership.node, ownership.at, 'drift'),
        rollback: anyAt(ownership.node, ownership.at, 'rollback')
      })
    }
  }
}

/** `owner: x` and every element of `owners: [...]`; a non-list `owners` is kept raw for the check to judge. */
export function ownersAt(node: unknown, at: JsonPath): Located<unknown>[] {
  const owners: Located<unknown>[] = []
  const owner = anyAt(node, at, 'owner')
  if (owner) owners.push(owner)
  const list = child(node, 'owners')
  if (Array.isArray(list)) {
    for (const e of elements(list, [...at, 'owners']))
      if (e.value !== null) owners.push({ value: e.value, at: e.at })
  } else {
    const raw = anyAt(node, at, 'owners')
    if (raw) owners.push(raw)
  }
  return owners
}

/** `serving.inputs[]`: each element's `contract` and `contractVersion`; undefined when the card lists none. */
function inputsAt(serving: unknown, at: JsonPath): ContractLink[] | undefined {
  const list = anyAt(serving, at, 'inputs')
  if (!list) return undefined
  return elements(list.value, list.at).map((e) => ({
    at: e.at,
    ...defined({
      contract: anyAt(e.value, e.at, 'contract'),
      contractVersion: anyAt(e.value, e.at, 'contractVersion')
    })
  }))
}

function metricsAt(evaluation: unknown, at: JsonPath): Located<Metric[]> | undefined {
  const list = anyAt(evaluation, at, 'metrics')
  if (!list) return undefined
  return { value: elements(list.value, list.at).map((e) => metricAt(e.value, e.at)), at: list.at }
}

/** One `{ name, value, baseline, higherIsBetter }` entry. */
function metricAt(node: unknown, at: JsonPath): Metric {
  return {
    at,
    baselineAnchor: at,
    ...defined({
      name: anyAt(node, at, 'name'),
      value: anyAt(node, at, 'value'),
      baseline: anyAt(node, at, 'baseline'),
      higherIsBetter: boolAt(node, at, 'higherIsBetter')?.value
    })
  }
}

/** A mapping with `metric` and `threshold`, or a one-line string (or number) that is the threshold itself. */
function signalAt(monitoring: unknown, base: JsonPath, key: string): Signal | undefined {
  const signal = anyAt(monitoring, base, key)
  if (!signal) return undefined
  if (!isObj(signal.value)) return { at: signal.at, threshold: signal }
  return {
    at: signal.at,
    ...defined({
      metric: anyAt(signal.value, signal.at, 'metric'),
      threshold: anyAt(signal.value, signal.at, 'threshold')
    })
  }
}

/**
 * Metrics the standard declares itself (Hugging Face `model-index`, Model Card Toolkit `performance_metrics`):
 * named by `type` (else `name`), with baselines from `handoff.evaluation.baselines.<type>`. `valueOf` reads a
 * value the way the standard writes it (Model Card Toolkit writes scores as strings); baselines are native keys.
 */
export function declaredMetrics(
  data: unknown,
  metrics: { value: unknown; at: JsonPath }[],
  at: JsonPath,
  valueOf: (value: unknown) => unknown = (value) => value
): Located<Metric[]> | undefined {
  if (metrics.length === 0) return undefined
  const baselinesAt: JsonPath = ['handoff', 'evaluation', 'baselines']
  const baselines = child(child(child(data, 'handoff'), 'evaluation'), 'baselines')
  // A missing baseline is reported on its metric's line (`handoff.evaluation.baselines` is usually absent): the first
  // metric of that name, since one baseline serves every result of it (one per dataset or slice).
  const firstOfName = new Map<unknown, JsonPath>()
  return {
    at,
    value: metrics.map((m): Metric => {
      const name = anyAt(m.value, m.at, 'type') ?? anyAt(m.value, m.at, 'name')
      const value = anyAt(m.value, m.at, 'value')
      if (!firstOfName.has(name?.value)) firstOfName.set(name?.value, m.at)
      return {
        at: m.at,
        baselineAnchor: firstOfName.get(name?.value) ?? m.at,
        ...defined({
          name,
          value: value && { value: valueOf(value.value), at: value.at },
          baseline: typeof name?.value === 'string' ? anyAt(baselines, baselinesAt, name.value) : undefined
        })
      }
    })
  }
}
