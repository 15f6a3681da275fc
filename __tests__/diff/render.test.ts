import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { compareContracts, diffFindings } from '../../src/diff/compare.js'
import { renderChangelog } from '../../src/diff/render.js'
import type { Changelog } from '../../src/diff/render.js'
import { field, layout, locators, orders } from './builders.js'

function changelog(): Changelog {
  const base = orders([field('id', { type: 'string' }), field('customer_id', { type: 'string' })], {
    version: '1.0.0'
  })
  const head = orders([field('id', { type: 'string', description: 'Order | id' })], { version: '1.1.0' })
  const compared = compareContracts(base, head, locators(base, head))
  const findings = diffFindings(compared, 'new.yaml', layout(head), defaultConfig())
  return { basePath: 'old.yaml', headPath: 'new.yaml', compared, findings }
}

describe('renderChangelog', () => {
  it('text: a header, an aligned table of changes and the findings', () => {
    expect(renderChangelog(changelog(), 'text')).toBe(
      [
        'old.yaml → new.yaml',
        'version 1.0.0 → 1.1.0 (minor) · 1 breaking, 0 warning, 1 info',
        '',
        '  info   description-changed  orders.id.description  (none) → Order | id  line 7',
        '  error  field-removed        orders.customer_id     string → (none)      line 4',
        '',
        'error contract.breaking-change (new.yaml:2): 1 breaking change(s) (orders.customer_id) but the version went from 1.0.0 to 1.1.0 (minor); a breaking change needs a major version increase.',
        ''
      ].join('\n')
    )
  })

  it('markdown: a table with escaped pipes and the verdict', () => {
    expect(renderChangelog(changelog(), 'markdown')).toBe(
      [
        '### Contract changes: `new.yaml`',
        '',
        'version 1.0.0 → 1.1.0 (minor) · **breaking** · 1 breaking, 0 warning, 1 info',
        '',
        '| Level | Path | Change | Old → New | Line |',
        '| --- | --- | --- | --- | --- |',
        '| info | `orders.id.description` | description-changed | (none) → Order \\| id | line 7 |',
        '| error | `orders.customer_id` | field-removed | string → (none) | line 4 |',
        '',
        '- **error** `contract.breaking-change` (line 2): 1 breaking change(s) (orders.customer_id) but the version went from 1.0.0 to 1.1.0 (minor); a breaking change needs a major version increase.',
        ''
      ].join('\n')
    )
  })

  it('json: the ContractChanges with both paths and the findings', () => {
    const parsed = JSON.parse(renderChangelog(changelog(), 'json')) as Record<string, unknown>
    expect(parsed).toMatchObject({
      base: 'old.yaml',
      head: 'new.yaml',
      baseVersion: '1.0.0',
      headVersion: '1.1.0',
      bump: 'minor',
      verdict: 'breaking',
      findings: [expect.objectContaining({ item: 'contract.breaking-change', line: 2 })]
    })
    expect((parsed.changes as unknown[]).length).toBe(2)
  })

  it('text: no changes', () => {
    const doc = orders([field('id')])
    const compared = compareContracts(doc, doc, locators(doc, doc))
    expect(renderChangelog({ basePath: 'a', headPath: 'b', compared, findings: [] }, 'text')).toBe(
      'a → b\nversion 1.0.0 → 1.0.0 (none) · no changes\n'
    )
  })
})
