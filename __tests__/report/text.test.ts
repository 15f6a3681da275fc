import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/engine.js'
import { renderText } from '../../src/report/text.js'
import { card, clean, orders, sampleReport } from './sample-report.js'

describe('renderText', () => {
  it('groups findings by file with aligned columns, changes and a failing summary', () => {
    expect(renderText(sampleReport())).toBe(
      [
        'contracts/orders.odcs.yaml  ODCS v3.1.0 data contract',
        '  1:1   error    file.schema         must have required property "status"',
        '  12:3  waived   contract.freshness  No freshness: add an slaProperties entry. (waived by @lead: batch feed weekly)',
        '  contract changes: breaking (version 1.0.0 → 1.1.0, minor bump)',
        '    -   error  field-removed  orders.customer_id  string → —  Field removed',
        '    14  info   field-added    orders.channel      — → string  Field added',
        '',
        'contracts/users.datacontract.yaml  Data Contract Specification 1.2.1 data contract',
        '  all handoff items present',
        '',
        'models/churn/MODEL_CARD.md  handoff-check model card',
        '  9:7    warning  evaluation.baseline  roc_auc 0.80 does not beat its baseline 0.82.',
        '  10:11  notice   serving.latency      No latency target.',
        '',
        '✖ 3 files checked: 1 error, 1 warning, 1 notice, 1 waived (1 file failing)',
        ''
      ].join('\n')
    )
  })

  it('prints a passing summary and the notes', () => {
    const text = renderText(buildReport([clean, card]), {
      notes: ['Deleted since main (not checked): a.yaml']
    })
    expect(
      text.endsWith(
        'Deleted since main (not checked): a.yaml\n\n✔ 2 files checked: 0 errors, 1 warning, 1 notice\n'
      )
    ).toBe(true)
  })

  it('says so when there is nothing to check', () => {
    expect(renderText(buildReport([]))).toBe(
      'No data contracts or model cards found.\n✔ 0 files checked: 0 errors, 0 warnings, 0 notices\n'
    )
  })

  it('colours severities, paths and the summary only when asked', () => {
    const coloured = renderText(buildReport([orders]), { color: true })
    expect(coloured).toContain('\u001b[1m\u001b[4mcontracts/orders.odcs.yaml\u001b[24m\u001b[22m')
    expect(coloured).toContain('\u001b[31merror  \u001b[39m')
    expect(coloured).toContain('\u001b[2mwaived \u001b[22m')
    expect(coloured).toContain('\u001b[1m\u001b[31m✖ 1 file checked')
    expect(renderText(buildReport([orders]))).not.toContain('\u001b[')
  })
})
