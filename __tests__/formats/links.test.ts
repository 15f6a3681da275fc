// The contract link keys (trainingData.contract/contractVersion, serving.inputs[]) in every model-card format.
import { describe, expect, it } from '@jest/globals'
import { card, load } from './load.js'

describe('contract links in model cards', () => {
  it('reads trainingData.contract, its range and serving.inputs[] from a native card, on their lines', () => {
    const loaded = load(
      'models/churn.modelcard.yaml',
      [
        'apiVersion: handoff-check/v1',
        'kind: ModelCard',
        'name: churn',
        'trainingData:',
        '  contract: contracts/orders.yaml',
        '  contractVersion: ^2.1.0',
        'serving:',
        '  inputs:',
        '    - name: orders',
        '      contract: urn:acme:orders',
        '      contractVersion: ">=2 <3"',
        '    - contract: contracts/customers.yaml',
        ''
      ].join('\n')
    )
    const doc = card(loaded)
    expect(doc.issues).toEqual([])
    expect(doc.trainingData.contract).toEqual({
      value: 'contracts/orders.yaml',
      at: ['trainingData', 'contract']
    })
    expect(doc.trainingData.contractVersion).toEqual({
      value: '^2.1.0',
      at: ['trainingData', 'contractVersion']
    })
    expect(doc.serving.inputs).toEqual([
      {
        at: ['serving', 'inputs', 0],
        contract: { value: 'urn:acme:orders', at: ['serving', 'inputs', 0, 'contract'] },
        contractVersion: { value: '>=2 <3', at: ['serving', 'inputs', 0, 'contractVersion'] }
      },
      {
        at: ['serving', 'inputs', 1],
        contract: { value: 'contracts/customers.yaml', at: ['serving', 'inputs', 1, 'contract'] }
      }
    ])
    expect(loaded.line(doc.trainingData.contract!.at)).toBe(5)
    expect(loaded.line(doc.serving.inputs![1].contract!.at)).toBe(12)
  })

  it('reads the same keys from the handoff block of a Hugging Face card, with the Hub datasets kept', () => {
    const loaded = load(
      'models/router/README.md',
      [
        '---',
        'library_name: transformers',
        'datasets:',
        '  - acme/tickets',
        'handoff:',
        '  trainingData:',
        '    contract: contracts/tickets.yaml',
        '    contractVersion: ~1.4.0',
        '  serving:',
        '    inputs:',
        '      - contract: contracts/tickets.yaml',
        '---',
        '# Router',
        ''
      ].join('\n')
    )
    const doc = card(loaded)
    expect(doc.issues).toEqual([])
    expect(doc.trainingData).toEqual({
      anchor: ['handoff', 'trainingData'],
      location: { value: 'acme/tickets', at: ['datasets', 0] },
      contract: { value: 'contracts/tickets.yaml', at: ['handoff', 'trainingData', 'contract'] },
      contractVersion: { value: '~1.4.0', at: ['handoff', 'trainingData', 'contractVersion'] }
    })
    expect(doc.serving.inputs).toEqual([
      {
        at: ['handoff', 'serving', 'inputs', 0],
        contract: { value: 'contracts/tickets.yaml', at: ['handoff', 'serving', 'inputs', 0, 'contract'] }
      }
    ])
    expect(loaded.line(doc.trainingData.contract!.at)).toBe(7)
  })

  it('reads the handoff block of a Model Card Toolkit card', () => {
    const loaded = load(
      'models/churn.json',
      JSON.stringify(
        {
          model_details: { name: 'churn' },
          handoff: { trainingData: { contract: 'urn:acme:orders', contractVersion: '^3' } }
        },
        null,
        2
      )
    )
    const doc = card(loaded)
    expect(doc.trainingData.contract).toEqual({
      value: 'urn:acme:orders',
      at: ['handoff', 'trainingData', 'contract']
    })
    expect(doc.trainingData.contractVersion).toEqual({
      value: '^3',
      at: ['handoff', 'trainingData', 'contractVersion']
    })
    expect(loaded.line(doc.trainingData.contract!.at)).toBe(7)
  })

  it('reports a link that is not a string, and an input without a contract, against the schema', () => {
    const loaded = load(
      'm.modelcard.yaml',
      [
        'apiVersion: handoff-check/v1',
        'kind: ModelCard',
        'trainingData:',
        '  contract: [a, b]',
        'serving:',
        '  inputs:',
        '    - name: orders',
        ''
      ].join('\n')
    )
    const doc = card(loaded)
    expect(doc.issues.map((i) => [i.item, i.message])).toEqual([
      ['file.schema', 'trainingData.contract: must be string'],
      ['file.schema', "serving.inputs[0]: must have required property 'contract'"]
    ])
  })
})
