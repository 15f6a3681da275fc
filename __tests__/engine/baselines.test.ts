// Missing baselines as real cards have them: on the metric's own line (not on a `handoff.evaluation.baselines` the
// card does not have), once per metric name when one baseline serves several results, and with an example value the
// metric beats in its own direction.
import { describe, expect, it } from '@jest/globals'
import { findingsWithMessages, lines } from '../helpers/check.js'

const CARD = lines(
  '---', // 1
  'license: apache-2.0', // 2
  'model-index:', // 3
  '  - name: whisper-small-ur', // 4
  '    results:', // 5
  '      - task: { type: automatic-speech-recognition }', // 6
  '        dataset: { type: common_voice, name: Common Voice, revision: 9f1c2e7 }', // 7
  '        metrics:', // 8
  '          - type: wer', // 9
  '            value: 32.7', // 10
  '          - type: accuracy', // 11
  '            value: 0.912', // 12
  '      - task: { type: automatic-speech-recognition }', // 13
  '        dataset: { type: fleurs, name: FLEURS, revision: 1a2b3c4 }', // 14
  '        metrics:', // 15
  '          - type: wer', // 16
  '            value: 41.2', // 17
  '---', // 18
  '# whisper-small-ur' // 19
)

describe('evaluation.baseline in a Hugging Face card without baselines', () => {
  const baselines = findingsWithMessages('models/whisper/README.md', CARD).filter(
    (f) => f[0] === 'evaluation.baseline'
  )

  it('is on each metric line, once per metric type, with an example the value beats', () => {
    expect(baselines).toEqual([
      [
        'evaluation.baseline',
        'missing',
        'error',
        9,
        13,
        'Metric "wer" has no baseline: add `handoff.evaluation.baselines: { wer: 36 }` in the front matter (or `baseline:` on a `handoff.evaluation.metrics` entry).'
      ],
      [
        'evaluation.baseline',
        'missing',
        'error',
        11,
        13,
        'Metric "accuracy" has no baseline: add `handoff.evaluation.baselines: { accuracy: 0.821 }` in the front matter (or `baseline:` on a `handoff.evaluation.metrics` entry).'
      ]
    ])
  })

  it('an existing baselines mapping without the metric: still on the metric line', () => {
    const text = CARD.replace(
      '---\n# whisper',
      'handoff:\n  evaluation:\n    baselines: { accuracy: 0.8 }\n---\n# whisper'
    )
    const found = findingsWithMessages('models/whisper/README.md', text).filter(
      (f) => f[0] === 'evaluation.baseline'
    )
    expect(found.map((f) => f.slice(0, 5))).toEqual([['evaluation.baseline', 'missing', 'error', 9, 13]])
  })
})

describe('evaluation.baseline in a Model Card Toolkit card with one metric per slice', () => {
  const card = lines(
    '{', // 1
    '  "model_details": { "name": "cats-vs-dogs" },', // 2
    '  "quantitative_analysis": {', // 3
    '    "performance_metrics": [', // 4
    '      { "type": "accuracy", "value": 0.97 },', // 5
    '      { "type": "accuracy", "value": 0.99, "slice": "cat" },', // 6
    '      { "type": "log_loss", "value": 0.2, "slice": "dog" }', // 7
    '    ]', // 8
    '  }', // 9
    '}' // 10
  )

  it('one finding per metric type, on its first metric', () => {
    const found = findingsWithMessages('models/model_card.json', card).filter(
      (f) => f[0] === 'evaluation.baseline'
    )
    expect(found).toEqual([
      [
        'evaluation.baseline',
        'missing',
        'error',
        5,
        7,
        'Metric "accuracy" has no baseline: add `"handoff": { "evaluation": { "baselines": { "accuracy": 0.873 } } }`.'
      ],
      [
        'evaluation.baseline',
        'missing',
        'error',
        7,
        7,
        'Metric "log_loss" has no baseline: add `"handoff": { "evaluation": { "baselines": { "log_loss": 0.22 } } }`.'
      ]
    ])
  })
})
