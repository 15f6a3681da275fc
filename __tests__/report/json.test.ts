import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/engine.js'
import { renderJson } from '../../src/report/json.js'
import { card, clean, sampleReport } from './sample-report.js'

describe('renderJson', () => {
  it('keeps the documented shape: version, result, files with findings, summary', () => {
    const text = renderJson(sampleReport())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{\n  "version": 1,\n  "result": "fail",\n')).toBe(true)
    const json = JSON.parse(text)
    expect(Object.keys(json)).toEqual(['version', 'result', 'files', 'summary'])
    expect(json.summary).toEqual({ files: 3, errors: 1, warnings: 1, notices: 1, waived: 1 })
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([
      'contracts/orders.odcs.yaml',
      'contracts/users.datacontract.yaml',
      'models/churn/MODEL_CARD.md'
    ])
    expect(Object.keys(json.files[0])).toEqual([
      'path',
      'kind',
      'standard',
      'standardVersion',
      'findings',
      'changes'
    ])
    expect(json.files[0].findings[1]).toEqual({
      item: 'contract.freshness',
      severity: 'error',
      status: 'missing',
      message: 'No freshness: add an slaProperties entry.',
      line: 12,
      column: 3,
      waived: { by: '@lead', reason: 'batch feed\nweekly' }
    })
    expect(json.files[0].changes.verdict).toBe('breaking')
    expect(json.files[2]).toEqual({
      path: 'models/churn/MODEL_CARD.md',
      kind: 'model-card',
      standard: 'handoff-model-card',
      findings: [
        {
          item: 'evaluation.baseline',
          severity: 'warning',
          status: 'invalid',
          message: 'roc_auc 0.80 does not beat its baseline 0.82.',
          line: 9,
          column: 7
        },
        {
          item: 'serving.latency',
          severity: 'notice',
          status: 'missing',
          message: 'No latency target.',
          line: 10,
          column: 11
        }
      ]
    })
  })

  it('prints relative paths with forward slashes and adds notes only when given', () => {
    const windows = { ...clean, path: '.\\contracts\\users.datacontract.yaml', findings: [] }
    const json = JSON.parse(renderJson(buildReport([windows, card]), { notes: ['Deleted: a.yaml'] }))
    expect(json.result).toBe('pass')
    expect(json.files[0].path).toBe('contracts/users.datacontract.yaml')
    expect(json.notes).toEqual(['Deleted: a.yaml'])
    expect(JSON.parse(renderJson(buildReport([]))).notes).toBeUndefined()
  })
})
