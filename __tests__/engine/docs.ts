// Complete documents of every format, line by line, so a test can remove or replace one line and state the exact
// line and column the engine must report. Each passes every handoff item with the default configuration.
import { lines } from '../helpers/check.js'

export const NATIVE_CONTRACT = [
  'apiVersion: handoff-check/v1', // 1
  'kind: HandoffContract', // 2
  'id: orders', // 3
  'version: 1.2.0', // 4
  'owner: "@acme/data-platform"', // 5
  'freshness: 24h', // 6
  'schema:', // 7
  '  orders:', // 8
  '    type: table', // 9
  '    fields:', // 10
  '      order_id:', // 11
  '        type: string', // 12
  '      amount:', // 13
  '        type: decimal' // 14
]

export const ODCS = [
  'apiVersion: v3.1.0', // 1
  'kind: DataContract', // 2
  'id: urn:acme:orders', // 3
  'version: 1.2.0', // 4
  'status: active', // 5
  'customProperties:', // 6
  '  - property: owner', // 7
  '    value: "@acme/data-platform"', // 8
  'slaProperties:', // 9
  '  - property: freshness', // 10
  '    value: 24', // 11
  '    unit: h', // 12
  'schema:', // 13
  '  - name: orders', // 14
  '    properties:', // 15
  '      - name: order_id', // 16
  '        logicalType: string', // 17
  '      - name: amount', // 18
  '        logicalType: number' // 19
]

export const DCS = [
  'dataContractSpecification: 1.2.1', // 1
  'id: urn:acme:customers', // 2
  'info:', // 3
  '  title: Customers', // 4
  '  version: 2.0.1', // 5
  '  owner: "@acme/data-platform"', // 6
  'models:', // 7
  '  customers:', // 8
  '    type: table', // 9
  '    fields:', // 10
  '      customer_id:', // 11
  '        type: string', // 12
  'servicelevels:', // 13
  '  freshness:', // 14
  '    threshold: 25h' // 15
]

export const NATIVE_CARD = [
  'apiVersion: handoff-check/v1', // 1
  'kind: ModelCard', // 2
  'name: churn-classifier', // 3
  'version: 3.1.0', // 4
  'owner: "@acme/ml-platform"', // 5
  'trainingData:', // 6
  '  location: s3://acme-ml/churn/training/', // 7
  '  version: "2026-10-01"', // 8
  'evaluation:', // 9
  '  metrics:', // 10
  '    - name: roc_auc', // 11
  '      value: 0.91', // 12
  '      baseline: 0.87', // 13
  'artifact:', // 14
  '  format: onnx', // 15
  '  path: models/churn/model.onnx', // 16
  'serving:', // 17
  '  latency: p95 < 50ms', // 18
  '  throughput: 200 rps', // 19
  'monitoring:', // 20
  '  drift: { metric: psi, threshold: 0.2 }', // 21
  '  accuracy: { metric: roc_auc, threshold: 0.85 }', // 22
  '  latency: { metric: p95, threshold: 80ms }', // 23
  'ownership:', // 24
  '  drift: "@acme/data-eng"', // 25
  '  rollback: "@acme/ml-oncall"' // 26
]

/** The native card as Markdown front matter: the YAML's line n is the file's line n + 1. */
export function markdownCard(yaml: readonly string[]): string {
  return lines('---', ...yaml, '---', '', '# Churn classifier', '', 'Predicts churn.')
}

export const HUGGING_FACE = [
  '---', // 1
  'license: apache-2.0', // 2
  'library_name: transformers', // 3
  'datasets:', // 4
  '  - acme/support-tickets', // 5
  'model-index:', // 6
  '  - name: ticket-router', // 7
  '    results:', // 8
  '      - task: { type: text-classification }', // 9
  '        dataset: { type: acme/support-tickets, name: Support tickets, revision: 9f1c2e7 }', // 10
  '        metrics:', // 11
  '          - { type: accuracy, value: 0.912 }', // 12
  '          - { type: f1, value: 0.887 }', // 13
  'handoff:', // 14
  '  owner: "@acme/nlp"', // 15
  '  evaluation:', // 16
  '    baselines: { accuracy: 0.874, f1: 0.85 }', // 17
  '  artifact: { format: safetensors, path: model.safetensors }', // 18
  '  serving: { latency: p95 < 120ms, throughput: 40 rps }', // 19
  '  monitoring:', // 20
  '    drift: { metric: embedding_psi, threshold: 0.25 }', // 21
  '    accuracy: { metric: accuracy, threshold: 0.89 }', // 22
  '    latency: { metric: p95, threshold: 150ms }', // 23
  '  ownership: { drift: "@acme/data-eng", rollback: "@acme/nlp-oncall" }', // 24
  '---', // 25
  '', // 26
  '# ticket-router' // 27
]

export const MODEL_CARD_TOOLKIT = [
  '{', // 1
  '  "schema_version": "0.0.2",', // 2
  '  "model_details": {', // 3
  '    "name": "cats-vs-dogs",', // 4
  '    "version": { "name": "1.0.0" },', // 5
  '    "owners": [{ "name": "Vision", "contact": "@acme/vision" }]', // 6
  '  },', // 7
  '  "model_parameters": {', // 8
  '    "data": [{ "name": "train", "link": "gs://acme/cats-dogs/train", "version": "v7" }]', // 9
  '  },', // 10
  '  "quantitative_analysis": {', // 11
  '    "performance_metrics": [{ "type": "accuracy", "value": 0.94 }]', // 12
  '  },', // 13
  '  "handoff": {', // 14
  '    "evaluation": { "baselines": { "accuracy": 0.9 } },', // 15
  '    "artifact": { "format": "tensorflow-savedmodel", "path": "models/cats-dogs/saved_model.pb" },', // 16
  '    "serving": { "latency": "p95 < 80ms", "throughput": "30 rps" },', // 17
  '    "monitoring": {', // 18
  '      "drift": { "metric": "psi", "threshold": 0.2 },', // 19
  '      "accuracy": { "metric": "accuracy", "threshold": 0.9 },', // 20
  '      "latency": { "metric": "p95", "threshold": "100ms" }', // 21
  '    },', // 22
  '    "ownership": { "drift": "@acme/data-eng", "rollback": "@acme/vision-oncall" }', // 23
  '  }', // 24
  '}' // 25
]

/** The document with line `n` (1-based) replaced by `rows` (none: the line is removed). */
export function edit(doc: readonly string[], n: number, ...rows: string[]): string {
  if (doc[n - 1] === undefined) throw new Error(`no line ${n}`)
  return lines(...doc.slice(0, n - 1), ...rows, ...doc.slice(n))
}

export const text = (doc: readonly string[]): string => lines(...doc)
