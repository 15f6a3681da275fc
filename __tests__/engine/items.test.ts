// Every handoff item through the whole pipeline (text → parseSource → format → items → findings), in every format
// that carries it: a complete document passes, and each removed or broken line is reported by its item, on the line
// and column of the key (for a missing key: of the mapping it belongs in). Line numbers are those of docs.ts.
import { describe, expect, it } from '@jest/globals'
import { findings, findingsWithMessages, report } from '../helpers/check.js'
import type { CheckOptions, MessageTuple, Tuple } from '../helpers/check.js'
import { lines } from '../helpers/check.js'
import {
  DCS,
  edit,
  HUGGING_FACE as HF,
  markdownCard,
  MODEL_CARD_TOOLKIT as MCT,
  NATIVE_CARD as CARD,
  NATIVE_CONTRACT as CONTRACT,
  ODCS,
  text
} from './docs.js'

type Case = [name: string, text: string, expected: Tuple[]]

const without = (doc: readonly string[], ...drop: number[]): string =>
  text(doc.filter((_, i) => !drop.includes(i + 1)))

describe('complete documents pass every item', () => {
  it.each([
    ['orders.contract.yaml', text(CONTRACT)],
    ['orders.odcs.yaml', text(ODCS)],
    ['customers.datacontract.yaml', text(DCS)],
    ['churn.modelcard.yaml', text(CARD)],
    ['models/churn/MODEL_CARD.md', markdownCard(CARD)],
    ['models/router/README.md', text(HF)],
    ['models/cats/model_card.json', text(MCT)]
  ])('%s', (path, doc) => {
    expect(findings(path, doc)).toEqual([])
  })
})

describe('native contract (handoff-check/v1)', () => {
  const PATH = 'contracts/orders.contract.yaml'
  it.each<Case>([
    ['owner missing: the root mapping', edit(CONTRACT, 5), [['contract.owner', 'missing', 'error', 1, 1]]],
    [
      'owner only a name: a notice that it cannot be notified',
      edit(CONTRACT, 5, 'owner: acme data team'),
      [['contract.owner', 'invalid', 'notice', 5, 1]]
    ],
    ['owner blank', edit(CONTRACT, 5, 'owner: "  "'), [['contract.owner', 'invalid', 'error', 5, 1]]],
    [
      'one unreachable entry of owners: on the entry',
      edit(CONTRACT, 5, 'owners: ["@acme/a", "nobody"]'),
      [['contract.owner', 'invalid', 'notice', 5, 21]]
    ],
    ['freshness missing', edit(CONTRACT, 6), [['contract.freshness', 'missing', 'error', 1, 1]]],
    [
      'freshness not a duration',
      edit(CONTRACT, 6, 'freshness: daily'),
      [['contract.freshness', 'invalid', 'error', 6, 1]]
    ],
    [
      'freshness zero',
      edit(CONTRACT, 6, 'freshness: 0h'),
      [['contract.freshness', 'invalid', 'error', 6, 1]]
    ],
    ['version missing', edit(CONTRACT, 4), [['contract.version', 'missing', 'error', 1, 1]]],
    [
      'version not semver: a warning',
      edit(CONTRACT, 4, 'version: v2'),
      [['contract.version', 'invalid', 'warning', 4, 1]]
    ],
    ['schema missing', text(CONTRACT.slice(0, 6)), [['contract.schema', 'missing', 'error', 1, 1]]],
    [
      'table without fields: on the table',
      text(CONTRACT.slice(0, 9)),
      [['contract.schema', 'invalid', 'error', 8, 3]]
    ],
    [
      'field without type: on the field',
      edit(CONTRACT, 14, '        description: Amount'),
      [['contract.schema', 'invalid', 'error', 13, 7]]
    ],
    [
      'field type outside the list: on the type',
      edit(CONTRACT, 14, '        type: money'),
      [['contract.schema', 'invalid', 'error', 14, 9]]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings(PATH, doc)).toEqual(expected)
  })

  it('says what to add, with an example, and names the bad value', () => {
    expect(findingsWithMessages(PATH, edit(CONTRACT, 5))[0][5]).toBe(
      'No owner: add `owner: "@acme/data-platform"` (a GitHub user, team or email).'
    )
    expect(findingsWithMessages(PATH, edit(CONTRACT, 14, '        type: money'))[0][5]).toBe(
      'Field "orders.amount" has type "money", which the handoff-check contract does not allow.'
    )
  })
})

describe('ODCS v3', () => {
  const PATH = 'contracts/orders.odcs.yaml'
  it.each<Case>([
    ['owner missing', without(ODCS, 6, 7, 8), [['contract.owner', 'missing', 'error', 1, 1]]],
    [
      'owner only a name: a notice on its value',
      edit(ODCS, 8, '    value: the data team'),
      [['contract.owner', 'invalid', 'notice', 8, 5]]
    ],
    ['owner not a name', edit(ODCS, 8, '    value: 42'), [['contract.owner', 'invalid', 'error', 8, 5]]],
    ['freshness missing', without(ODCS, 9, 10, 11, 12), [['contract.freshness', 'missing', 'error', 1, 1]]],
    [
      'freshness with an unknown unit: on its value',
      edit(ODCS, 12, '    unit: fortnights'),
      [['contract.freshness', 'invalid', 'error', 11, 5]]
    ],
    [
      'version not semver',
      edit(ODCS, 4, 'version: latest'),
      [['contract.version', 'invalid', 'warning', 4, 1]]
    ],
    ['version missing: once, by its item', edit(ODCS, 4), [['contract.version', 'missing', 'error', 1, 1]]],
    ['schema missing', text(ODCS.slice(0, 12)), [['contract.schema', 'missing', 'error', 1, 1]]],
    [
      'property without type: on the property',
      edit(ODCS, 19),
      [['contract.schema', 'invalid', 'error', 18, 9]]
    ],
    [
      'logicalType outside the standard: on the type',
      edit(ODCS, 19, '        logicalType: money'),
      [['contract.schema', 'invalid', 'error', 19, 9]]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings(PATH, doc)).toEqual(expected)
  })

  it('takes the owner from a team member with role owner, or a mailto support channel', () => {
    const head = ODCS.slice(0, 5)
    const rest = ODCS.slice(8)
    const team = ['team:', '  members:', '    - username: alice', '      role: data engineer']
    expect(
      findings(PATH, text([...head, ...team, '    - username: "@acme/bob"', '      role: owner', ...rest]))
    ).toEqual([])
    expect(
      findings(
        PATH,
        text([...head, 'support:', '  - channel: email', '    url: mailto:data@acme.com', ...rest])
      )
    ).toEqual([])
  })

  it('takes the owner from the v3.1 team name when no member is named as owner', () => {
    const team = [
      'team:',
      '  name: "@acme/checkout"',
      '  members:',
      '    - { username: alice, role: analyst }'
    ]
    expect(findings(PATH, text([...ODCS.slice(0, 5), ...team, ...ODCS.slice(8)]))).toEqual([])
  })

  it('points a top-level owner, which ODCS does not read, to where it does: once, on its line', () => {
    expect(
      findingsWithMessages(
        PATH,
        text([...ODCS.slice(0, 5), 'owner: "@acme/data-platform"', ...ODCS.slice(8)])
      )
    ).toEqual([
      [
        'contract.owner',
        'missing',
        'error',
        6,
        1,
        'No owner where ODCS reads one: ODCS has no top-level `owner`; move "@acme/data-platform" to a top-level `customProperties` entry `{ property: owner, value: "@acme/data-platform" }` or to `team.name`.'
      ]
    ])
  })

  it('names the ODCS place to add a missing owner', () => {
    expect(findingsWithMessages(PATH, without(ODCS, 6, 7, 8))[0][5]).toBe(
      'No owner: add a top-level `customProperties` entry `{ property: owner, value: "@acme/data-platform" }` or a `team` member with role `owner` (a GitHub user, team or email).'
    )
  })
})

describe('Data Contract Specification', () => {
  const PATH = 'contracts/customers.datacontract.yaml'
  it.each<Case>([
    ['owner missing: on info', edit(DCS, 6), [['contract.owner', 'missing', 'error', 3, 1]]],
    [
      'owner only a name: a notice',
      edit(DCS, 6, '  owner: Data Platform'),
      [['contract.owner', 'invalid', 'notice', 6, 3]]
    ],
    ['version missing: on info', edit(DCS, 5), [['contract.version', 'missing', 'error', 3, 1]]],
    [
      'version not semver',
      edit(DCS, 5, '  version: two'),
      [['contract.version', 'invalid', 'warning', 5, 3]]
    ],
    [
      'models missing',
      text([...DCS.slice(0, 6), ...DCS.slice(12)]),
      [['contract.schema', 'missing', 'error', 1, 1]]
    ],
    [
      'field without type: on the field',
      edit(DCS, 12, '        description: id'),
      [['contract.schema', 'invalid', 'error', 11, 7]]
    ],
    ['freshness missing', text(DCS.slice(0, 12)), [['contract.freshness', 'missing', 'error', 1, 1]]],
    [
      'freshness not a duration',
      edit(DCS, 15, '    threshold: soon'),
      [['contract.freshness', 'invalid', 'error', 15, 5]]
    ],
    [
      'field type outside the spec',
      edit(DCS, 12, '        type: money'),
      [['contract.schema', 'invalid', 'error', 12, 9]]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings(PATH, doc)).toEqual(expected)
  })
})

// The native card as YAML and as Markdown front matter: the same findings, one line lower in Markdown.
describe.each([
  ['models/churn/churn.modelcard.yaml', 0, (doc: readonly string[]) => text(doc)],
  ['models/churn/MODEL_CARD.md', 1, markdownCard]
])('native model card %s', (path, shift, render) => {
  const at = (rows: Tuple[]): Tuple[] => rows.map(([i, s, v, l, c]) => [i, s, v, l + shift, c])
  const replace = (n: number, ...rows: string[]): string[] => [
    ...CARD.slice(0, n - 1),
    ...rows,
    ...CARD.slice(n)
  ]
  it.each<[string, string[], Tuple[]]>([
    ['owner missing', replace(5), [['model.owner', 'missing', 'error', 1, 1]]],
    ['training data location missing', replace(7), [['training-data.location', 'missing', 'error', 6, 1]]],
    [
      'training data version latest',
      replace(8, '  version: latest'),
      [['training-data.version', 'invalid', 'error', 8, 3]]
    ],
    [
      'training data missing',
      CARD.filter((_, i) => i < 5 || i > 7),
      [
        ['training-data.location', 'missing', 'error', 1, 1],
        ['training-data.version', 'missing', 'error', 1, 1]
      ]
    ],
    [
      'metrics missing',
      [...CARD.slice(0, 8), ...CARD.slice(13)],
      [['evaluation.metrics', 'missing', 'error', 1, 1]]
    ],
    [
      'metric value quoted',
      replace(12, '      value: "0.91"'),
      [['evaluation.metrics', 'invalid', 'error', 12, 7]]
    ],
    ['metric without value: on the metric', replace(12), [['evaluation.metrics', 'missing', 'error', 11, 7]]],
    ['baseline missing: on the metric', replace(13), [['evaluation.baseline', 'missing', 'error', 11, 7]]],
    [
      'baseline not beaten: a warning on the value',
      replace(13, '      baseline: 0.93'),
      [['evaluation.baseline', 'invalid', 'warning', 12, 7]]
    ],
    [
      'artifact missing',
      [...CARD.slice(0, 13), ...CARD.slice(16)],
      [['artifact.format', 'missing', 'error', 1, 1]]
    ],
    [
      'artifact format not allowed, and the path does not fit it',
      replace(15, '  format: pmml'),
      [
        ['artifact.format', 'invalid', 'error', 15, 3],
        ['artifact.format', 'invalid', 'error', 16, 3]
      ]
    ],
    [
      'artifact path with the wrong extension',
      replace(16, '  path: models/churn/model.pkl'),
      [['artifact.format', 'invalid', 'error', 16, 3]]
    ],
    [
      'latency without a unit',
      replace(18, '  latency: fast'),
      [['serving.latency', 'invalid', 'error', 18, 3]]
    ],
    ['throughput missing: on serving', replace(19), [['serving.throughput', 'missing', 'error', 17, 1]]],
    [
      'drift monitoring without threshold',
      replace(21, '  drift: { metric: psi }'),
      [['monitoring.drift', 'missing', 'error', 21, 3]]
    ],
    [
      'accuracy monitoring missing: on monitoring',
      replace(22),
      [['monitoring.accuracy', 'missing', 'error', 20, 1]]
    ],
    [
      'latency monitoring threshold not a threshold',
      replace(23, '  latency: watched'),
      [['monitoring.latency', 'invalid', 'error', 23, 3]]
    ],
    ['who fixes drift missing: on ownership', replace(25), [['ownership.drift', 'missing', 'error', 24, 1]]],
    [
      'who rolls back only a name: a notice',
      replace(26, '  rollback: on-call'),
      [['ownership.rollback', 'invalid', 'notice', 26, 3]]
    ],
    [
      'only the header: every section missing, on the root mapping',
      CARD.slice(0, 4),
      [
        'artifact.format',
        'evaluation.metrics',
        'model.owner',
        'monitoring.accuracy',
        'monitoring.drift',
        'monitoring.latency',
        'ownership.drift',
        'ownership.rollback',
        'serving.latency',
        'serving.throughput',
        'training-data.location',
        'training-data.version'
      ].map((item): Tuple => [item, 'missing', 'error', 1, 1])
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings(path, render(doc))).toEqual(at(expected))
  })
})

describe('Hugging Face model card', () => {
  const PATH = 'models/ticket-router/README.md'
  it.each<Case>([
    ['owner missing: on the handoff block', edit(HF, 15), [['model.owner', 'missing', 'error', 14, 1]]],
    [
      'no datasets: training data location missing, and the results’ revision no longer names the training data',
      without(HF, 4, 5),
      [
        ['training-data.location', 'missing', 'error', 12, 1],
        ['training-data.version', 'missing', 'error', 12, 1]
      ]
    ],
    [
      'latency target without a unit',
      edit(HF, 19, '  serving: { latency: fast, throughput: 40 rps }'),
      [['serving.latency', 'invalid', 'error', 19, 14]]
    ],
    [
      'drift monitoring without threshold',
      edit(HF, 21, '    drift: { metric: embedding_psi }'),
      [['monitoring.drift', 'missing', 'error', 21, 5]]
    ],
    [
      'dataset revision missing',
      edit(HF, 10, '        dataset: { type: acme/support-tickets, name: Support tickets }'),
      [['training-data.version', 'missing', 'error', 14, 1]]
    ],
    [
      'handoff training data version latest',
      edit(HF, 15, '  owner: "@acme/nlp"', '  trainingData: { version: latest }'),
      [['training-data.version', 'invalid', 'error', 16, 19]]
    ],
    [
      'metric value quoted: on the value',
      edit(HF, 12, '          - { type: accuracy, value: "0.912" }'),
      [['evaluation.metrics', 'invalid', 'error', 12, 31]]
    ],
    [
      'baseline missing for f1: on its metric',
      edit(HF, 17, '    baselines: { accuracy: 0.874 }'),
      [['evaluation.baseline', 'missing', 'error', 13, 13]]
    ],
    [
      'baseline not beaten: a warning on the metric value',
      edit(HF, 17, '    baselines: { accuracy: 0.95, f1: 0.85 }'),
      [['evaluation.baseline', 'invalid', 'warning', 12, 31]]
    ],
    [
      'artifact path does not fit the format',
      edit(HF, 18, '  artifact: { format: onnx, path: model.safetensors }'),
      [['artifact.format', 'invalid', 'error', 18, 29]]
    ],
    [
      'serving missing',
      edit(HF, 19),
      [
        ['serving.latency', 'missing', 'error', 14, 1],
        ['serving.throughput', 'missing', 'error', 14, 1]
      ]
    ],
    [
      'monitoring missing',
      without(HF, 20, 21, 22, 23),
      [
        ['monitoring.accuracy', 'missing', 'error', 14, 1],
        ['monitoring.drift', 'missing', 'error', 14, 1],
        ['monitoring.latency', 'missing', 'error', 14, 1]
      ]
    ],
    [
      'ownership missing',
      edit(HF, 24),
      [
        ['ownership.drift', 'missing', 'error', 14, 1],
        ['ownership.rollback', 'missing', 'error', 14, 1]
      ]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings(PATH, doc)).toEqual(expected)
  })

  it('says where in the front matter to add what the Hub has no field for', () => {
    expect(findingsWithMessages(PATH, edit(HF, 15))[0][5]).toBe(
      'No owner: add `handoff.owner: "@acme/ml-platform"` in the front matter (a GitHub user, team or email).'
    )
  })
})

describe('Model Card Toolkit JSON', () => {
  const PATH = 'models/cats/model_card.json'
  it.each<Case>([
    [
      'no owners: on model_details',
      edit(MCT, 6, '    "owners": []'),
      [['model.owner', 'missing', 'error', 3, 3]]
    ],
    [
      'an owner that is only a name',
      edit(MCT, 6, '    "owners": [{ "name": "Vision team" }]'),
      [['model.owner', 'invalid', 'notice', 6, 18]]
    ],
    [
      'train set without link, named like a dataset id: the name is the location',
      edit(MCT, 9, '    "data": [{ "name": "acme/cats-dogs", "version": "v7" }]'),
      []
    ],
    [
      'train set without link, with a bare name: no location, on the set',
      edit(MCT, 9, '    "data": [{ "name": "train", "version": "v7" }]'),
      [['training-data.location', 'missing', 'error', 9, 14]]
    ],
    [
      "metric value as a numeric string: the toolkit's way of writing a number",
      edit(MCT, 12, '    "performance_metrics": [{ "type": "accuracy", "value": "0.94" }]'),
      []
    ],
    [
      'metric value as text that is no number',
      edit(MCT, 12, '    "performance_metrics": [{ "type": "accuracy", "value": "high" }]'),
      [['evaluation.metrics', 'invalid', 'error', 12, 51]]
    ],
    [
      'metric value as a numeric string below its baseline: compared as a number',
      edit(MCT, 12, '    "performance_metrics": [{ "type": "accuracy", "value": "0.85" }]'),
      [['evaluation.baseline', 'invalid', 'warning', 12, 51]]
    ],
    [
      'latency target without a unit',
      edit(MCT, 17, '    "serving": { "latency": "fast", "throughput": "30 rps" },'),
      [['serving.latency', 'invalid', 'error', 17, 18]]
    ],
    [
      'throughput target without a rate',
      edit(MCT, 17, '    "serving": { "latency": "p95 < 80ms", "throughput": "lots" },'),
      [['serving.throughput', 'invalid', 'error', 17, 43]]
    ],
    [
      'drift threshold not a number',
      edit(MCT, 19, '      "drift": { "metric": "psi", "threshold": "high" },'),
      [['monitoring.drift', 'invalid', 'error', 19, 35]]
    ],
    [
      'who rolls back only a name: a notice',
      edit(MCT, 23, '    "ownership": { "drift": "@acme/data-eng", "rollback": "vision on-call" }'),
      [['ownership.rollback', 'invalid', 'notice', 23, 47]]
    ],
    [
      'train set without version: on the set',
      edit(MCT, 9, '    "data": [{ "name": "train", "link": "gs://acme/cats-dogs/train" }]'),
      [['training-data.version', 'missing', 'error', 9, 14]]
    ],
    [
      'train set version latest: on the key',
      edit(
        MCT,
        9,
        '    "data": [{ "name": "train", "link": "gs://acme/cats-dogs/train", "version": "latest" }]'
      ),
      [['training-data.version', 'invalid', 'error', 9, 70]]
    ],
    [
      'metric without value',
      edit(MCT, 12, '    "performance_metrics": [{ "type": "accuracy" }]'),
      [['evaluation.metrics', 'missing', 'error', 12, 29]]
    ],
    [
      'baseline missing: on its metric',
      edit(MCT, 15, '    "evaluation": { "baselines": {} },'),
      [['evaluation.baseline', 'missing', 'error', 12, 29]]
    ],
    [
      'artifact path does not fit the format',
      edit(MCT, 16, '    "artifact": { "format": "onnx", "path": "model.pt" },'),
      [['artifact.format', 'invalid', 'error', 16, 37]]
    ],
    [
      'nobody to roll back: on ownership',
      edit(MCT, 23, '    "ownership": { "drift": "@acme/data-eng" }'),
      [['ownership.rollback', 'missing', 'error', 23, 5]]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings(PATH, doc)).toEqual(expected)
  })
})

// A field left empty (`amount:` with no attributes) is reported once, by contract.schema's own "has no type": the
// schema validation's "must be object" at the same node is left out (src/formats/fields.ts itemReportedNodes).
it('a field left empty is reported once, by contract.schema', () => {
  expect(findings('orders.contract.yaml', edit(CONTRACT, 14))).toEqual([
    ['contract.schema', 'invalid', 'error', 13, 7]
  ])
})

// Only the Model Card Toolkit writes scores as strings; elsewhere a quoted number is a mistake with a hint.
it('a numeric string metric in a Hugging Face card is still reported as a number written as text', () => {
  expect(
    findingsWithMessages(
      'models/ticket-router/README.md',
      edit(HF, 12, '          - { type: accuracy, value: "0.912" }')
    )
  ).toEqual([
    [
      'evaluation.metrics',
      'invalid',
      'error',
      12,
      31,
      'Metric "accuracy" has the value "0.912" as text: write it as a number, without quotes.'
    ]
  ])
})

// The same for every contract format and every node contract.schema reports: a field or table that is not a mapping.
describe('a node contract.schema reports is not also a schema-validation problem', () => {
  it.each<[string, string, string, MessageTuple[]]>([
    [
      'native: a field given only a type name',
      'orders.contract.yaml',
      text([...CONTRACT.slice(0, 12), '      amount: decimal']),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          13,
          7,
          'Field "orders.amount" has no type: give it one (`type: string`).'
        ]
      ]
    ],
    [
      'native: nested field left empty, beside another schema problem that stays',
      'orders.contract.yaml',
      text([
        ...CONTRACT.slice(0, 12),
        '        unique: maybe',
        '      amount:',
        '        type: object',
        '        fields:',
        '          cents:'
      ]),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          13,
          9,
          'schema.orders.fields.order_id.unique: must be boolean'
        ],
        [
          'contract.schema',
          'invalid',
          'error',
          17,
          11,
          'Field "orders.amount.cents" has no type: give it one (`type: string`).'
        ]
      ]
    ],
    [
      'native: fields left empty',
      'orders.contract.yaml',
      text([...CONTRACT.slice(0, 9), '    fields:']),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          10,
          5,
          'Table "orders" has no fields: declare at least one, with a name and a type.'
        ]
      ]
    ],
    [
      'DCS: a field left empty',
      'customers.datacontract.yaml',
      text([...DCS.slice(0, 12), '      email:', ...DCS.slice(12)]),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          13,
          7,
          'Field "customers.email" has no type: give it one (`type: string`).'
        ]
      ]
    ],
    [
      'ODCS: a property left empty',
      'orders.odcs.yaml',
      text([...ODCS, '      -']),
      [
        ['contract.schema', 'invalid', 'error', 20, 8, 'A field of "orders" has no name: give it a `name`.'],
        [
          'contract.schema',
          'invalid',
          'error',
          20,
          8,
          'Field "orders" has no type: give it one (`logicalType: string`, or a `physicalType`).'
        ]
      ]
    ]
  ])('%s', (_, path, doc, expected) => {
    expect(findingsWithMessages(path, doc)).toEqual(expected)
  })
})

// An empty `performance_metrics` is reported on its own key (line 12), not on `handoff.evaluation` (line 15).
it('Model Card Toolkit: an empty performance_metrics is reported on its own key', () => {
  expect(findings('models/cats/model_card.json', edit(MCT, 12, '    "performance_metrics": []'))).toEqual([
    ['evaluation.metrics', 'missing', 'error', 12, 5]
  ])
})

describe('parse errors through the pipeline', () => {
  it.each<Case>([
    [
      'a duplicate key: on the second one',
      edit(CONTRACT, 6, 'freshness: 24h', 'freshness: 12h'),
      [['file.parse', 'invalid', 'error', 7, 1]]
    ],
    [
      'an unclosed flow sequence: where the parser notices it',
      edit(CONTRACT, 6, 'freshness: [24h'),
      [['file.parse', 'invalid', 'error', 7, 1]]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findings('orders.contract.yaml', doc)).toEqual(expected)
  })

  it('names the line where the unclosed flow sequence starts', () => {
    expect(findingsWithMessages('orders.contract.yaml', edit(CONTRACT, 6, 'freshness: [24h'))).toEqual([
      [
        'file.parse',
        'invalid',
        'error',
        7,
        1,
        'The file cannot be parsed: Flow sequence in block collection must be sufficiently indented and end with a ] (the sequence starts at line 6, column 12). Fix the YAML at this line; the other files are still checked.'
      ]
    ])
  })

  it('skips a discovered template whose placeholders break the YAML, but not a broken card', () => {
    const template = lines(
      '---',
      'model-index:',
      '  - name: {model_id}',
      '    results: [',
      '---',
      '# {model_id}'
    )
    const broken = lines(
      '---',
      'model-index:',
      '  - name: router',
      '    results: [',
      '---',
      'Render with `{{ card_data }}`.'
    )
    expect(report('README.md', template)).toBeUndefined()
    expect(findings('README.md', template, { explicit: true }).map((t) => t[0])).toEqual(['file.parse'])
    expect(findings('README.md', broken)).toEqual([['file.parse', 'invalid', 'error', 4, 15]])
  })

  it('counts front-matter lines in the whole Markdown file', () => {
    const doc = markdownCard(CARD.map((l, i) => (i === 7 ? '  version: "2026' : l)))
    expect(findingsWithMessages('MODEL_CARD.md', doc)).toEqual([
      [
        'file.parse',
        'invalid',
        'error',
        9,
        17,
        'The file cannot be parsed: Missing closing "quote. Fix the YAML at this line; the other files are still checked.'
      ]
    ])
  })
})

describe('configuration', () => {
  const card = (options: CheckOptions, doc = text(CARD)) => findings('m.modelcard.yaml', doc, options)

  it('overrides an item severity, both ways', () => {
    expect(
      findings('c.contract.yaml', edit(CONTRACT, 5), { config: { items: { 'contract.owner': 'warning' } } })
    ).toEqual([['contract.owner', 'missing', 'warning', 1, 1]])
    const notBeaten = edit(CARD, 13, '      baseline: 0.93')
    expect(card({ config: { items: { 'evaluation.baseline': 'notice' } } }, notBeaten)).toEqual([
      ['evaluation.baseline', 'invalid', 'notice', 12, 7]
    ])
    // A metric short of its baseline only warns, even when the item is configured as an error.
    expect(card({ config: { items: { 'evaluation.baseline': 'error' } } }, notBeaten)).toEqual([
      ['evaluation.baseline', 'invalid', 'warning', 12, 7]
    ])
  })

  it('leaves out items that are off', () => {
    const off = [
      'model.owner',
      'serving.latency',
      'serving.throughput',
      'monitoring.drift',
      'monitoring.accuracy',
      'monitoring.latency',
      'ownership.drift',
      'ownership.rollback',
      'artifact.format',
      'evaluation.metrics'
    ]
    expect(
      card({ config: { items: Object.fromEntries(off.map((id) => [id, 'off'])) } }, text(CARD.slice(0, 4)))
    ).toEqual([
      ['training-data.location', 'missing', 'error', 1, 1],
      ['training-data.version', 'missing', 'error', 1, 1]
    ])
  })

  it('holds freshness to freshness.max, in every contract format', () => {
    expect(
      findingsWithMessages('c.contract.yaml', text(CONTRACT), { config: { freshness: { max: '12h' } } })
    ).toEqual([
      [
        'contract.freshness',
        'invalid',
        'error',
        6,
        1,
        'Freshness 24 hours (1 day) is longer than the allowed maximum of 12 hours (freshness.max in .github/handoff.yml).'
      ]
    ])
    expect(findings('c.contract.yaml', text(CONTRACT), { config: { freshness: { max: 'P1D' } } })).toEqual([])
    expect(findings('c.odcs.yaml', text(ODCS), { config: { freshness: { max: 'PT1H' } } })).toEqual([
      ['contract.freshness', 'invalid', 'error', 11, 5]
    ])
    expect(findings('c.datacontract.yaml', text(DCS), { config: { freshness: { max: '1d' } } })).toEqual([
      ['contract.freshness', 'invalid', 'error', 15, 5]
    ])
  })

  it('allows only artifact.formats', () => {
    expect(card({ config: { artifact: { formats: ['safetensors'] } } })).toEqual([
      ['artifact.format', 'invalid', 'error', 15, 3]
    ])
    const pmml = edit(CARD, 15, '  format: pmml').replace('model.onnx', 'model.pmml')
    expect(card({ config: { artifact: { formats: ['pmml'] } } }, pmml)).toEqual([])
  })

  it('requires owners in CODEOWNERS only when owners.codeowners is on and the repository has one', () => {
    const all = ['@acme/ml-platform', '@acme/data-eng', '@acme/ml-oncall']
    const on = { owners: { codeowners: true } }
    expect(card({ config: on, codeowners: all })).toEqual([])
    expect(card({ config: on, codeowners: ['@acme/ml-platform'] })).toEqual([
      ['ownership.drift', 'invalid', 'error', 25, 3],
      ['ownership.rollback', 'invalid', 'error', 26, 3]
    ])
    expect(card({ config: { owners: { codeowners: false } }, codeowners: ['@acme/ml-platform'] })).toEqual([])
    expect(findings('c.datacontract.yaml', text(DCS), { config: on, codeowners: ['@acme/other'] })).toEqual([
      ['contract.owner', 'invalid', 'error', 6, 3]
    ])
    expect(findings('c.datacontract.yaml', text(DCS), { config: on })).toEqual([])
  })

  it('takes any name as an owner, with a notice, unless owners.require is reachable', () => {
    const named = [...ODCS.slice(0, 5), 'team:', '  name: Checkout Team', ...ODCS.slice(8)]
    expect(findingsWithMessages('c.odcs.yaml', text(named))).toEqual([
      [
        'contract.owner',
        'invalid',
        'notice',
        7,
        3,
        'Owner "Checkout Team" cannot be notified from a pull request: it is not a GitHub user (`@alice`), team (`@acme/data-platform`) or email. Name one too, so the owner hears of changes.'
      ]
    ])
    const reachable = { owners: { require: 'reachable' as const } }
    expect(findingsWithMessages('c.odcs.yaml', text(named), { config: reachable })).toEqual([
      [
        'contract.owner',
        'invalid',
        'error',
        7,
        3,
        'Owner "Checkout Team" cannot be notified from a pull request: name a GitHub user (`@alice`), team (`@acme/data-platform`), email, or an owner CODEOWNERS lists (owners.require is reachable).'
      ]
    ])
    // A bare username CODEOWNERS lists as a handle is reachable.
    const member = [
      ...ODCS.slice(0, 5),
      'team:',
      '  - { username: ceastwood, role: owner }',
      ...ODCS.slice(8)
    ]
    expect(findings('c.odcs.yaml', text(member), { config: reachable })).toEqual([
      ['contract.owner', 'invalid', 'error', 7, 7]
    ])
    expect(findings('c.odcs.yaml', text(member), { config: reachable, codeowners: ['@ceastwood'] })).toEqual(
      []
    )
    expect(findings('c.odcs.yaml', text(member), { codeowners: ['@ceastwood'] })).toEqual([])
  })
})

// Whatever the standard's schema reports is reported once, by the item it belongs to: field types are
// contract.schema's own (badType), every other enum or combinator problem is the schema's, with what was expected.
describe('schema problems are never dropped', () => {
  const PATH = 'orders.odcs.yaml'
  it.each<[string, string, MessageTuple[]]>([
    [
      'a table-level logicalType',
      text([...ODCS.slice(0, 14), '    logicalType: table', ...ODCS.slice(14)]),
      [['contract.schema', 'invalid', 'error', 15, 5, 'schema[0].logicalType: must be one of: "object"']]
    ],
    [
      'a quality type',
      text([...ODCS, '    quality:', '      - { type: magic, rule: nullCheck }']),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          21,
          11,
          'schema[0].quality[0].type: must be one of: "text", "library", "sql", "custom"'
        ]
      ]
    ],
    [
      'a field type outside the standard, once',
      edit(ODCS, 19, '        logicalType: money'),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          19,
          9,
          'Field "orders.amount" has type "money", which ODCS does not allow.'
        ]
      ]
    ],
    [
      'a relationship reference in neither form: the forms it may take',
      text([...ODCS, '    relationships:', '      - { from: orders.order_id, to: "not a ref" }']),
      [
        [
          'contract.schema',
          'invalid',
          'error',
          21,
          34,
          'schema[0].relationships[0].to: must be a string matching "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$", a string matching "^(?:(?:https?:\\/\\/)?[A-Za-z0-9._\\-\\/]+\\.yaml#)?\\/?[A-Za-z_][A-Za-z0-9_]*\\/[A-Za-z0-9_-]+(?:\\/[A-Za-z_][A-Za-z0-9_]*\\/[A-Za-z0-9_-]+)*$" or an array'
        ]
      ]
    ]
  ])('%s', (_, doc, expected) => {
    expect(findingsWithMessages(PATH, doc)).toEqual(expected)
  })
})
