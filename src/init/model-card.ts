// The model card skeletons: handoff-check's own YAML card and a Hugging Face README. The items the Hub has no field
// for are written the same way in both, the Hub's under its `handoff:` block.
import type { Skeleton } from './skeletons.js'
import { header, lines, yamlString } from './text.js'

const SCHEMA_URL =
  'https://raw.githubusercontent.com/handoff-check/handoff-check/v1/schemas/handoff-model-card.schema.json'

const OWNER = [
  '# model.owner: who answers for the model: a GitHub team ("@acme/ml-platform"), user ("@alice") or email.',
  'owner: ""'
]

/** From the artifact on: the items both formats write alike. */
const SERVING = [
  'artifact:',
  '  # artifact.format: the format of the file that is served: onnx, torchscript, safetensors, sklearn-joblib, …',
  "  # Add `path:` with the artifact's location when it is in the repository; its extension must agree (.onnx).",
  '  format: ""',
  'serving:',
  '  # serving.latency: the latency target: a number with a time unit, after an optional statistic (p95 < 50ms).',
  '  latency: ""',
  '  # serving.throughput: the throughput target: a number with a rate unit (200 rps, 12000 rpm).',
  '  throughput: ""',
  'monitoring:',
  '  # monitoring.drift: the drift signal watched in production and the threshold that alerts (psi, 0.2).',
  '  drift: { metric: "", threshold: "" }',
  '  # monitoring.accuracy: the quality metric watched in production and the threshold that alerts (roc_auc, 0.85).',
  '  accuracy: { metric: "", threshold: "" }',
  '  # monitoring.latency: the latency statistic watched in production and the threshold that alerts (p95, 80ms).',
  '  latency: { metric: "", threshold: "" }',
  'ownership:',
  '  # ownership.drift: who fixes the model when its input data or its predictions drift.',
  '  drift: ""',
  '  # ownership.rollback: who rolls the model back when it misbehaves in production.',
  '  rollback: ""'
]

export const MODEL_CARD_ITEMS: Skeleton = {
  label: 'a handoff-check model card',
  fileName: (base) => `${base}.modelcard.yaml`,
  text: (name) =>
    lines(
      `# yaml-language-server: $schema=${SCHEMA_URL}`,
      ...header('A handoff-check model card'),
      'apiVersion: handoff-check/v1',
      'kind: ModelCard',
      `name: ${yamlString(name)}`,
      '# The version of the model itself, raised with each release.',
      'version: 0.1.0',
      ...OWNER,
      'trainingData:',
      '  # training-data.location: where the training data is: a URI (s3://…), a path or a dataset id.',
      '  location: ""',
      '  # training-data.version: the snapshot trained on, pinned: a date, semver, commit SHA or dataset revision.',
      '  version: ""',
      ...LINK.map((line) => `  ${line}`),
      'evaluation:',
      '  # evaluation.metrics: each metric measured on held-out data, with its name (roc_auc) and numeric value.',
      '  # evaluation.baseline: what each metric is compared with: the model this one replaces, or a simple heuristic.',
      '  metrics:',
      '    - { name: "", value: "", baseline: "" }',
      ...SERVING
    )
}

/**
 * The link to the contract the training data comes from (training-data.contract), under `trainingData`: commented
 * out, since an empty link is not valid against the schema and a card may have none.
 */
const LINK = [
  '# training-data.contract: the data contract the training data comes from, by its path or `id`, and the',
  '# contract versions the model was validated against (a card may have none: until then, a notice):',
  '# contract: contracts/orders.odcs.yaml',
  '# contractVersion: ^1.0.0'
]

export const HUGGINGFACE_CARD: Skeleton = {
  label: 'a Hugging Face model card',
  fileName: () => 'README.md',
  text: (name) =>
    lines(
      '---',
      ...header('A Hugging Face model card'),
      '# The Hub reads `datasets` and `model-index`; the rest is in the `handoff` block, which the Hub ignores.',
      '# training-data.location: the Hub datasets the model is trained on, by id (acme/support-tickets).',
      'datasets: []',
      'model-index:',
      `  - name: ${yamlString(name)}`,
      '    results:',
      '      # The task (text-classification, …) and the dataset each result was measured on.',
      '      # training-data.version: the dataset `revision` (a commit of the dataset repository), pinned.',
      '      # evaluation.metrics: each metric by its type (accuracy, f1), with a numeric value.',
      '      - task: { type: "" }',
      '        dataset: { type: "", name: "", revision: "" }',
      '        metrics:',
      '          - { type: "", value: "" }',
      'handoff:',
      ...[
        ...OWNER,
        // One line: a `trainingData:` key holding only comments would be null, which the schema refuses.
        ...LINK.slice(0, 2),
        '# trainingData: { contract: contracts/orders.odcs.yaml, contractVersion: ^1.0.0 }',
        'evaluation:',
        '  # evaluation.baseline: what each metric is compared with, keyed by its type: { accuracy: 0.87 }.',
        '  baselines: {}',
        ...SERVING
      ].map((line) => `  ${line}`),
      '---',
      '',
      `# ${name}`
    )
}
