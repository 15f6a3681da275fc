// Tiny builders of normalised documents: a complete, valid document per kind, with paths as the native mappers
// produce them, and overrides for the part a test is about.
import { defaultConfig } from '../../src/config/defaults.js'
import type { ResolvedConfig } from '../../src/config/types.js'
import { allItems, itemById } from '../../src/checks/index.js'
import type { CheckContext, ContractItem, ItemReport, ModelCardItem } from '../../src/checks/item.js'
import { fill } from '../../src/core/engine.js'
import type { JsonPath, Standard } from '../../src/vocabulary.js'
import type { ContractDoc, Field, Located, Metric, ModelCardDoc, Signal } from '../../src/model/types.js'

export function loc<T>(value: T, ...at: JsonPath): Located<T> {
  return { value, at }
}

export function field(
  name: string | undefined,
  type: string | undefined,
  at: JsonPath,
  extra: Partial<Field> = {}
): Field {
  return { name, at, ...(type === undefined ? {} : { type: loc(type, ...at, 'type') }), fields: [], ...extra }
}

export function contractDoc(overrides: Partial<ContractDoc> = {}): ContractDoc {
  const orders: JsonPath = ['schema', 'orders']
  return {
    kind: 'contract',
    standard: 'handoff-contract',
    at: [],
    issues: [],
    version: loc('1.2.0', 'version'),
    versionAnchor: [],
    owners: [loc('@acme/data-platform', 'owner')],
    ownerAnchor: [],
    freshness: { at: ['freshness'], value: loc('24h', 'freshness') },
    freshnessAnchor: [],
    schema: loc(
      [
        {
          name: 'orders',
          at: orders,
          fields: [field('order_id', 'string', [...orders, 'fields', 'order_id'], { typeValid: true })],
          fieldsAt: [...orders, 'fields']
        }
      ],
      'schema'
    ),
    schemaAnchor: [],
    ...overrides
  }
}

export function metric(
  name: string,
  value: unknown,
  baseline: unknown,
  index = 0,
  extra: Partial<Metric> = {}
): Metric {
  const at: JsonPath = ['evaluation', 'metrics', index]
  return {
    at,
    name: loc(name, ...at, 'name'),
    ...(value === undefined ? {} : { value: loc(value, ...at, 'value') }),
    ...(baseline === undefined ? {} : { baseline: loc(baseline, ...at, 'baseline') }),
    baselineAnchor: at,
    ...extra
  }
}

export function signal(key: string, threshold: unknown): Signal {
  const at: JsonPath = ['monitoring', key]
  return {
    at,
    metric: loc('psi', ...at, 'metric'),
    ...(threshold === undefined ? {} : { threshold: loc(threshold, ...at, 'threshold') })
  }
}

export function cardDoc(overrides: Partial<ModelCardDoc> = {}): ModelCardDoc {
  return {
    kind: 'model-card',
    standard: 'handoff-model-card',
    at: [],
    issues: [],
    owners: [loc('@acme/ml-platform', 'owner')],
    ownerAnchor: [],
    trainingData: {
      anchor: ['trainingData'],
      location: loc('s3://acme-ml/churn/training/', 'trainingData', 'location'),
      version: loc('2026-10-01', 'trainingData', 'version'),
      contract: loc('contracts/orders.yaml', 'trainingData', 'contract'),
      contractVersion: loc('^2.1.0', 'trainingData', 'contractVersion')
    },
    evaluation: {
      anchor: ['evaluation'],
      metrics: loc([metric('roc_auc', 0.91, 0.87)], 'evaluation', 'metrics')
    },
    artifact: {
      anchor: ['artifact'],
      format: loc('onnx', 'artifact', 'format'),
      path: loc('models/churn/model.onnx', 'artifact', 'path')
    },
    serving: {
      anchor: ['serving'],
      latency: loc('p95 < 50ms', 'serving', 'latency'),
      throughput: loc('200 rps', 'serving', 'throughput')
    },
    monitoring: {
      anchor: ['monitoring'],
      drift: signal('drift', 0.2),
      accuracy: signal('accuracy', 0.85),
      latency: signal('latency', '80ms')
    },
    ownership: {
      anchor: ['ownership'],
      drift: loc('@acme/data-eng', 'ownership', 'drift'),
      rollback: loc('@acme/ml-oncall', 'ownership', 'rollback')
    },
    ...overrides
  }
}

export function withStandard<D extends ContractDoc | ModelCardDoc>(doc: D, standard: Standard): D {
  return { ...doc, standard }
}

/** Overrides merged over the defaults section by section (`{ owners: { require: 'reachable' } }`). */
export type ConfigOverrides = { [K in keyof ResolvedConfig]?: Partial<ResolvedConfig[K]> }

export function context(overrides: ConfigOverrides = {}, codeowners?: string[]): CheckContext {
  const config = defaultConfig()
  for (const key of Object.keys(overrides) as (keyof ResolvedConfig)[]) {
    Object.assign(config[key], overrides[key])
  }
  return {
    config,
    ...(codeowners ? { codeowners: new Set(codeowners) } : {})
  }
}

/** A report with its message filled as the engine fills it, so tests can assert the text users read. */
export interface Reported extends ItemReport {
  message: string
}

/** Run one item by id on a document, as the engine does, and fill each report's message from its template. */
export function check(
  id: string,
  doc: ContractDoc | ModelCardDoc,
  ctx: CheckContext = context()
): Reported[] {
  const item = itemById.get(id)
  if (!item || item.appliesTo === 'file') throw new Error(`no checkable item ${id}`)
  if (item.appliesTo !== doc.kind) return []
  const reports =
    item.appliesTo === 'contract'
      ? (item as ContractItem).check(doc as ContractDoc, ctx)
      : (item as ModelCardItem).check(doc as ModelCardDoc, ctx)
  return reports.map((r) => {
    const template = item.messages[r.messageId]
    if (template === undefined) throw new Error(`${id} has no message ${r.messageId}`)
    return { ...r, message: fill(template, r.data) }
  })
}

/** Every registered item that applies to the document, with its reports: what the engine would run. */
export function checkAll(
  doc: ContractDoc | ModelCardDoc,
  ctx: CheckContext = context()
): Record<string, Reported[]> {
  const out: Record<string, Reported[]> = {}
  for (const item of allItems) {
    if (item.appliesTo !== doc.kind) continue
    out[item.id] = check(item.id, doc, ctx)
  }
  return out
}
