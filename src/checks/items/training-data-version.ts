import type { ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { quote } from '../values/quote.js'
import { isPinnedVersion } from '../values/version.js'

export const trainingDataVersion: ModelCardItem = {
  id: 'training-data.version',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Training data version is pinned',
  description:
    'The model card pins the version of its training data: a value that names one snapshot, not `latest`, `main`, `master`, `head`, `current`, `*` or empty.',
  help: 'Pin the training data to a date, semver, commit SHA or dataset revision, so the model can be reproduced.',
  example: 'trainingData: { version: "2026-10-01" }',
  messages: {
    ...cardMissingMessages(
      'No training data version: add {{where}} (a date, semver, commit SHA or revision).',
      {
        native: '`trainingData.version: "2026-10-01"`',
        huggingface:
          '`handoff.trainingData.version: "2026-10-01"` in the front matter, or a `revision` to a `model-index` or `.eval_results/` result on a dataset listed under `datasets`',
        mct: '`"version": "2026-10-01"` to the training set in `model_parameters.data`'
      }
    ),
    floating:
      'Training data version "{{value}}" is not pinned: it moves. Use a date, semver, commit SHA or dataset revision.',
    notScalar: 'Training data version is {{value}}: write one version as a string, e.g. "2026-10-01".',
    ...STANDARD_ISSUE
  },
  check(doc) {
    const version = doc.trainingData.version
    if (version === undefined) {
      return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.trainingData.anchor }]
    }
    if (isPinnedVersion(version.value)) return []
    const v = version.value
    const scalar = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
    return [
      {
        messageId: scalar && v !== null && typeof v !== 'boolean' ? 'floating' : 'notScalar',
        data: { value: quote(v) },
        status: 'invalid',
        at: version.at
      }
    ]
  }
}
