import { describe, expect, it } from '@jest/globals'
import { modelCardToolkit } from '../../src/formats/model-card-toolkit.js'
import { card, fixture, load } from './load.js'

describe('Model Card Toolkit', () => {
  it('maps owners (contact first), version, the train set and performance metrics', () => {
    const loaded = fixture('model-card-toolkit/testdata__considerations.json')
    const doc = card(loaded)
    expect(doc.standard).toBe('model-card-toolkit')
    expect(doc.standardVersion).toBe('0.0.2')
    expect(doc.name?.value).toBe('train and eval model')
    expect(doc.version).toEqual({ value: '0.3', at: ['model_details', 'version', 'name'] })
    expect(doc.owners).toEqual([{ value: 'bar@xyz.com', at: ['model_details', 'owners', 0, 'contact'] }])
    expect(doc.ownerAnchor).toEqual(['model_details'])
    expect(doc.trainingData).toEqual({
      anchor: ['model_parameters', 'data', 0],
      location: { value: 'path/to/train', at: ['model_parameters', 'data', 0, 'link'] }
    })
    expect(doc.evaluation.metrics).toBeUndefined()
    expect(doc.issues).toEqual([])
  })

  it('reads every performance metric of the full example, with lines', () => {
    const loaded = fixture('model-card-toolkit/testdata__full.json')
    const doc = card(loaded)
    expect(doc.owners.map((o) => [o.value, loaded.line(o.at)])).toEqual([
      ['contact1@email.com', 10],
      ['contact2@email.com', 14]
    ])
    expect(doc.evaluation.metrics?.value).toEqual([
      {
        at: ['quantitative_analysis', 'performance_metrics', 0],
        baselineAnchor: ['quantitative_analysis', 'performance_metrics', 0],
        name: { value: 'accuracy', at: ['quantitative_analysis', 'performance_metrics', 0, 'type'] },
        // v0.0.2 writes scores as strings: "0.9" is read as the number it stands for.
        value: { value: 0.9, at: ['quantitative_analysis', 'performance_metrics', 0, 'value'] }
      }
    ])
    // "data name" is a label, not a location.
    expect(doc.trainingData).toEqual({ anchor: ['model_parameters', 'data', 0] })
    expect(loaded.line(doc.trainingData.anchor)).toBe(29)
  })

  it('reads numeric strings as numbers and leaves other values for the check to judge', () => {
    const values = ['0.91', ' -2.5e-3 ', '.5', '7', 'high', '', '0x10', 'Infinity', '1.2.3', 0.8, true, null]
    const json = JSON.stringify({
      model_details: { name: 'm' },
      quantitative_analysis: { performance_metrics: values.map((value) => ({ type: 'auc', value })) }
    })
    const doc = card(load('card.json', json))
    expect(doc.evaluation.metrics?.value.map((m) => m.value?.value)).toEqual([
      0.91,
      -0.0025,
      0.5,
      7,
      'high',
      '',
      '0x10',
      'Infinity',
      '1.2.3',
      0.8,
      true,
      undefined
    ])
  })

  it('takes a bare train set name as its location only when it looks like one', () => {
    const located = (data: unknown) =>
      card(load('card.json', JSON.stringify({ model_details: { name: 'm' }, model_parameters: { data } })))
        .trainingData.location
    const at = ['model_parameters', 'data', 0, 'name']
    expect(located([{ name: 'acme/cats-dogs' }])).toEqual({ value: 'acme/cats-dogs', at })
    expect(located([{ name: 'gs://acme/train' }])).toEqual({ value: 'gs://acme/train', at })
    expect(located([{ name: 'train.tfrecord' }])).toEqual({ value: 'train.tfrecord', at })
    expect(located([{ name: 'train' }])).toBeUndefined()
    expect(located([{ name: 'Training Set' }])).toBeUndefined()
    expect(located([{ name: 'train', link: 'gs://b/t' }])).toEqual({
      value: 'gs://b/t',
      at: ['model_parameters', 'data', 0, 'link']
    })
  })

  it('finds the train set by name in v0.0.2 and by key in v0.0.1', () => {
    const v2 = card(fixture('model-card-toolkit/testdata__cats_vs_dogs_v0_0_2.json'))
    expect(v2.trainingData).toEqual({ anchor: ['model_parameters', 'data', 0] })
    expect(v2.evaluation.metrics?.value[0].value?.value).toBe(0.9781249761581421)
    const v1 = card(fixture('model-card-toolkit/testdata__cats_vs_dogs_v0_0_1.json'))
    expect(v1.trainingData.anchor).toEqual(['model_parameters', 'data', 'train'])
    expect(v1.evaluation.metrics?.value).toHaveLength(3)
    expect(v1.evaluation.metrics?.value[0].value?.value).toBe(0.9781249761581421)
  })

  it('reads the handoff object for what the toolkit has no field for, with baselines by metric type', () => {
    const json = JSON.stringify(
      {
        model_details: { name: 'm', owners: [{ name: '', contact: ' ' }] },
        quantitative_analysis: { performance_metrics: [{ type: 'auc', value: 0.8 }] },
        handoff: {
          owner: '@acme/ml',
          trainingData: { location: 'gs://b/train', version: 'v7' },
          evaluation: { baselines: { auc: 0.75 } },
          artifact: { format: 'tensorflow-savedmodel', path: 'export/' }
        }
      },
      null,
      2
    )
    const loaded = load('card.json', json)
    const doc = card(loaded)
    expect(doc.owners).toEqual([{ value: '@acme/ml', at: ['handoff', 'owner'] }])
    expect(doc.ownerAnchor).toEqual(['handoff'])
    expect(doc.trainingData.version).toEqual({ value: 'v7', at: ['handoff', 'trainingData', 'version'] })
    expect(doc.evaluation.metrics?.value[0].baseline).toEqual({
      value: 0.75,
      at: ['handoff', 'evaluation', 'baselines', 'auc']
    })
    expect(loaded.line(doc.evaluation.metrics!.value[0].baseline!.at)).toBe(27)
    expect(doc.artifact.path?.value).toBe('export/')
    expect(doc.issues).toEqual([])
  })

  it('only reads JSON objects with model_details', () => {
    expect(modelCardToolkit.sniff('{"model_details": {}}', 'card.json')).toBe(true)
    expect(modelCardToolkit.sniff('model_details: {}', 'card.yaml')).toBe(false)
    expect(modelCardToolkit.detect({ model_details: 'x' }, 'card.json')).toBe(false)
    expect(modelCardToolkit.detect({ properties: { model_details: {} } }, 'schema.json')).toBe(false)
  })
})
