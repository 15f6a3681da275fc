// Real FileReport/Report objects shared by the renderer tests: a failing contract with a waived finding and
// breaking changes, a model card with a warning and a notice, and a clean contract.
import { buildReport } from '../../src/core/engine.js'
import type { FileReport, Report } from '../../src/vocabulary.js'

export const orders: FileReport = {
  path: 'contracts/orders.odcs.yaml',
  kind: 'contract',
  standard: 'odcs',
  standardVersion: 'v3.1.0',
  findings: [
    {
      item: 'file.schema',
      severity: 'error',
      status: 'invalid',
      message: 'must have required property "status"',
      path: 'contracts/orders.odcs.yaml',
      line: 1,
      column: 1
    },
    {
      item: 'contract.freshness',
      severity: 'error',
      status: 'missing',
      message: 'No freshness: add an slaProperties entry.',
      path: 'contracts/orders.odcs.yaml',
      line: 12,
      column: 3,
      waived: { item: 'contract.freshness', by: '@lead', reason: 'batch feed\nweekly' }
    }
  ],
  changes: {
    baseVersion: '1.0.0',
    headVersion: '1.1.0',
    bump: 'minor',
    verdict: 'breaking',
    changes: [
      {
        rule: 'field-removed',
        level: 'error',
        path: 'orders.customer_id',
        old: 'string',
        message: 'Field removed',
        baseLine: 12
      },
      {
        rule: 'field-added',
        level: 'info',
        path: 'orders.channel',
        new: 'string',
        message: 'Field added',
        line: 14
      }
    ]
  }
}

export const card: FileReport = {
  path: 'models/churn/MODEL_CARD.md',
  kind: 'model-card',
  standard: 'handoff-model-card',
  findings: [
    {
      item: 'evaluation.baseline',
      severity: 'warning',
      status: 'invalid',
      message: 'roc_auc 0.80 does not beat its baseline 0.82.',
      path: 'models/churn/MODEL_CARD.md',
      line: 9,
      column: 7
    },
    {
      item: 'serving.latency',
      severity: 'notice',
      status: 'missing',
      message: 'No latency target.',
      path: 'models/churn/MODEL_CARD.md',
      line: 10,
      column: 11
    }
  ]
}

export const clean: FileReport = {
  path: 'contracts/users.datacontract.yaml',
  kind: 'contract',
  standard: 'dcs',
  standardVersion: '1.2.1',
  findings: []
}

export function sampleReport(): Report {
  return buildReport([orders, card, clean])
}
