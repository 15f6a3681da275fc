// Which checked files make the CLI look at the repository's links: model cards that may name a contract. A card's
// own report answers for most of them; only the others are read again.
import { describe, expect, it } from '@jest/globals'
import { mayLink } from '../../src/cli/links.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { checkFiles } from '../../src/core/engine.js'
import type { FileReport } from '../../src/vocabulary.js'

const card = (extra: string[]) =>
  [
    'apiVersion: handoff-check/v1',
    'kind: ModelCard',
    'name: scorer',
    'version: 1.0.0',
    'owner: "@acme/ml"',
    ...extra,
    ''
  ].join('\n')

function reportOf(path: string, text: string, config = defaultConfig()): FileReport {
  const [report] = checkFiles([{ path, text }], { config }).files
  return report
}

const unread = (): string => {
  throw new Error('read again')
}

describe('mayLink', () => {
  it('answers from the report of a card that names no contract, without reading it again', () => {
    // Prose that looks like a link key does not make the card a linking one.
    const text = card(['description: "contract: none yet"', 'trainingData:', '  location: s3://a/b/'])
    const report = reportOf('models/scorer.modelcard.yaml', text)
    expect(report.findings.filter((f) => f.item === 'training-data.contract').map((f) => f.status)).toEqual([
      'missing'
    ])
    expect(mayLink(report, unread)).toBe(false)
  })

  it('reads a card that names a contract, and finds its link key', () => {
    const text = card(['trainingData:', '  location: s3://a/b/', '  contract: contracts/orders.yaml'])
    const report = reportOf('models/scorer.modelcard.yaml', text)
    let reads = 0
    expect(
      mayLink(report, () => {
        reads++
        return text
      })
    ).toBe(true)
    expect(reads).toBe(1)
  })

  it('reads a card when the item that would tell is off', () => {
    const config = defaultConfig()
    config.items['training-data.contract'] = 'off'
    const text = card(['trainingData:', '  location: s3://a/b/'])
    const report = reportOf('models/scorer.modelcard.yaml', text, config)
    expect(mayLink(report, () => text)).toBe(false)
    expect(mayLink(report, () => 'trainingData:\n  contract: x.yaml\n')).toBe(true)
  })

  it('is false for a contract, unread', () => {
    const report = reportOf('contracts/orders.odcs.yaml', 'apiVersion: v3.1.0\nkind: DataContract\n')
    expect(report.kind).toBe('contract')
    expect(mayLink(report, unread)).toBe(false)
  })
})
