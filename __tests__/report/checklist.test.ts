import { describe, expect, it } from '@jest/globals'
import { allItems } from '../../src/checks/index.js'
import type { FileReport, Finding } from '../../src/vocabulary.js'
import { GROUPS, groupOf, renderChecklist } from '../../src/report/checklist.js'

const f = (item: string, severity: Finding['severity'], waived = false): Finding => ({
  item,
  severity,
  status: 'missing',
  message: 'm',
  path: 'p',
  line: 1,
  column: 1,
  ...(waived ? { waived: { item, by: '@lead', reason: 'r' } } : {})
})
const none = { file: () => undefined, finding: () => undefined }

describe('the checklist', () => {
  it('names a column for every item of the registry, in its own kind', () => {
    for (const item of allItems) {
      // The diff items are file items that only contracts have.
      const kinds = item.id.startsWith('contract.')
        ? (['contract'] as const)
        : item.appliesTo === 'file'
          ? (['contract', 'model-card', 'unknown'] as const)
          : [item.appliesTo]
      for (const kind of kinds) {
        const group = groupOf(kind, item.id)
        expect([item.id, group.items.some((id) => id === item.id || item.id.startsWith(id))]).toEqual([
          item.id,
          true
        ])
      }
    }
    expect(groupOf('model-card', 'some.future-item').key).toBe('valid')
    expect(GROUPS.contract.map((g) => g.title)).toEqual(['Valid', 'Schema', 'Freshness', 'Owner', 'Version'])
  })

  it('shows the worst open finding, waived, notice, and — for what a broken file could not check', () => {
    const files: FileReport[] = [
      {
        path: 'a.yaml',
        kind: 'contract',
        standard: 'odcs',
        findings: [
          f('contract.owner', 'notice'),
          f('contract.schema', 'error', true),
          f('contract.version', 'warning')
        ]
      },
      { path: 'b.yaml', kind: 'contract', standard: 'odcs', findings: [f('file.parse', 'error')] },
      { path: 'c.json', kind: 'unknown', standard: 'unknown', findings: [f('file.parse', 'error')] }
    ]
    expect(renderChecklist(files, none)).toEqual([
      '',
      '| Data contract | Valid | Schema | Freshness | Owner | Version |',
      '|---|:-:|:-:|:-:|:-:|:-:|',
      '| `a.yaml` | ✅ | 🙈 | ✅ | ℹ️ | ⚠️ |',
      '| `b.yaml` | ❌ | — | — | — | — |',
      '',
      '| Other file | Valid |',
      '|---|:-:|',
      '| `c.json` | ❌ |',
      '',
      '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>'
    ])
    expect(renderChecklist(files, none, 1)).toHaveLength(6)
  })

  it('checks nothing but Valid in a file of a version handoff-check does not read', () => {
    const files: FileReport[] = [
      { path: 'v2.yaml', kind: 'contract', standard: 'odcs', findings: [f('file.standard-version', 'error')] }
    ]
    expect(renderChecklist(files, none).slice(1, 4)).toEqual([
      '| Data contract | Valid | Schema | Freshness | Owner | Version |',
      '|---|:-:|:-:|:-:|:-:|:-:|',
      '| `v2.yaml` | ❌ | — | — | — | — |'
    ])
  })
})
