// Adoption mode in the core: each finding of a file compared with its base is marked new or pre-existing, and the
// policy's `gate` decides whether pre-existing findings fail.
import { describe, expect, it } from '@jest/globals'
import { context } from '../helpers/check.js'
import type { ResolvedConfig } from '../../src/config/types.js'
import { compareFile, compareFiles } from '../../src/core/compare.js'
import type { FilePair } from '../../src/core/compare.js'
import type { FileReport } from '../../src/vocabulary.js'
import { applyWaivers } from '../../src/core/waivers.js'

/** A native model card with everything but ownership (reported missing at line 2, `apiVersion`). */
function card(changes: { name?: string; latency?: string; drift?: string } = {}): string {
  return [
    '---',
    'apiVersion: handoff-check/v1',
    'kind: ModelCard',
    `name: ${changes.name ?? 'churn-classifier'}`,
    'version: 3.1.0',
    'owner: "@acme/ml-platform"',
    'trainingData:',
    '  location: s3://acme-ml/churn/training/',
    '  version: "2026-10-01"',
    'evaluation:',
    '  metrics:',
    '    - { name: roc_auc, value: 0.91, baseline: 0.87 }',
    'artifact: { format: onnx, path: models/churn/model.onnx }',
    'serving:',
    `  latency: ${changes.latency ?? 'p95 < 50ms'}`,
    '  throughput: 200 rps',
    'monitoring:',
    '  drift: { metric: psi, threshold: 0.2 }',
    '  accuracy: { metric: roc_auc, threshold: 0.85 }',
    '  latency: { metric: p95, threshold: 80ms }',
    ...(changes.drift ? ['ownership:', `  drift: "${changes.drift}"`] : []),
    '---',
    ''
  ].join('\n')
}

const PATH = 'models/churn/MODEL_CARD.md'
const ctx = (gate: ResolvedConfig['gate'] = 'all') => context({ config: { gate } })
const marks = (report: FileReport | undefined) => report?.findings.map((f) => [f.item, f.line, f.origin])

describe('origin marks', () => {
  it('a file that had the gaps at the base: its findings are pre-existing, at their new lines', () => {
    const base = { path: PATH, text: card() }
    const head = { path: PATH, text: `---\n# a comment moves every line\n${card().slice(4)}` }
    expect(marks(compareFile({ base, head }, ctx())?.report)).toEqual([
      ['ownership.drift', 3, 'pre-existing'],
      ['ownership.rollback', 3, 'pre-existing']
    ])
  })

  it('a gap the change makes is new; one it fixes is gone; a changed wrong value is new', () => {
    const base = { path: PATH, text: card({ drift: 'nobody' }) }
    const head = { path: PATH, text: card({ latency: 'fast', drift: '@acme/ml-platform' }) }
    const before = compareFile({ base, head: base }, ctx())?.report
    expect(marks(before)).toEqual([
      ['ownership.rollback', 21, 'pre-existing'],
      ['ownership.drift', 22, 'pre-existing']
    ])
    expect(marks(compareFile({ base, head }, ctx())?.report)).toEqual([
      ['serving.latency', 15, 'new'],
      ['ownership.rollback', 21, 'pre-existing']
    ])
    const otherValue = { path: PATH, text: card({ drift: 'somebody' }) }
    expect(marks(compareFile({ base, head: otherValue }, ctx())?.report)).toEqual([
      ['ownership.rollback', 21, 'pre-existing'],
      ['ownership.drift', 22, 'new']
    ])
  })

  it('a renamed file keeps its findings pre-existing', () => {
    const pair = { base: { path: 'old/MODEL_CARD.md', text: card() }, head: { path: PATH, text: card() } }
    expect(marks(compareFile(pair, ctx())?.report)).toEqual([
      ['ownership.drift', 2, 'pre-existing'],
      ['ownership.rollback', 2, 'pre-existing']
    ])
  })

  it('a file new at the head has no marks; a base that was no card makes every finding new', () => {
    expect(marks(compareFile({ head: { path: PATH, text: card() } }, ctx())?.report)).toEqual([
      ['ownership.drift', 2, undefined],
      ['ownership.rollback', 2, undefined]
    ])
    const base = { path: PATH, text: 'hello: world\n' }
    expect(marks(compareFile({ base, head: { path: PATH, text: card() } }, ctx())?.report)).toEqual([
      ['ownership.drift', 2, 'new'],
      ['ownership.rollback', 2, 'new']
    ])
  })
})

describe('gate', () => {
  const touched: FilePair[] = [
    { base: { path: PATH, text: card() }, head: { path: PATH, text: card({ name: 'churn' }) } }
  ]
  const worse: FilePair[] = [
    { base: { path: PATH, text: card() }, head: { path: PATH, text: card({ latency: 'fast' }) } }
  ]

  it('all (the default): pre-existing errors fail; the summary counts them', () => {
    const report = compareFiles(touched, ctx())
    expect(report.result).toBe('fail')
    expect(report.gate).toBeUndefined()
    expect(report.summary).toEqual({
      files: 1,
      errors: 2,
      warnings: 0,
      notices: 0,
      waived: 0,
      preExisting: 2
    })
  })

  it('new: only findings not there at the base fail, and a waiver keeps the gate', () => {
    const report = compareFiles(touched, ctx('new'))
    expect([report.result, report.gate, report.summary.errors, report.summary.preExisting]).toEqual([
      'pass',
      'new',
      2,
      2
    ])
    const failing = compareFiles(worse, ctx('new'))
    expect([failing.result, failing.summary.errors, failing.summary.preExisting]).toEqual(['fail', 3, 2])
    const waived = applyWaivers(failing, [{ item: 'serving.latency', by: '@lead', reason: 'next sprint' }])
    expect([waived.result, waived.gate, waived.summary.waived]).toEqual(['pass', 'new', 1])
  })

  it('new: a file without a base (no --changed-since) fails on every error', () => {
    const report = compareFiles([{ head: { path: PATH, text: card() } }], ctx('new'))
    expect([report.result, report.summary.preExisting]).toEqual(['fail', undefined])
  })
})
