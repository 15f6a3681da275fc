import { describe, expect, it } from '@jest/globals'
import type { ContractEntry } from '../../../src/core/links/index.js'
import type { ModelCardDoc } from '../../../src/model/types.js'
import { cardDoc, check, context, loc, withStandard } from '../builders.js'

const orders: ContractEntry = { path: 'contracts/orders.yaml', id: 'urn:acme:orders', version: '2.3.0' }
const withContracts = (...contracts: ContractEntry[]) => ({ ...context(), contracts })

const linked = (contract: unknown, range?: unknown): ModelCardDoc =>
  cardDoc({
    trainingData: {
      anchor: ['trainingData'],
      contract: loc(contract, 'trainingData', 'contract'),
      ...(range !== undefined ? { contractVersion: loc(range, 'trainingData', 'contractVersion') } : {})
    }
  })

describe('training-data.contract', () => {
  it.each([
    ['contracts/orders.yaml', '^2.1.0'],
    ['./contracts/orders.yaml', '>=2 <3'],
    ['urn:acme:orders', '~2.3'],
    ['urn:acme:orders', undefined]
  ])('accepts a link to %p with range %p the contract satisfies', (contract, range) => {
    expect(check('training-data.contract', linked(contract, range), withContracts(orders))).toEqual([])
  })

  it.each([
    [
      'handoff-model-card',
      'missingNative',
      '`trainingData.contract: contracts/orders.yaml` with `contractVersion: "^2.1.0"`'
    ],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.trainingData.contract: contracts/orders.yaml` with `contractVersion: "^2.1.0"` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"handoff": { "trainingData": { "contract": "contracts/orders.yaml", "contractVersion": "^2.1.0" } }`'
    ]
  ] as const)('a card with no link is a notice that says what to add in %s', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ trainingData: { anchor: ['trainingData'] } }), standard)
    expect(check('training-data.contract', doc, withContracts(orders))).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['trainingData'],
        severity: 'notice',
        message: `No contract link: add ${where} (a contract path or \`id\`, and the version range the model was built against), so a change of that contract shows this model downstream.`
      }
    ])
  })

  it.each(['', '   '])(
    'a blank link %p names nothing: the missing-link notice, never a silent pass',
    (blank) => {
      expect(check('training-data.contract', linked(blank), withContracts(orders))).toEqual([
        expect.objectContaining({
          messageId: 'missingNative',
          status: 'missing',
          at: ['trainingData'],
          severity: 'notice'
        })
      ])
    }
  )

  it('a link to nothing is invalid and names the link', () => {
    expect(
      check('training-data.contract', linked('contracts/order.yaml', '^2'), withContracts(orders))
    ).toEqual([
      {
        messageId: 'notFound',
        data: { key: 'trainingData.contract', contract: 'contracts/order.yaml' },
        status: 'invalid',
        at: ['trainingData', 'contract'],
        message:
          '`trainingData.contract` names "contracts/order.yaml", but no contract in the repository has this path or `id`. Name a contract by its repository path (`contracts/orders.yaml`) or its `id`, or remove the link.'
      }
    ])
  })

  it('a range the contract no longer satisfies says where it is, what the card expects and what to do', () => {
    expect(
      check('training-data.contract', linked('urn:acme:orders', '^1.4.0'), withContracts(orders))
    ).toEqual([
      {
        messageId: 'outside',
        data: {
          key: 'trainingData.contractVersion',
          range: '^1.4.0',
          path: 'contracts/orders.yaml',
          version: '2.3.0'
        },
        status: 'invalid',
        at: ['trainingData', 'contractVersion'],
        message:
          'Contract contracts/orders.yaml is at version 2.3.0, outside the range "^1.4.0" this model was built against (`trainingData.contractVersion`). Re-validate the model against 2.3.0 and move the range, or pin the contract to a version the range allows.'
      }
    ])
  })

  it('checks every serving input, each at its own key', () => {
    const doc = cardDoc({
      serving: {
        anchor: ['serving'],
        inputs: [
          {
            at: ['serving', 'inputs', 0],
            contract: loc('urn:acme:orders', 'serving', 'inputs', 0, 'contract')
          },
          {
            at: ['serving', 'inputs', 1],
            contract: loc('urn:acme:missing', 'serving', 'inputs', 1, 'contract'),
            contractVersion: loc('^1', 'serving', 'inputs', 1, 'contractVersion')
          }
        ]
      }
    })
    const training = { path: 'contracts/orders.yaml', version: '2.1.0' }
    expect(
      check('training-data.contract', doc, withContracts({ ...orders, version: '2.1.0' }, training)).map(
        (r) => [r.messageId, r.at.join('.'), r.message]
      )
    ).toEqual([
      [
        'notFound',
        'serving.inputs.1.contract',
        '`serving.inputs[1].contract` names "urn:acme:missing", but no contract in the repository has this path or `id`. Name a contract by its repository path (`contracts/orders.yaml`) or its `id`, or remove the link.'
      ]
    ])
  })

  it('an id two contracts share is ambiguous', () => {
    const twin = { path: 'legacy/orders.yaml', id: 'urn:acme:orders', version: '2.3.0' }
    expect(
      check('training-data.contract', linked('urn:acme:orders'), withContracts(orders, twin)).map(
        (r) => r.message
      )
    ).toEqual([
      '`trainingData.contract` names "urn:acme:orders", the `id` of 2 contracts (contracts/orders.yaml, legacy/orders.yaml): name the one the model depends on by its repository path.'
    ])
  })

  it('a range that is not semver is invalid; a contract version that is not semver only warns', () => {
    expect(
      check('training-data.contract', linked('urn:acme:orders', 'two'), withContracts(orders)).map((r) => [
        r.messageId,
        r.severity,
        r.message
      ])
    ).toEqual([
      [
        'badRange',
        undefined,
        '`trainingData.contractVersion` is "two", not a semver range: write one as npm reads it (`^2.1.0`, `~2.1`, `>=2.1.0 <3`).'
      ]
    ])
    const dated = { ...orders, version: '2026-10' }
    const unversioned = { path: 'contracts/orders.yaml' }
    expect(
      [dated, unversioned].flatMap((c) =>
        check('training-data.contract', linked('contracts/orders.yaml', '^2'), withContracts(c)).map((r) => [
          r.messageId,
          r.severity,
          r.message
        ])
      )
    ).toEqual([
      [
        'notSemver',
        'warning',
        'Contract contracts/orders.yaml is at version "2026-10", not a semantic version, so the range "^2" in `trainingData.contractVersion` cannot be checked. Give the contract a semver version (`2.1.0`).'
      ],
      [
        'noVersion',
        'warning',
        'Contract contracts/orders.yaml declares no version, so the range "^2" in `trainingData.contractVersion` cannot be checked. Give the contract a semver `version` (`2.1.0`).'
      ]
    ])
  })

  it('a range without a contract is invalid; a link that is not text is left to the schema', () => {
    const rangeOnly = cardDoc({
      trainingData: {
        anchor: ['trainingData'],
        contractVersion: loc('^2', 'trainingData', 'contractVersion')
      }
    })
    expect(
      check('training-data.contract', rangeOnly, withContracts(orders)).map((r) => [r.messageId, r.message])
    ).toEqual([
      [
        'rangeWithoutContract',
        '`trainingData.contractVersion` is set but no contract is named beside it: add `contract` (a contract path or `id`).'
      ]
    ])
    expect(check('training-data.contract', linked(['a']), withContracts(orders))).toEqual([])
  })

  it('resolves nothing when the adapter has no view of the repository', () => {
    expect(check('training-data.contract', linked('contracts/nowhere.yaml', '^9'))).toEqual([])
  })
})
