// A Hugging Face card and an eval results file beside it, shared by the mapper, CLI and Action tests.
/** A Hub card whose only metrics come from eval results files; baselines for `gpqa_diamond` and `routing`. */
export const CARD = [
  '---', // 1
  'library_name: transformers', // 2
  'datasets:', // 3
  '  - acme/support-tickets', // 4
  'handoff:', // 5
  '  owner: "@acme/nlp"', // 6
  '  evaluation:', // 7
  '    baselines: { gpqa_diamond: 0.39, routing: 0.8 }', // 8
  '  artifact: { format: safetensors, path: model.safetensors }', // 9
  '  serving: { latency: p95 < 120ms, throughput: 40 rps }', // 10
  '  monitoring:', // 11
  '    drift: { metric: embedding_psi, threshold: 0.25 }', // 12
  '    accuracy: { metric: accuracy, threshold: 0.89 }', // 13
  '    latency: { metric: p95, threshold: 150ms }', // 14
  '  ownership: { drift: "@acme/data-eng", rollback: "@acme/nlp-oncall" }', // 15
  '---',
  ''
].join('\n')
export const PATH = 'models/router/README.md'
/** An eval results file: `routing` on the dataset the card trains on, with its revision. */
export const ROUTING = [
  '- dataset:',
  '    id: acme/support-tickets',
  '    task_id: routing',
  '    revision: 5503434ddd753f426f4b38109466949a1217c2bb',
  '  value: 0.83',
  ''
].join('\n')
