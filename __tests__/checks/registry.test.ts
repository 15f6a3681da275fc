import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { allItems, itemById, itemIds } from '../../src/checks/index.js'
import type { ContractDoc, ModelCardDoc } from '../../src/model/types.js'
import { cardDoc, checkAll, contractDoc, withStandard } from './builders.js'

const docs = readFileSync('docs/items.md', 'utf8')

describe('the item registry', () => {
  it('has unique ids in sorted order', () => {
    const ids = allItems.map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    expect(itemIds).toEqual(ids)
    expect(itemById.size).toBe(ids.length)
  })

  it.each(allItems.map((i) => [i.id, i] as const))(
    '%s is described, documented and (unless the engine reports it) tested',
    (id, item) => {
      expect(item.title).not.toBe('')
      expect(item.description).toMatch(/\.$/)
      expect(item.help).toMatch(/\.$/)
      expect(item.example).not.toBe('')
      const row = docs.split('\n').find((l) => l.startsWith(`| \`${id}\` |`))
      expect(row?.split('|')[3]?.trim()).toBe(item.defaultSeverity)
      expect(docs.split('\n').some((l) => l.startsWith('### ') && l.includes(`\`${id}\``))).toBe(true)
      // file.parse and file.schema have no check; the engine's tests cover them.
      if (item.appliesTo !== 'file') expect(existsSync(`__tests__/checks/items/${id}.test.ts`)).toBe(true)
    }
  )

  it.each(allItems.filter((i) => i.appliesTo !== 'file').map((i) => [i.id, i] as const))(
    '%s has a missing message per standard and the standard-issue message',
    (_id, item) => {
      const missing =
        item.appliesTo === 'contract'
          ? ['missingNative', 'missingOdcs', 'missingDcs']
          : ['missingNative', 'missingHuggingface', 'missingMct']
      for (const id of missing) expect(item.messages[id]).toMatch(/^.+: add .+\.$/)
      expect(item.messages.standard).toBe('{{detail}}')
      for (const id of Object.keys(item.messages)) expect(docs).toContain(`\`${id}\``)
    }
  )
})

describe('every item on complete documents (the harness the engine will replace)', () => {
  const quiet = (reports: Record<string, unknown[]>) =>
    Object.entries(reports).filter(([, r]) => r.length > 0)

  it.each(['handoff-contract', 'odcs', 'dcs'] as const)(
    'reports nothing on a complete %s contract',
    (standard) => {
      const reports = checkAll(withStandard(contractDoc(), standard))
      expect(Object.keys(reports)).toEqual(
        allItems.filter((i) => i.appliesTo === 'contract').map((i) => i.id)
      )
      expect(quiet(reports)).toEqual([])
    }
  )

  it.each(['handoff-model-card', 'huggingface', 'model-card-toolkit'] as const)(
    'reports nothing on a complete %s model card',
    (standard) => {
      const reports = checkAll(withStandard(cardDoc(), standard))
      expect(Object.keys(reports)).toEqual(
        allItems.filter((i) => i.appliesTo === 'model-card').map((i) => i.id)
      )
      expect(quiet(reports)).toEqual([])
    }
  )

  it('reports every contract item as missing on an empty contract, at its anchor', () => {
    const empty: ContractDoc = {
      ...contractDoc(),
      standard: 'dcs',
      version: undefined,
      versionAnchor: ['info'],
      owners: [],
      ownerAnchor: ['info'],
      freshness: undefined,
      freshnessAnchor: [],
      schema: undefined,
      schemaAnchor: []
    }
    const summary = Object.entries(checkAll(empty)).map(([id, r]) => [
      id,
      r.map((x) => [x.messageId, x.status, x.at])
    ])
    expect(summary).toEqual([
      ['contract.freshness', [['missingDcs', 'missing', []]]],
      ['contract.owner', [['missingDcs', 'missing', ['info']]]],
      ['contract.schema', [['missingDcs', 'missing', []]]],
      ['contract.version', [['missingDcs', 'missing', ['info']]]]
    ])
  })

  it('reports every model-card item but the baseline as missing on an empty Hugging Face card', () => {
    const empty: ModelCardDoc = {
      ...cardDoc(),
      standard: 'huggingface',
      owners: [],
      ownerAnchor: ['handoff'],
      trainingData: { anchor: [] },
      evaluation: { anchor: [] },
      artifact: { anchor: ['handoff'] },
      serving: { anchor: ['handoff'] },
      monitoring: { anchor: ['handoff'] },
      ownership: { anchor: ['handoff'] }
    }
    const reports = checkAll(empty)
    expect(reports['evaluation.baseline']).toEqual([])
    const missing = Object.entries(reports)
      .filter(([id]) => id !== 'evaluation.baseline')
      .map(([id, r]) => [id, r.map((x) => `${x.messageId} ${x.status}`)])
    expect(missing).toEqual(
      allItems
        .filter((i) => i.appliesTo === 'model-card' && i.id !== 'evaluation.baseline')
        .map((i) => [i.id, ['missingHuggingface missing']])
    )
  })
})
