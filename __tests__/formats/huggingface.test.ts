import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { huggingface } from '../../src/formats/huggingface.js'
import { card, file, fixture, load, STANDARDS } from './load.js'

describe('Hugging Face model cards', () => {
  it('maps the model-index: every metric, the first dataset and the first revision as training-data version', () => {
    const loaded = fixture('huggingface-hub/card__sample_simple_model_index.md')
    const doc = card(loaded)
    expect(doc.standard).toBe('huggingface')
    expect(doc.name).toEqual({ value: 'my-cool-model', at: ['model-index', 0, 'name'] })
    expect(doc.trainingData).toEqual({
      anchor: ['handoff', 'trainingData'],
      location: { value: 'beans', at: ['datasets', 0] },
      version: {
        value: '5503434ddd753f426f4b38109466949a1217c2bb',
        at: ['model-index', 0, 'results', 1, 'dataset', 'revision']
      }
    })
    expect(loaded.line(doc.trainingData.location!.at)).toBe(9)
    expect(loaded.line(doc.trainingData.version!.at)).toBe(30)
    const metrics = doc.evaluation.metrics!
    expect(metrics.at).toEqual(['model-index'])
    expect(metrics.value).toEqual([
      {
        at: ['model-index', 0, 'results', 0, 'metrics', 0],
        baselineAnchor: ['model-index', 0, 'results', 0, 'metrics', 0],
        name: { value: 'accuracy', at: ['model-index', 0, 'results', 0, 'metrics', 0, 'type'] },
        value: { value: 0.9, at: ['model-index', 0, 'results', 0, 'metrics', 0, 'value'] }
      },
      {
        at: ['model-index', 0, 'results', 1, 'metrics', 0],
        baselineAnchor: ['model-index', 0, 'results', 1, 'metrics', 0],
        name: { value: 'f1', at: ['model-index', 0, 'results', 1, 'metrics', 0, 'type'] },
        value: { value: 0.66, at: ['model-index', 0, 'results', 1, 'metrics', 0, 'value'] }
      }
    ])
    expect(metrics.value.map((m) => loaded.line(m.value!.at))).toEqual([22, 35])
    // No handoff block: everything else is missing, anchored on the root of the front matter (line 2).
    expect(doc.owners).toEqual([])
    expect(loaded.line(doc.ownerAnchor)).toBe(2)
    expect(doc.artifact).toEqual({ anchor: ['handoff', 'artifact'] })
    expect(doc.issues).toEqual([])
  })

  it('reads the CRLF card with file lines', () => {
    const loaded = fixture('huggingface-hub/card__sample_windows_line_breaks.md')
    const doc = card(loaded)
    expect(doc.evaluation).toEqual({ anchor: ['handoff', 'evaluation'] })
    expect(doc.trainingData).toEqual({ anchor: ['handoff', 'trainingData'] })
    expect(loaded.line(['widget'])).toBe(5)
    expect(loaded.line(doc.ownerAnchor)).toBe(2)
  })

  it('recognises a card by any model-only key, never a dataset card, a list, no front matter or a template', () => {
    expect(fixture('huggingface-hub/card__sample_simple.md').format?.standard).toBe('huggingface')
    for (const file of [
      'card__sample_datasetcard_simple.md',
      'card__sample_invalid_card_data.md',
      'card__sample_no_metadata.md',
      'card__sample_template.md',
      'card__sample_datasetcard_template.md',
      'template__modelcard_template.md',
      'template__datasetcard_template.md'
    ]) {
      const path = `${STANDARDS}/huggingface-hub/${file}`
      const text = readFileSync(path, 'utf8')
      expect([file, huggingface.sniff(text, path), load(path, text).format]).toEqual([file, false, undefined])
    }
    expect(fixture('huggingface-hub/card__sample_invalid_card_data.md').source.data).toEqual([])
    expect(fixture('huggingface-hub/card__sample_no_metadata.md').source.noYaml).toBe(true)
  })

  it('only reads Markdown', () => {
    expect(huggingface.sniff('---\nlibrary_name: timm\n---\n', 'README.txt')).toBe(false)
    expect(huggingface.detect({ library_name: 'timm' }, 'card.yaml')).toBe(false)
    expect(huggingface.sniff('---\r\nbase_model: x\r\n---\r\n', 'README.md')).toBe(true)
    expect(huggingface.sniff('# title\n\nlibrary_name: timm\n', 'README.md')).toBe(false)
  })

  const withHandoff = [
    '---',
    'license: apache-2.0',
    'library_name: transformers',
    'datasets:',
    '  - acme/support-tickets',
    'model-index:',
    '  - name: ticket-router',
    '    results:',
    '      - task: { type: text-classification }',
    '        dataset: { type: acme/support-tickets, name: Support tickets, revision: 9f1c2e7 }',
    '        metrics:',
    '          - { type: accuracy, value: 0.912 }',
    '          - { type: f1, name: F1 score, value: 0.887 }',
    'handoff:',
    '  owner: "@acme/nlp"',
    '  version: 2.0.0',
    '  trainingData: { location: s3://acme/tickets/, version: "2026-10-01" }',
    '  evaluation:',
    '    baselines: { accuracy: 0.874 }',
    '  artifact: { format: safetensors, path: model.safetensors }',
    '  serving: { latency: p95 < 120ms, throughput: 40 rps }',
    '  monitoring:',
    '    drift: { metric: embedding_psi, threshold: 0.25 }',
    '    accuracy: accuracy < 0.89',
    '  ownership: { drift: "@acme/data-eng", rollback: "@acme/nlp-oncall" }',
    '---',
    '# Ticket router',
    ''
  ].join('\n')

  it('reads the handoff block, preferring it for training data, with baselines by metric type', () => {
    const loaded = load('models/router/README.md', withHandoff)
    const doc = card(loaded)
    expect(doc.issues).toEqual([])
    expect(doc.version).toEqual({ value: '2.0.0', at: ['handoff', 'version'] })
    expect(doc.owners).toEqual([{ value: '@acme/nlp', at: ['handoff', 'owner'] }])
    expect(loaded.line(doc.owners[0].at)).toBe(15)
    expect(doc.ownerAnchor).toEqual(['handoff'])
    expect(doc.trainingData.location?.value).toBe('s3://acme/tickets/')
    expect(doc.trainingData.version).toEqual({
      value: '2026-10-01',
      at: ['handoff', 'trainingData', 'version']
    })
    const [accuracy, f1] = doc.evaluation.metrics!.value
    expect(accuracy.baseline).toEqual({
      value: 0.874,
      at: ['handoff', 'evaluation', 'baselines', 'accuracy']
    })
    expect(loaded.line(accuracy.baseline!.at)).toBe(19)
    expect(f1.name?.value).toBe('f1')
    expect(f1.baseline).toBeUndefined()
    // A missing baseline is reported on its metric's line, where the reader looks for it.
    expect(f1.baselineAnchor).toEqual(f1.at)
    expect(loaded.line(f1.baselineAnchor)).toBe(loaded.line(f1.at))
    expect(doc.artifact.format).toEqual({ value: 'safetensors', at: ['handoff', 'artifact', 'format'] })
    expect(doc.serving.latency?.value).toBe('p95 < 120ms')
    expect(doc.serving.throughput?.value).toBe('40 rps')
    expect(doc.monitoring.drift).toEqual({
      at: ['handoff', 'monitoring', 'drift'],
      metric: { value: 'embedding_psi', at: ['handoff', 'monitoring', 'drift', 'metric'] },
      threshold: { value: 0.25, at: ['handoff', 'monitoring', 'drift', 'threshold'] }
    })
    expect(doc.monitoring.accuracy).toEqual({
      at: ['handoff', 'monitoring', 'accuracy'],
      threshold: { value: 'accuracy < 0.89', at: ['handoff', 'monitoring', 'accuracy'] }
    })
    expect(doc.monitoring.latency).toBeUndefined()
    expect(doc.ownership.rollback).toEqual({
      value: '@acme/nlp-oncall',
      at: ['handoff', 'ownership', 'rollback']
    })
  })

  it('takes metrics from the handoff block when the card has no model-index', () => {
    const text = [
      '---',
      'pipeline_tag: tabular-classification',
      'handoff:',
      '  evaluation:',
      '    metrics:',
      '      - { name: rmse, value: 3.1, baseline: 3.4, higherIsBetter: false }',
      '---',
      ''
    ].join('\n')
    const doc = card(load('README.md', text))
    expect(doc.evaluation.metrics).toEqual({
      at: ['handoff', 'evaluation', 'metrics'],
      value: [
        {
          at: ['handoff', 'evaluation', 'metrics', 0],
          baselineAnchor: ['handoff', 'evaluation', 'metrics', 0],
          name: { value: 'rmse', at: ['handoff', 'evaluation', 'metrics', 0, 'name'] },
          value: { value: 3.1, at: ['handoff', 'evaluation', 'metrics', 0, 'value'] },
          baseline: { value: 3.4, at: ['handoff', 'evaluation', 'metrics', 0, 'baseline'] },
          higherIsBetter: false
        }
      ]
    })
  })

  it('reports unknown keys in the handoff block and a malformed model-index', () => {
    const text = [
      '---',
      'library_name: timm',
      'model-index:',
      '  - name: m',
      '    results:',
      '      - task: { type: image-classification }',
      '        dataset: { type: beans }',
      '        metrics: [{ type: acc, value: 0.9 }]',
      'handoff:',
      '  trainingdata: { version: 1 }',
      '---',
      ''
    ].join('\n')
    const loaded = load('README.md', text)
    const issues = card(loaded).issues
    expect(issues.map((i) => [i.item, i.message, loaded.line(i.at)])).toEqual([
      ['file.schema', "model-index[0].results[0].dataset: must have required property 'name'", 7],
      ['file.schema', "handoff: must NOT have additional property 'trainingdata'", 10]
    ])
  })
})

describe('the documented Hugging Face example', () => {
  it('maps with no issue, baselines by metric type and the revision as training-data version', () => {
    const loaded = file('__tests__/formats/fixtures/ticket-router.README.md')
    const doc = card(loaded)
    expect(doc.issues).toEqual([])
    expect(doc.name?.value).toBe('ticket-router')
    expect(doc.owners).toEqual([{ value: '@acme/nlp', at: ['handoff', 'owner'] }])
    expect(doc.trainingData.location).toEqual({ value: 'acme/support-tickets', at: ['datasets', 0] })
    expect(doc.trainingData.version).toEqual({
      value: '9f1c2e7',
      at: ['model-index', 0, 'results', 0, 'dataset', 'revision']
    })
    expect(
      doc.evaluation.metrics?.value.map((m) => [m.name?.value, m.value?.value, m.baseline?.value])
    ).toEqual([
      ['accuracy', 0.912, 0.874],
      ['f1', 0.887, 0.85]
    ])
    expect(loaded.line(doc.evaluation.metrics!.value[1].baseline!.at)).toBe(18)
    expect(Object.keys(doc.monitoring)).toEqual(['anchor', 'drift', 'accuracy', 'latency'])
  })
})
