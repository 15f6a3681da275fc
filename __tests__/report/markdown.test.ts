import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/engine.js'
import type { FileReport } from '../../src/vocabulary.js'
import { applyWaivers } from '../../src/core/waivers.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { orders } from './sample-report.js'

const card: FileReport = {
  path: 'models/churn/MODEL_CARD.md',
  kind: 'model-card',
  standard: 'handoff-model-card',
  findings: [
    {
      item: 'model.owner',
      severity: 'error',
      status: 'missing',
      message: 'No owner: add `owner: "@acme/ml"`.',
      path: 'models/churn/MODEL_CARD.md',
      line: 2,
      column: 1
    },
    {
      item: 'evaluation.baseline',
      severity: 'warning',
      status: 'invalid',
      message: 'auc 0.80 does not beat | baseline 0.82',
      path: 'models/churn/MODEL_CARD.md',
      line: 9,
      column: 7
    }
  ]
}
const contract: FileReport = {
  path: 'contracts/orders.odcs.yaml',
  kind: 'contract',
  standard: 'odcs',
  standardVersion: 'v3.1.0',
  findings: []
}

describe('renderMarkdown', () => {
  it('renders findings grouped by file with linked lines', () => {
    const md = renderMarkdown(buildReport([card, contract]), {
      link: (path, line) => `https://github.com/o/r/blob/abc/${path}#L${line}`
    })
    expect(md).toBe(
      [
        '## handoff-check',
        '',
        '❌ **1 handoff item missing or invalid** in 1 file (1 warning).',
        '',
        '| Data contract | Valid | Schema | Freshness | Owner | Version |',
        '|---|:-:|:-:|:-:|:-:|:-:|',
        '| `contracts/orders.odcs.yaml` | ✅ | ✅ | ✅ | ✅ | ✅ |',
        '',
        '| Model card | Valid | Owner | Training data | Evaluation | Artifact | Serving | Monitoring | Ownership |',
        '|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|',
        '| [`models/churn/MODEL_CARD.md`](#handoff-2) | ✅ | [❌](#handoff-2-owner) | ✅ | [⚠️](#handoff-2-evaluation) | ✅ | ✅ | ✅ | ✅ |',
        '',
        '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>',
        '',
        '### <a name="handoff-2"></a>`models/churn/MODEL_CARD.md`',
        '',
        '<sub>handoff-check model card</sub>',
        '',
        '| | Item | Line | What to do |',
        '|---|---|---|---|',
        '| <a name="handoff-2-owner"></a>❌ | `model.owner` | [2](https://github.com/o/r/blob/abc/models/churn/MODEL_CARD.md#L2) | No owner: add `owner: "@acme/ml"`. |',
        '| <a name="handoff-2-evaluation"></a>⚠️ | `evaluation.baseline` | [9](https://github.com/o/r/blob/abc/models/churn/MODEL_CARD.md#L9) | auc 0.80 does not beat \\| baseline 0.82 |',
        '',
        '<sub>2 files checked · 1 error · 1 warning · 0 notices</sub>',
        ''
      ].join('\n')
    )
  })

  it('says all items are present when nothing fails, and shows waivers', () => {
    const report = applyWaivers(buildReport([card]), [
      { item: 'model.owner', by: '@lead', reason: 'owner <tbd>\nnext sprint' }
    ])
    const md = renderMarkdown(report)
    expect(md).toContain('✅ **All handoff items present** in 1 file (1 warning, 1 waived).')
    expect(md).toContain(
      '| <a name="handoff-1-owner"></a>🙈 | `model.owner` | 2 | ~~No owner: add `owner: "@acme/ml"`.~~<br>**Waived** by @\u200blead: owner &lt;tbd&gt; next sprint |'
    )
    expect(md).toContain('| [`models/churn/MODEL_CARD.md`](#handoff-1) | ✅ | [🙈](#handoff-1-owner) |')
    expect(report.result).toBe('pass')
  })

  it('drops whole files from the end to fit the size limit and points to the full report', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...card,
      path: `m/${String(i).padStart(2, '0')}.md`
    }))
    const md = renderMarkdown(buildReport(many), { maxBytes: 12000, truncatedNote: 'See the job summary.' })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(12000)
    const shown = md.match(/^### /gm)?.length ?? 0
    expect(shown).toBeGreaterThan(0)
    expect(md).toContain(
      `> ✂️ ${50 - shown} more files not shown to stay within GitHub's size limit. See the job summary.`
    )
    expect(md).toContain('### <a name="handoff-1"></a>`m/00.md`')
    // The checklist lists every file; only the files shown link to their section.
    expect(md).toContain('| [`m/00.md`](#handoff-1) | ✅ | [❌](#handoff-1) |')
    expect(md).toContain(`| \`m/49.md\` | ✅ | ❌ | ✅ | ⚠️ |`)
  })

  it('renders contract changes with the verdict', () => {
    const changed: FileReport = { ...contract, changes: orders.changes }
    const md = renderMarkdown(buildReport([changed]), { link: (p, l) => `L/${p}#${l}` })
    expect(md).toContain('**Contract changes**: **Breaking** (version 1.0.0 → 1.1.0, minor bump)')
    expect(md).toContain('| ❌ | Field removed | `orders.customer_id` | `string` → — |')
    expect(md).toContain(
      '| ℹ️ | Field added | [`orders.channel`](L/contracts/orders.odcs.yaml#14) | — → `string` |'
    )
  })

  it('says so when no handoff files changed', () => {
    expect(renderMarkdown(buildReport([]))).toContain('✅ No data contracts or model cards changed.')
  })

  it('leads with why a check that could not see every file fails, even with no file to show', () => {
    const report = {
      ...buildReport([]),
      incomplete: 'Pull request too large to check: over 3,000 changed files'
    }
    expect(renderMarkdown(report).split('\n').slice(0, 3)).toEqual([
      '## handoff-check',
      '',
      '⛔ **Pull request too large to check: over 3,000 changed files.**'
    ])
  })
})

describe('renderMarkdown: notes and hard limits', () => {
  it('quotes the notes under the verdict', () => {
    const md = renderMarkdown(buildReport([contract]), {
      notes: ['Deleted since main (not checked): a.yaml']
    })
    expect(md).toBe(
      [
        '## handoff-check',
        '',
        '✅ **All handoff items present** in 1 file.',
        '',
        '> Deleted since main (not checked): a.yaml',
        '',
        '| Data contract | Valid | Schema | Freshness | Owner | Version |',
        '|---|:-:|:-:|:-:|:-:|:-:|',
        '| `contracts/orders.odcs.yaml` | ✅ | ✅ | ✅ | ✅ | ✅ |',
        '',
        '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>',
        '',
        '<sub>1 file checked · 0 errors · 0 warnings · 0 notices</sub>',
        ''
      ].join('\n')
    )
  })

  it('cuts whole lines when not even the heading and footer fit', () => {
    const md = renderMarkdown(buildReport([card]), { maxBytes: 60 })
    // The verdict line is 64 bytes in UTF-8 (❌ is three) and does not fit after the heading.
    expect(md).toBe('## handoff-check\n\n…\n')
    expect(renderMarkdown(buildReport([card]), { maxBytes: 3 })).toBe('')
    expect(md.endsWith('…\n')).toBe(true)
    expect(md.startsWith('## handoff-check\n')).toBe(true)
  })
})
