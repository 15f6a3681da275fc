// What `npm start` shows, pinned: the example repository through the engine with its own .github/handoff.yml and
// CODEOWNERS. The demo must keep a good spread: complete files, each kind of gap, exactly one warning.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCodeowners } from '../../src/checks/values/codeowners.js'
import { loadConfig } from '../../src/config/load.js'
import { checkFiles } from '../../src/core/engine.js'

const read = (path: string): string => readFileSync(join('examples', path), 'utf8')
const PATHS = [
  'contracts/customers.datacontract.yaml',
  'contracts/orders.odcs.yaml',
  'contracts/payments.odcs.yaml',
  'contracts/returns.contract.yaml',
  'contracts/shipments.contract.yaml',
  'models/churn/MODEL_CARD.md',
  'models/fraud/fraud.modelcard.yaml',
  'models/ticket-router/README.md'
]

describe('the example repository (npm start)', () => {
  const loaded = loadConfig(read('.github/handoff.yml'), '.github/handoff.yml')
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  const report = checkFiles(
    PATHS.map((path) => ({ path, text: read(path) })),
    { config: loaded.config, codeowners: parseCodeowners(read('.github/CODEOWNERS')) }
  )
  const byFile = Object.fromEntries(
    report.files.map((f) => [f.path, f.findings.map((x) => [x.item, x.status, x.severity, x.line, x.column])])
  )

  it('has four complete files, in four standards', () => {
    expect(report.files.filter((f) => f.findings.length === 0).map((f) => [f.path, f.standard])).toEqual([
      ['contracts/customers.datacontract.yaml', 'dcs'],
      ['contracts/orders.odcs.yaml', 'odcs'],
      ['contracts/shipments.contract.yaml', 'handoff-contract'],
      ['models/churn/MODEL_CARD.md', 'handoff-model-card']
    ])
  })

  it('reports each gap on its line', () => {
    // payments: line 2 is the document's first key (line 1 a comment); line 30 is `slaProperties:` without freshness.
    expect(byFile['contracts/payments.odcs.yaml']).toEqual([
      ['contract.owner', 'missing', 'error', 2, 1],
      ['contract.freshness', 'missing', 'error', 30, 1]
    ])
    expect(byFile['contracts/returns.contract.yaml']).toEqual([
      ['contract.schema', 'invalid', 'error', 21, 7]
    ])
    expect(byFile['models/fraud/fraud.modelcard.yaml']).toEqual([
      ['monitoring.accuracy', 'missing', 'error', 4, 1],
      ['monitoring.drift', 'missing', 'error', 4, 1],
      ['monitoring.latency', 'missing', 'error', 4, 1],
      ['ownership.drift', 'missing', 'error', 4, 1],
      ['ownership.rollback', 'missing', 'error', 4, 1],
      ['training-data.version', 'invalid', 'error', 11, 3],
      ['training-data.contract', 'invalid', 'error', 13, 3]
    ])
    // The front matter's `handoff:` is line 17; the f1 metric without a baseline line 16. Throughput is a warning by
    // the example config.
    expect(byFile['models/ticket-router/README.md']).toEqual([
      ['evaluation.baseline', 'missing', 'error', 16, 13],
      ['monitoring.accuracy', 'missing', 'error', 17, 1],
      ['monitoring.drift', 'missing', 'error', 17, 1],
      ['monitoring.latency', 'missing', 'error', 17, 1],
      ['ownership.drift', 'missing', 'error', 17, 1],
      ['ownership.rollback', 'missing', 'error', 17, 1],
      ['serving.latency', 'missing', 'error', 17, 1],
      ['serving.throughput', 'missing', 'warning', 17, 1],
      ['training-data.contract', 'missing', 'notice', 17, 1]
    ])
    expect(report.summary).toEqual({ files: 8, errors: 17, warnings: 1, notices: 1, waived: 0 })
  })
})
