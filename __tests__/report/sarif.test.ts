import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from '@jest/globals'
import AjvDraft04 from 'ajv-draft-04'
import { allItems, itemById } from '../../src/checks/index.js'
import { buildReport } from '../../src/core/engine.js'
import type { FileReport } from '../../src/vocabulary.js'
import { fingerprint, renderSarif, ruleName } from '../../src/report/sarif.js'
import { sampleReport } from './sample-report.js'

// The SARIF 2.1.0 schema as shipped by Microsoft's @microsoft/jest-sarif: draft-04 (hence ajv-draft-04), and one of
// its `language` patterns is not valid with the `u` flag (hence unicodeRegExp: false).
const require = createRequire(import.meta.url)
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
)
const validate = new AjvDraft04.default({
  allErrors: true,
  strict: false,
  validateFormats: false,
  unicodeRegExp: false
}).compile(schema)

const parseError: FileReport = {
  path: 'data/broken file.yaml',
  kind: 'unknown',
  standard: 'unknown',
  findings: [
    {
      item: 'file.parse',
      severity: 'error',
      status: 'invalid',
      message: 'The file cannot be parsed: bad indentation.',
      path: 'data/broken file.yaml',
      line: 4,
      column: 2
    }
  ]
}

describe('renderSarif', () => {
  const sarif = JSON.parse(
    renderSarif(sampleReport(), { toolVersion: '1.2.3', informationUri: 'https://example.org/hc' })
  )

  it('is valid SARIF 2.1.0', () => {
    expect(validate(sarif)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    expect(validate(JSON.parse(renderSarif(buildReport([parseError]), { toolVersion: '0.1.0' })))).toBe(true)
    // The validator does reject what GitHub would: a driver without a name, a level SARIF does not know.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false)
    const badLevel = structuredClone(sarif)
    badLevel.runs[0].results[0].level = 'notice'
    expect(validate(badLevel)).toBe(false)
  })

  it('describes the tool with one rule per handoff item, then items only the report names', () => {
    const driver = sarif.runs[0].tool.driver
    expect(driver.name).toBe('handoff-check')
    expect(driver.version).toBe('1.2.3')
    expect(driver.informationUri).toBe('https://example.org/hc')
    expect(sarif.runs[0].columnKind).toBe('utf16CodeUnits')
    const registered = allItems.map((i) => i.id)
    const foreign = ['contract.freshness', 'evaluation.baseline', 'serving.latency'].filter(
      (id) => !registered.includes(id)
    )
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...registered, ...foreign])
    const parse = itemById.get('file.parse')!
    expect(driver.rules.find((r: { id: string }) => r.id === 'file.parse')).toEqual({
      id: 'file.parse',
      name: 'FileParse',
      shortDescription: { text: parse.title },
      fullDescription: { text: parse.description },
      help: {
        text: `${parse.help}\n\nExample: ${parse.example}`,
        markdown: `${parse.help}\n\nExample:\n\n\`\`\`yaml\n${parse.example}\n\`\`\``
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['handoff', 'file'] }
    })
  })

  it('reports each finding with its rule, level, relative location and a stable fingerprint', () => {
    const results = sarif.runs[0].results
    const rules = sarif.runs[0].tool.driver.rules
    expect(
      results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [
        r.ruleId,
        rules[r.ruleIndex].id,
        r.level
      ])
    ).toEqual([
      ['file.schema', 'file.schema', 'error'],
      ['contract.freshness', 'contract.freshness', 'error'],
      ['evaluation.baseline', 'evaluation.baseline', 'warning'],
      ['serving.latency', 'serving.latency', 'note']
    ])
    expect(results[2].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'models/churn/MODEL_CARD.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 9, startColumn: 7 }
        }
      }
    ])
    expect(results[2].message).toEqual({ text: 'roc_auc 0.80 does not beat its baseline 0.82.' })
    expect(results[2].partialFingerprints).toEqual({
      'handoffCheck/v1': fingerprint(
        'evaluation.baseline',
        'models/churn/MODEL_CARD.md',
        'roc_auc 0.80 does not beat its baseline 0.82.'
      )
    })
    expect(results[1].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Waived by @lead: batch feed\nweekly' }
    ])
    expect(results[0].suppressions).toBeUndefined()
  })

  it('percent-encodes URIs and omits informationUri when unknown', () => {
    const log = JSON.parse(renderSarif(buildReport([parseError]), { toolVersion: '0.1.0' }))
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'data/broken%20file.yaml'
    )
    expect(log.runs[0].tool.driver.informationUri).toBeUndefined()
  })

  it('fingerprints depend on item, path and message only', () => {
    expect(fingerprint('a', 'p', 'm')).toMatch(/^[0-9a-f]{32}$/)
    expect(fingerprint('a', 'p', 'm')).toBe(fingerprint('a', 'p', 'm'))
    expect(fingerprint('a', 'p', 'm')).not.toBe(fingerprint('a', 'p', 'n'))
    expect(fingerprint('a', 'p', 'm')).not.toBe(fingerprint('a', 'q', 'm'))
  })

  it('names rules in PascalCase', () => {
    expect(ruleName('training-data.version')).toBe('TrainingDataVersion')
    expect(ruleName('file.parse')).toBe('FileParse')
  })
})
