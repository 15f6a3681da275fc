// How each renderer shows the adoption marks: new findings first, pre-existing ones collapsed (Markdown) or tagged
// (text), counted in the headline and the summary line whatever the gate, and as added keys in JSON.
import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/engine.js'
import type { FileReport, Finding, Gate } from '../../src/vocabulary.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { markdownProblems, parseGfm, REPORT_HTML } from '../helpers/markdown.js'

const PATH = 'models/churn/README.md'
const f = (
  item: string,
  line: number,
  origin: Finding['origin'],
  severity: Finding['severity'] = 'error'
) => ({
  item,
  severity,
  status: 'missing' as const,
  message: `No ${item}: add \`${item}: x\`.`,
  path: PATH,
  line,
  column: 1,
  ...(origin ? { origin } : {})
})
const card = (findings: Finding[], path = PATH): FileReport => ({
  path,
  kind: 'model-card',
  standard: 'huggingface',
  findings: findings.map((x) => ({ ...x, path }))
})
const touched = card([f('model.owner', 2, 'pre-existing'), f('serving.latency', 2, 'pre-existing')])
const worse = card([
  f('model.owner', 2, 'pre-existing'),
  f('serving.latency', 2, 'pre-existing'),
  f('artifact.format', 5, 'new')
])
const report = (file: FileReport, gate: Gate = 'all') => buildReport([file], gate)

describe('Markdown', () => {
  it('gate new, only old gaps: passes, counts them in the headline, and collapses them', () => {
    const md = renderMarkdown(report(touched, 'new'))
    expect(md.split('\n')).toEqual([
      '## handoff-check',
      '',
      '✅ **No new handoff gaps** in 1 file (2 pre-existing, not failing with `gate: new`).',
      '',
      '| Model card | Valid | Owner | Training data | Evaluation | Artifact | Serving | Monitoring | Ownership |',
      '|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|',
      '| [`models/churn/README.md`](#handoff-1) | ✅ | [❌](#handoff-1) | ✅ | ✅ | ✅ | [❌](#handoff-1) | ✅ | ✅ |',
      '',
      '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>',
      '',
      '### <a name="handoff-1"></a>`models/churn/README.md`',
      '',
      '<sub>Hugging Face model card</sub>',
      '',
      '<details><summary>2 pre-existing findings, already in the file at the base</summary>',
      '',
      '| | Item | Line | What to do |',
      '|---|---|---|---|',
      '| ❌ | `model.owner` | 2 | No model.owner: add `model.owner: x`. |',
      '| ❌ | `serving.latency` | 2 | No serving.latency: add `serving.latency: x`. |',
      '',
      '</details>',
      '',
      '<sub>1 file checked · 2 errors · 0 warnings · 0 notices</sub>',
      ''
    ])
  })

  it('gate all, only old gaps: fails, and says how many are pre-existing', () => {
    const r = report(touched)
    expect(r.result).toBe('fail')
    expect(renderMarkdown(r).split('\n')[2]).toBe(
      '❌ **2 handoff items missing or invalid** in 1 file (2 pre-existing).'
    )
  })

  it('a new gap: shown first, linked from the checklist, and failing with either gate', () => {
    for (const gate of ['all', 'new'] as const) expect(report(worse, gate).result).toBe('fail')
    const md = renderMarkdown(report(worse, 'new'))
    const lines = md.split('\n')
    expect(lines[2]).toBe(
      '❌ **1 new handoff item missing or invalid** in 1 file (2 pre-existing, not failing with `gate: new`).'
    )
    expect(lines[6]).toBe(
      '| [`models/churn/README.md`](#handoff-1) | ✅ | [❌](#handoff-1) | ✅ | ✅ | [❌](#handoff-1-artifact) | [❌](#handoff-1) | ✅ | ✅ |'
    )
    const fresh = lines.indexOf(
      '| <a name="handoff-1-artifact"></a>❌ | `artifact.format` | 5 | No artifact.format: add `artifact.format: x`. |'
    )
    const old = lines.indexOf(
      '<details><summary>2 pre-existing findings, already in the file at the base</summary>'
    )
    expect(fresh).toBeGreaterThan(0)
    expect(old).toBeGreaterThan(fresh)
    expect(renderMarkdown(report(worse)).split('\n')[2]).toBe(
      '❌ **3 handoff items missing or invalid** in 1 file (2 pre-existing).'
    )
  })

  it('more than three files: each file’s tables collapse under its heading, and the checklist links to it', () => {
    const files = ['a', 'b', 'c', 'd'].map((name) =>
      card([f('model.owner', 2, 'new')], `models/${name}/README.md`)
    )
    files[3] = card(
      [f('model.owner', 2, 'new'), f('serving.latency', 3, 'pre-existing')],
      'models/d/README.md'
    )
    const md = renderMarkdown(buildReport(files))
    expect(md).toContain(
      [
        '### <a name="handoff-4"></a>`models/d/README.md`',
        '',
        '<sub>Hugging Face model card</sub>',
        '',
        '<details><summary>1 finding, 1 pre-existing</summary>',
        '',
        '| | Item | Line | What to do |',
        '|---|---|---|---|',
        '| ❌ | `model.owner` | 2 | No model.owner: add `model.owner: x`. |',
        '',
        '<details><summary>1 pre-existing finding, already in the file at the base</summary>',
        '',
        '| | Item | Line | What to do |',
        '|---|---|---|---|',
        '| ❌ | `serving.latency` | 3 | No serving.latency: add `serving.latency: x`. |',
        '',
        '</details>',
        '',
        '</details>',
        ''
      ].join('\n')
    )
    expect(md).toContain('| [`models/a/README.md`](#handoff-1) | ✅ | [❌](#handoff-1) |')
    // Read back with a GFM parser: nothing but our own HTML, links and whole tables.
    const tree = parseGfm(md)
    expect(
      markdownProblems(
        md,
        { html: REPORT_HTML, anchorPrefix: '#handoff-', linkTexts: ['❌'], blocks: BLOCKS },
        tree
      )
    ).toEqual([])
  })
})

const BLOCKS = ['heading', 'paragraph', 'blockquote', 'table', 'tableRow', 'tableCell']

describe('text', () => {
  it('tags pre-existing findings and counts them in the summary line', () => {
    expect(renderText(report(worse, 'new')).split('\n')).toEqual([
      'models/churn/README.md  Hugging Face model card',
      '  2:1  error    model.owner      No model.owner: add `model.owner: x`. (pre-existing)',
      '  2:1  error    serving.latency  No serving.latency: add `serving.latency: x`. (pre-existing)',
      '  5:1  error    artifact.format  No artifact.format: add `artifact.format: x`.',
      '',
      '✖ 1 file checked: 3 errors, 0 warnings, 0 notices, 2 pre-existing, not failing (gate: new) (1 file failing)',
      ''
    ])
    expect(renderText(report(touched, 'new')).split('\n').at(-2)).toBe(
      '✔ 1 file checked: 2 errors, 0 warnings, 0 notices, 2 pre-existing, not failing (gate: new)'
    )
    expect(renderText(report(touched)).split('\n').at(-2)).toBe(
      '✖ 1 file checked: 2 errors, 0 warnings, 0 notices, 2 pre-existing (1 file failing)'
    )
  })
})

describe('JSON', () => {
  it('adds origin to each marked finding, preExisting to the summary and the gate when it is new', () => {
    const json = JSON.parse(renderJson(report(worse, 'new')))
    expect(json.gate).toBe('new')
    expect(json.result).toBe('fail')
    expect(json.summary).toEqual({ files: 1, errors: 3, warnings: 0, notices: 0, waived: 0, preExisting: 2 })
    expect(json.files[0].findings.map((x: Finding) => [x.item, x.origin])).toEqual([
      ['model.owner', 'pre-existing'],
      ['serving.latency', 'pre-existing'],
      ['artifact.format', 'new']
    ])
    const plain = JSON.parse(renderJson(buildReport([card([f('model.owner', 2, undefined)])])))
    expect(Object.keys(plain)).toEqual(['version', 'result', 'files', 'summary'])
    expect(Object.keys(plain.summary)).toEqual(['files', 'errors', 'warnings', 'notices', 'waived'])
    expect('origin' in plain.files[0].findings[0]).toBe(false)
  })
})
