import { describe, expect, it } from '@jest/globals'
import { handoffContract } from '../../src/formats/handoff-contract.js'
import { handoffModelCard } from '../../src/formats/handoff-model-card.js'
import { card, contract, file, load } from './load.js'

const native = (name: string) => file(`__tests__/formats/fixtures/${name}`)

describe('native contract', () => {
  const loaded = native('orders.contract.yaml')
  const doc = contract(loaded)

  it('maps the documented example completely', () => {
    expect(doc).toMatchObject({
      kind: 'contract',
      standard: 'handoff-contract',
      standardVersion: 'handoff-check/v1',
      at: [],
      id: { value: 'orders', at: ['id'] },
      version: { value: '1.2.0', at: ['version'] },
      versionAnchor: [],
      owners: [{ value: '@acme/data-platform', at: ['owner'] }],
      ownerAnchor: [],
      freshness: { at: ['freshness'], value: { value: '24h', at: ['freshness'] } },
      freshnessAnchor: [],
      schemaAnchor: [],
      issues: []
    })
    expect([doc.version, doc.owners[0], doc.freshness!.value].map((v) => loaded.line(v!.at))).toEqual([
      5, 6, 7
    ])
    const [orders] = doc.schema!.value
    expect(orders).toMatchObject({
      name: 'orders',
      at: ['schema', 'orders'],
      type: { value: 'table', at: ['schema', 'orders', 'type'] },
      description: { value: 'One row per order.', at: ['schema', 'orders', 'description'] },
      fieldsAt: ['schema', 'orders', 'fields']
    })
    const f = (name: string) => ['schema', 'orders', 'fields', name]
    const [orderId, status, amount, email, lineItems] = orders.fields
    expect(orderId).toEqual({
      name: 'order_id',
      at: f('order_id'),
      type: { value: 'string', at: [...f('order_id'), 'type'] },
      typeValid: true,
      required: { value: true, at: [...f('order_id'), 'required'] },
      unique: { value: true, at: [...f('order_id'), 'unique'] },
      primaryKey: { value: true, at: [...f('order_id'), 'primaryKey'] },
      fields: []
    })
    expect(status.enum).toEqual({ value: ['placed', 'shipped', 'cancelled'], at: [...f('status'), 'enum'] })
    expect([amount.precision?.value, amount.scale?.value, amount.minimum?.value]).toEqual([10, 2, 0])
    expect([email.format?.value, email.pii?.value, email.classification?.value]).toEqual([
      'email',
      true,
      'restricted'
    ])
    expect(
      lineItems.items?.fields.map((x) => [x.name, x.type?.value, x.required?.value, loaded.line(x.at)])
    ).toEqual([
      ['sku', 'string', true, 37],
      ['quantity', 'integer', undefined, 38]
    ])
    expect(lineItems.items!.fields[1].minimum).toEqual({
      value: 1,
      at: [...f('line_items'), 'items', 'fields', 'quantity', 'minimum']
    })
  })

  it('reads an owners list and reports unknown field attributes under contract.schema', () => {
    const text = [
      'apiVersion: handoff-check/v1',
      'kind: HandoffContract',
      'owners: ["@a", "ml@acme.com"]',
      'schema:',
      '  t:',
      '    fields:',
      '      a: { type: uuid, nullable: true }',
      ''
    ].join('\n')
    const loaded = load('c.yaml', text)
    const doc = contract(loaded)
    expect(doc.owners).toEqual([
      { value: '@a', at: ['owners', 0] },
      { value: 'ml@acme.com', at: ['owners', 1] }
    ])
    expect(doc.schema!.value[0].fields[0].typeValid).toBe(false)
    expect(doc.issues).toEqual([
      {
        item: 'contract.schema',
        message: "schema.t.fields.a: must NOT have additional property 'nullable'",
        at: ['schema', 't', 'fields', 'a', 'nullable']
      }
    ])
    expect(loaded.line(doc.issues[0].at)).toBe(7)
  })

  it('is recognised by apiVersion and kind, in YAML or JSON', () => {
    expect(
      handoffContract.sniff('apiVersion: "handoff-check/v1"\nkind: HandoffContract # native\n', 'c.yaml')
    ).toBe(true)
    expect(
      handoffContract.sniff('{"apiVersion": "handoff-check/v1", "kind": "HandoffContract"}', 'c.json')
    ).toBe(true)
    expect(handoffContract.sniff('apiVersion: handoff-check/v1\nkind: ModelCard\n', 'c.yaml')).toBe(false)
    expect(
      handoffContract.detect({ apiVersion: 'handoff-check/v2', kind: 'HandoffContract' }, 'c.yaml')
    ).toBe(false)
  })
})

describe('native model card', () => {
  it('maps the documented example completely', () => {
    const loaded = native('churn.modelcard.yaml')
    const m = (i: number, key: string) => ['evaluation', 'metrics', i, key]
    expect(card(loaded)).toEqual({
      kind: 'model-card',
      standard: 'handoff-model-card',
      standardVersion: 'handoff-check/v1',
      at: [],
      name: { value: 'churn-classifier', at: ['name'] },
      version: { value: '3.1.0', at: ['version'] },
      owners: [{ value: '@acme/ml-platform', at: ['owner'] }],
      ownerAnchor: [],
      trainingData: {
        anchor: ['trainingData'],
        location: { value: 's3://acme-ml/churn/training/', at: ['trainingData', 'location'] },
        version: { value: '2026-10-01', at: ['trainingData', 'version'] }
      },
      evaluation: {
        anchor: ['evaluation'],
        metrics: {
          at: ['evaluation', 'metrics'],
          value: [
            {
              at: ['evaluation', 'metrics', 0],
              baselineAnchor: ['evaluation', 'metrics', 0],
              name: { value: 'roc_auc', at: m(0, 'name') },
              value: { value: 0.91, at: m(0, 'value') },
              baseline: { value: 0.87, at: m(0, 'baseline') }
            },
            {
              at: ['evaluation', 'metrics', 1],
              baselineAnchor: ['evaluation', 'metrics', 1],
              name: { value: 'log_loss', at: m(1, 'name') },
              value: { value: 0.31, at: m(1, 'value') },
              baseline: { value: 0.35, at: m(1, 'baseline') },
              higherIsBetter: false
            }
          ]
        }
      },
      artifact: {
        anchor: ['artifact'],
        format: { value: 'onnx', at: ['artifact', 'format'] },
        path: { value: 'models/churn/model.onnx', at: ['artifact', 'path'] }
      },
      serving: {
        anchor: ['serving'],
        latency: { value: 'p95 < 50ms', at: ['serving', 'latency'] },
        throughput: { value: '200 rps', at: ['serving', 'throughput'] }
      },
      monitoring: {
        anchor: ['monitoring'],
        drift: {
          at: ['monitoring', 'drift'],
          metric: { value: 'psi', at: ['monitoring', 'drift', 'metric'] },
          threshold: { value: 0.2, at: ['monitoring', 'drift', 'threshold'] }
        },
        accuracy: {
          at: ['monitoring', 'accuracy'],
          metric: { value: 'roc_auc', at: ['monitoring', 'accuracy', 'metric'] },
          threshold: { value: 0.85, at: ['monitoring', 'accuracy', 'threshold'] }
        },
        latency: {
          at: ['monitoring', 'latency'],
          metric: { value: 'p95', at: ['monitoring', 'latency', 'metric'] },
          threshold: { value: '80ms', at: ['monitoring', 'latency', 'threshold'] }
        }
      },
      ownership: {
        anchor: ['ownership'],
        drift: { value: '@acme/data-eng', at: ['ownership', 'drift'] },
        rollback: { value: '@acme/ml-oncall', at: ['ownership', 'rollback'] }
      },
      issues: []
    })
    const doc = card(loaded)
    expect(
      [doc.trainingData.version, doc.evaluation.metrics!.value[1].baseline, doc.ownership.rollback].map((v) =>
        loaded.line(v!.at)
      )
    ).toEqual([9, 17, 31])
  })

  it('reads the same keys from Markdown front matter, on the lines of the file', () => {
    const text = [
      '---',
      'apiVersion: handoff-check/v1',
      'kind: ModelCard',
      'name: churn',
      'owners:',
      '  - "@acme/ml"',
      'trainingData:',
      '  location: s3://x/',
      '---',
      '# Churn',
      ''
    ].join('\n')
    const loaded = load('models/churn/MODEL_CARD.md', text)
    const doc = card(loaded)
    expect(loaded.format?.standard).toBe('handoff-model-card')
    expect(doc.owners).toEqual([{ value: '@acme/ml', at: ['owners', 0] }])
    expect(loaded.line(doc.owners[0].at)).toBe(6)
    expect(doc.trainingData.version).toBeUndefined()
    expect(loaded.line(doc.trainingData.anchor)).toBe(7)
    expect(loaded.line(doc.evaluation.anchor)).toBe(2)
    expect(handoffModelCard.sniff(text, 'models/churn/MODEL_CARD.md')).toBe(true)
  })

  it('keeps wrong-typed handoff values raw for the checks and reports the shape', () => {
    const text = [
      'apiVersion: handoff-check/v1',
      'kind: ModelCard',
      'owner: 42',
      'owners: "@acme/ml"',
      'evaluation: { metrics: { name: auc } }',
      'monitoring: { drift: 0.2 }',
      'artifact: onnx',
      ''
    ].join('\n')
    const loaded = load('m.modelcard.yaml', text)
    const doc = card(loaded)
    expect(doc.owners).toEqual([
      { value: 42, at: ['owner'] },
      { value: '@acme/ml', at: ['owners'] }
    ])
    expect(doc.evaluation.metrics).toEqual({ value: [], at: ['evaluation', 'metrics'] })
    expect(doc.monitoring.drift).toEqual({
      at: ['monitoring', 'drift'],
      threshold: { value: 0.2, at: ['monitoring', 'drift'] }
    })
    expect(doc.artifact).toEqual({ anchor: ['artifact'] })
    expect(doc.issues.map((i) => [i.item, i.message, loaded.line(i.at)])).toEqual([
      ['file.schema', 'owner: must be string', 3],
      ['file.schema', 'owners: must be array', 4],
      ['file.schema', 'evaluation.metrics: must be array', 5],
      ['file.schema', 'artifact: must be object', 7],
      ['file.schema', 'monitoring.drift: must be string or object', 6]
    ])
  })
})
