// The CLI's side of the links: a card checked alone resolves its contract, `impact` lists a contract's dependents,
// and --changed-since gives a changed contract its downstream block.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { fakeIO, runCli, tempRepo, tempTree, writeTree } from './helpers.js'

function orders(version: string, withCustomer = true): string {
  return [
    'apiVersion: v3.1.0',
    'kind: DataContract',
    'id: urn:acme:orders',
    'name: Orders',
    `version: ${version}`,
    'status: active',
    'schema:',
    '  - name: orders',
    '    properties:',
    '      - name: id',
    '        logicalType: string',
    ...(withCustomer ? ['      - name: customer_id', '        logicalType: string'] : []),
    ''
  ].join('\n')
}

function churn(contract: string, range: string): string {
  return [
    'apiVersion: handoff-check/v1',
    'kind: ModelCard',
    'name: churn',
    'owner: "@acme/ml"',
    'trainingData:',
    `  contract: ${contract}`,
    `  contractVersion: "${range}"`,
    'ownership:',
    '  drift: "@acme/data-eng"',
    ''
  ].join('\n')
}

/** Only the link item and the diff's, so the other handoff items do not decide the exit code. */
const CONFIG = {
  '.github/handoff.yml': [
    'items:',
    ...[
      'contract.owner',
      'contract.freshness',
      'file.schema',
      'training-data.location',
      'training-data.version',
      'evaluation.metrics',
      'evaluation.baseline',
      'artifact.format',
      'serving.latency',
      'serving.throughput',
      'monitoring.drift',
      'monitoring.accuracy',
      'monitoring.latency',
      'ownership.rollback'
    ].map((id) => `  ${id}: off`),
    ''
  ].join('\n')
}

const run = runCli

describe('training-data.contract in the CLI', () => {
  it('a card checked alone is resolved against the contracts of the repository', async () => {
    const root = tempTree({
      ...CONFIG,
      'contracts/orders.yaml': orders('2.0.0'),
      'models/churn.modelcard.yaml': churn('urn:acme:orders', '^1.2.0')
    })
    const { code, out } = await run(root, 'models/churn.modelcard.yaml', '--format', 'json')
    expect(code).toBe(1)
    const file = JSON.parse(out).files[0]
    expect(file.findings).toEqual([
      {
        item: 'training-data.contract',
        severity: 'error',
        status: 'invalid',
        message:
          'Contract contracts/orders.yaml is at version 2.0.0, outside the range "^1.2.0" this model was built against (`trainingData.contractVersion`). Re-validate the model against 2.0.0 and move the range, or pin the contract to a version the range allows.',
        line: 7,
        column: 3
      }
    ])
    writeTree(root, { 'models/churn.modelcard.yaml': churn('contracts/orders.yaml', '^2') })
    expect((await run(root, 'models/churn.modelcard.yaml')).code).toBe(0)
    writeTree(root, { 'models/churn.modelcard.yaml': churn('contracts/nowhere.yaml', '^2') })
    const missing = await run(root, '--format', 'json')
    expect(
      JSON.parse(missing.out).files.flatMap((f: { findings: { message: string }[] }) =>
        f.findings.map((x) => x.message)
      )
    ).toEqual([
      '`trainingData.contract` names "contracts/nowhere.yaml", but no contract in the repository has this path or `id`. Name a contract by its repository path (`contracts/orders.yaml`) or its `id`, or remove the link.'
    ])
  })
})

describe('handoff-check impact', () => {
  const repo = () =>
    tempTree({
      ...CONFIG,
      'contracts/orders.yaml': orders('2.0.0'),
      'contracts/customers.yaml': orders('1.0.0').replace('urn:acme:orders', 'urn:acme:customers'),
      'models/churn.modelcard.yaml': churn('urn:acme:orders', '^1.2.0'),
      'models/ltv/README.md': [
        '---',
        'library_name: sklearn',
        'handoff:',
        '  owners: ["@acme/growth"]',
        '  serving:',
        '    inputs:',
        '      - contract: ./contracts/orders.yaml',
        '        contractVersion: ^2',
        '---',
        ''
      ].join('\n')
    })

  it('lists the dependents with owners, ranges and whether the current version holds (text), exit 1 when one breaks', async () => {
    const { code, out, err } = await run(repo(), 'impact', 'contracts/orders.yaml', 'urn:acme:customers')
    expect(err).toBe('')
    expect(code).toBe(1)
    expect(out).toBe(
      [
        'contracts/orders.yaml (urn:acme:orders), version 2.0.0',
        '  downstream: 2 model card link(s)',
        '    models/churn.modelcard.yaml:6  training  expects ^1.2.0  breaks (version outside the range)  owners: @acme/ml, @acme/data-eng',
        '    models/ltv/README.md:7  serving  expects ^2  pass  owners: @acme/growth',
        '',
        'contracts/customers.yaml (urn:acme:customers), version 1.0.0',
        '  downstream: no model card names this contract',
        ''
      ].join('\n')
    )
  })

  it('writes JSON, Markdown and a Mermaid graph', async () => {
    const root = repo()
    const json = JSON.parse((await run(root, 'impact', 'contracts/orders.yaml', '--format', 'json')).out)
    expect(json).toEqual({
      version: 1,
      contracts: [
        {
          path: 'contracts/orders.yaml',
          id: 'urn:acme:orders',
          version: '2.0.0',
          downstream: [
            {
              card: 'models/churn.modelcard.yaml',
              model: 'churn',
              owners: ['@acme/ml'],
              driftOwners: ['@acme/data-eng'],
              role: 'training',
              expects: '^1.2.0',
              line: 6,
              impact: 'outside-range'
            },
            {
              card: 'models/ltv/README.md',
              owners: ['@acme/growth'],
              driftOwners: [],
              role: 'serving',
              expects: '^2',
              line: 7,
              impact: 'ok'
            }
          ]
        }
      ]
    })
    expect((await run(root, 'impact', 'contracts/orders.yaml', '--format', 'markdown')).out).toBe(
      [
        '### `contracts/orders.yaml` `2.0.0`',
        '',
        '| Model card | Uses | Expects | Impact | Owners |',
        '|---|---|---|---|---|',
        '| `models/churn.modelcard.yaml:6` (churn) | training | `^1.2.0` | ❌ breaks (version outside the range) | `@acme/ml`, `@acme/data-eng` |',
        '| `models/ltv/README.md:7` | serving | `^2` | ✅ pass | `@acme/growth` |',
        ''
      ].join('\n')
    )
    expect((await run(root, 'impact', 'urn:acme:orders', '--format', 'mermaid')).out).toBe(
      [
        'graph LR',
        '  c0[["contracts/orders.yaml 2.0.0"]]',
        '  c0 -->|"training#44; breaks #40;version outside the range#41;"| m0_0["churn<br/>models/churn.modelcard.yaml<br/>@acme/ml#44; @acme/data-eng"]',
        '  c0 -->|"serving#44; pass"| m0_1["models/ltv/README.md<br/>@acme/growth"]',
        '  classDef pass fill:#dafbe1,stroke:#1a7f37',
        '  classDef breaks fill:#ffebe9,stroke:#cf222e',
        '  classDef waived fill:#fff8c5,stroke:#9a6700',
        '  class m0_1 pass',
        '  class m0_0 breaks',
        ''
      ].join('\n')
    )
  })

  it('refuses what is not a contract, and a name no contract has (exit 2)', async () => {
    const root = repo()
    expect(await run(root, 'impact', 'models/churn.modelcard.yaml')).toEqual({
      code: 2,
      out: '',
      err: 'handoff-check impact: models/churn.modelcard.yaml is not a data contract handoff-check recognises (ODCS, DCS or kind: HandoffContract)\n'
    })
    expect(await run(root, 'impact', 'urn:acme:nothing')).toEqual({
      code: 2,
      out: '',
      err: 'handoff-check impact: no contract has the path or id urn:acme:nothing\n'
    })
    expect((await run(root, 'impact')).code).toBe(2)
    expect((await run(root, 'impact', 'x', '--format', 'sarif')).err).toBe(
      'handoff-check impact: unknown format sarif; use one of text, json, markdown, mermaid\n'
    )
  })
})

describe('--changed-since: the downstream of a changed contract', () => {
  it('a breaking major bump lists the card that pins ^1 as broken, in JSON and text', async () => {
    const root = tempRepo({
      ...CONFIG,
      'contracts/orders.yaml': orders('1.4.0'),
      'models/churn.modelcard.yaml': churn('urn:acme:orders', '^1')
    })
    writeTree(root, { 'contracts/orders.yaml': orders('2.0.0', false) })
    const { out } = await run(root, '--changed-since', 'main', '--format', 'json')
    const file = JSON.parse(out).files.find((f: { path: string }) => f.path === 'contracts/orders.yaml')
    expect(file.downstream).toEqual([
      {
        card: 'models/churn.modelcard.yaml',
        model: 'churn',
        owners: ['@acme/ml'],
        driftOwners: ['@acme/data-eng'],
        role: 'training',
        expects: '^1',
        line: 6,
        impact: 'outside-range',
        guard: 'open'
      }
    ])
    expect(
      file.findings
        .filter((f: { item: string }) => f.item === 'contract.downstream')
        .map((f: { severity: string; line: number; message: string }) => [f.severity, f.line, f.message])
    ).toEqual([
      [
        'error',
        8, // the first changed line: the table that lost customer_id
        'This change breaks 1 model card(s) that depend on this contract and are not updated with it: `models/churn.modelcard.yaml:6` (churn; expects ^1; new version outside its range; owners `@acme/ml`, `@acme/data-eng`). Re-validate each model and move its `contractVersion` in this pull request, or waive with `/handoff-waive contract.downstream contracts/orders.yaml <reason>` once the owners agree.'
      ]
    ])
    const markdown = (await run(root, '--changed-since', 'main', '--format', 'markdown')).out
    expect(markdown).toContain(
      [
        '**Downstream**',
        '',
        '| Model card | Uses | Expects | Impact | Owners |',
        '|---|---|---|---|---|',
        '| `models/churn.modelcard.yaml:6` (churn) | training | `^1` | ❌ breaks (version outside the range) | `@acme/ml`, `@acme/data-eng` |'
      ].join('\n')
    )
    const text = (await run(root, '--changed-since', 'main', '--no-color')).out
    expect(text).toContain(
      '  downstream: 1 model card link(s)\n    models/churn.modelcard.yaml:6  training  expects ^1  breaks (version outside the range)  owners: @acme/ml, @acme/data-eng\n'
    )
    // The same change moving the card's range to the new major: the card targets it, and nothing fails for it.
    writeTree(root, { 'models/churn.modelcard.yaml': churn('urn:acme:orders', '^2') })
    const moved = await run(root, '--changed-since', 'main', '--format', 'json')
    const after = JSON.parse(moved.out).files.find(
      (f: { path: string }) => f.path === 'contracts/orders.yaml'
    )
    expect(after.downstream.map((d: { impact: string; guard?: string }) => [d.impact, d.guard])).toEqual([
      ['ok', undefined]
    ])
    expect(after.findings.map((f: { item: string }) => f.item)).not.toContain('contract.downstream')
  })

  it('a compatible change lists the card as unaffected; a removed contract breaks it, found by its id at the ref', async () => {
    const root = tempRepo({
      ...CONFIG,
      'contracts/orders.yaml': orders('1.4.0', false),
      'models/churn.modelcard.yaml': churn('urn:acme:orders', '^1')
    })
    writeTree(root, { 'contracts/orders.yaml': orders('1.5.0') })
    const json = JSON.parse((await run(root, '--changed-since', 'main', '--format', 'json')).out)
    expect(
      json.files
        .find((f: { path: string }) => f.path === 'contracts/orders.yaml')
        .downstream.map((d: { impact: string }) => d.impact)
    ).toEqual(['ok'])
    const { rmSync } = await import('node:fs')
    rmSync(`${root}/contracts/orders.yaml`)
    const gone = JSON.parse((await run(root, '--changed-since', 'main', '--format', 'json')).out)
    expect(
      gone.files
        .find((f: { path: string }) => f.path === 'contracts/orders.yaml')
        .downstream.map((d: { card: string; impact: string }) => [d.card, d.impact])
    ).toEqual([['models/churn.modelcard.yaml', 'removed']])
  })
})

describe('impact on the bundled examples (the README sample)', () => {
  it('lists the churn model under the orders contract', async () => {
    const io = fakeIO(process.cwd())
    expect(await main(['impact', 'contracts/orders.odcs.yaml', '--cwd', 'examples'], io)).toBe(0)
    expect(io.out.join('')).toBe(
      [
        'contracts/orders.odcs.yaml (urn:acme:contracts:orders), version 1.2.0',
        '  downstream: 1 model card link(s)',
        '    models/churn/MODEL_CARD.md:11  training  expects ^1.2.0  pass  owners: @acme/ml-platform, @acme/data-platform',
        ''
      ].join('\n')
    )
  })
})
