// Bounded output: at most 10 findings of one item per file, then one finding of the same item that says how many
// more there are, at the first hidden one's position, with the worst severity among the hidden ones.
import { describe, expect, it } from '@jest/globals'
import { boundFindings, MAX_FINDINGS_PER_ITEM } from '../../src/core/bound.js'
import type { Finding, Severity, Status } from '../../src/vocabulary.js'
import { compareFiles } from '../../src/core/compare.js'
import { applyWaivers } from '../../src/core/waivers.js'
import { renderJson } from '../../src/report/json.js'
import { checkAll, context, lines } from '../helpers/check.js'
import { NATIVE_CARD, NATIVE_CONTRACT } from '../engine/docs.js'

const finding = (
  item: string,
  line: number,
  severity: Severity = 'error',
  status: Status = 'missing'
): Finding => ({
  item,
  severity,
  status,
  message: `${item} at ${line}`,
  path: 'a.yaml',
  line,
  column: 1
})

const more = (item: string, count: number) =>
  `${count} more ${item} findings in this file, from this line on, are not listed (at most 10 of one item per file). Fix the ones above and run handoff-check again to see them.`

const brief = (f: Finding) => [f.item, f.severity, f.status, f.line, f.message, f.more]

describe('boundFindings', () => {
  it('keeps 10 of an item and puts one finding for the rest where the 11th was, other items untouched', () => {
    const input = [
      ...Array.from({ length: 13 }, (_, i) => finding('a', i + 1)),
      finding('b', 20),
      finding('b', 21)
    ]
    const out = boundFindings(input)
    expect(MAX_FINDINGS_PER_ITEM).toBe(10)
    expect(out.map(brief)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => ['a', 'error', 'missing', i + 1, `a at ${i + 1}`, undefined]),
      ['a', 'error', 'missing', 11, more('a', 3), 3],
      ['b', 'error', 'missing', 20, 'b at 20', undefined],
      ['b', 'error', 'missing', 21, 'b at 21', undefined]
    ])
  })

  it('exactly 10 of an item are all listed, with no summary', () => {
    const input = Array.from({ length: 10 }, (_, i) => finding('a', i + 1))
    expect(boundFindings(input)).toEqual(input)
  })

  it('hands back a list no longer than the limit as a new list of the same findings', () => {
    const input = [finding('b', 3), finding('a', 1), finding('b', 2)]
    const out = boundFindings(input, 3)
    expect(out).not.toBe(input)
    expect(out).toEqual(input)
    expect(out.every((f, i) => f === input[i])).toBe(true)
    expect(boundFindings(input, 2).map(brief)).toEqual([
      ['b', 'error', 'missing', 3, 'b at 3', undefined],
      ['a', 'error', 'missing', 1, 'a at 1', undefined],
      ['b', 'error', 'missing', 2, 'b at 2', undefined]
    ])
    expect(boundFindings(input, 1).map((f) => [f.item, f.more])).toEqual([
      ['b', undefined],
      ['a', undefined],
      ['b', 1]
    ])
  })

  it('11 of an item: the 11th is replaced by a summary of 1', () => {
    const out = boundFindings(Array.from({ length: 11 }, (_, i) => finding('a', i + 1)))
    expect(out).toHaveLength(11)
    expect(brief(out[10])).toEqual(['a', 'error', 'missing', 11, more('a', 1), 1])
  })

  it('the summary has the worst severity among the hidden ones and the first hidden one status', () => {
    const input = [
      ...Array.from({ length: 11 }, (_, i) => finding('a', i + 1, 'notice', 'invalid')),
      finding('a', 12, 'warning', 'missing'),
      finding('a', 13, 'error', 'missing'),
      finding('a', 14, 'notice', 'missing')
    ]
    const out = boundFindings(input)
    expect(brief(out[10])).toEqual(['a', 'error', 'invalid', 11, more('a', 4), 4])
  })

  it('the summary is pre-existing only when every finding it hides is (a new one hidden behind old ones still fails)', () => {
    const marked = (line: number, origin: 'new' | 'pre-existing'): Finding => ({
      ...finding('a', line),
      origin
    })
    const old = Array.from({ length: 11 }, (_, i) => marked(i + 1, 'pre-existing'))
    expect(boundFindings([...old, marked(12, 'pre-existing')])[10].origin).toBe('pre-existing')
    expect(boundFindings([...old, marked(12, 'new')])[10]).toMatchObject({ line: 11, more: 2, origin: 'new' })
  })

  it('the bound is per item: interleaved items each keep 10', () => {
    const input = Array.from({ length: 24 }, (_, i) => finding(i % 2 === 0 ? 'a' : 'b', i + 1))
    const out = boundFindings(input)
    expect(out.map((f) => [f.item, f.line, f.more])).toEqual([
      ...Array.from({ length: 20 }, (_, i) => [i % 2 === 0 ? 'a' : 'b', i + 1, undefined]),
      ['a', 21, 2],
      ['b', 22, 2]
    ])
  })

  it('is idempotent: a bounded list is left as it is', () => {
    const once = boundFindings(Array.from({ length: 30 }, (_, i) => finding('a', i + 1)))
    expect(boundFindings(once)).toEqual(once)
    expect(once[10].more).toBe(20)
  })
})

describe('through the engine', () => {
  // A native card with 13 metrics and no baselines: 13 evaluation.baseline findings, one per metric line.
  const metrics = Array.from({ length: 13 }, (_, i) => [`    - name: accuracy_${i + 1}`, '      value: 0.9'])
  const card = lines(...NATIVE_CARD.slice(0, 10), ...metrics.flat(), ...NATIVE_CARD.slice(13))
  const metricLine = (i: number) => 11 + 2 * i

  it('a file with 13 findings of one item lists 10 and one for the other 3, at the 11th one line', () => {
    const report = checkAll([{ path: 'models/churn.modelcard.yaml', text: card }])
    const found = report.files[0].findings
    expect(found.map((f) => [f.item, f.status, f.severity, f.line, f.column])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => ['evaluation.baseline', 'missing', 'error', metricLine(i), 7]),
      ['evaluation.baseline', 'missing', 'error', metricLine(10), 7]
    ])
    expect(found[10].message).toBe(more('evaluation.baseline', 3))
    expect(found[10].more).toBe(3)
    expect(report.summary).toEqual({ files: 1, errors: 11, warnings: 0, notices: 0, waived: 0 })
  })

  it('the JSON report carries `more` on the summary finding only', () => {
    const json = JSON.parse(renderJson(checkAll([{ path: 'models/churn.modelcard.yaml', text: card }])))
    const found = json.files[0].findings as Record<string, unknown>[]
    expect(found.map((f) => f.more)).toEqual([...Array(10).fill(undefined), 3])
    expect(found[10]).toEqual({
      item: 'evaluation.baseline',
      severity: 'error',
      status: 'missing',
      message: more('evaluation.baseline', 3),
      line: metricLine(10),
      column: 7,
      more: 3
    })
  })

  it('a waiver of the item covers the summary too, and waiving does not bound again', () => {
    const report = checkAll([{ path: 'models/churn.modelcard.yaml', text: card }])
    const waived = applyWaivers(report, [{ item: 'evaluation.baseline', by: '@lead', reason: 'later' }])
    expect(waived.files[0].findings.map((f) => [f.line, f.waived?.by, f.more])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [metricLine(i), '@lead', undefined]),
      [metricLine(10), '@lead', 3]
    ])
    expect(waived.summary).toEqual({ files: 1, errors: 0, warnings: 0, notices: 0, waived: 11 })
    expect(waived.result).toBe('pass')
  })
})

describe('a compared contract', () => {
  it('keeps its changes whole: 14 removed fields are 14 changes, however many findings are listed', () => {
    const fields = Array.from({ length: 15 }, (_, i) => [`      f${i}:`, '        type: string']).flat()
    const base = lines(...NATIVE_CONTRACT.slice(0, 10), ...fields)
    const head = lines(...NATIVE_CONTRACT.slice(0, 10), ...fields.slice(0, 2))
    const path = 'contracts/orders.contract.yaml'
    const report = compareFiles([{ base: { path, text: base }, head: { path, text: head } }], context())
    const file = report.files[0]
    expect(file.changes?.changes.map((c) => [c.rule, c.path])).toEqual(
      Array.from({ length: 14 }, (_, i) => ['field-removed', `orders.f${i + 1}`])
    )
    expect(file.findings.map((f) => [f.item, f.severity, f.line])).toEqual([
      ['contract.breaking-change', 'error', 4]
    ])
  })
})
