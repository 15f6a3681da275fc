import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { schema as dcs110 } from '../../src/schemas/dcs-1.1.0.js'
import { schema as dcs121 } from '../../src/schemas/dcs-1.2.1.js'
import { schema as handoffContract } from '../../src/schemas/handoff-contract.js'
import { schema as handoffModelCard } from '../../src/schemas/handoff-model-card.js'
import { schema as odcs302 } from '../../src/schemas/odcs-3.0.2.js'
import { schema as odcs310 } from '../../src/schemas/odcs-3.1.0.js'
import { schema as odcs320 } from '../../src/schemas/odcs-3.2.0.js'

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

describe('generated schema modules', () => {
  it.each([
    ['schemas/vendor/odcs-json-schema-v3.0.2.json', odcs302],
    ['schemas/vendor/odcs-json-schema-v3.1.0.json', odcs310],
    ['schemas/vendor/odcs-json-schema-v3.2.0.json', odcs320],
    ['schemas/vendor/dcs-1.1.0.schema.json', dcs110],
    ['schemas/vendor/dcs-1.2.1.schema.json', dcs121],
    ['schemas/handoff-contract.schema.json', handoffContract],
    ['schemas/handoff-model-card.schema.json', handoffModelCard]
  ])('match %s (run `node schemas/generate.mjs` after changing it)', (path, module) => {
    expect(module).toEqual(json(path))
  })

  it('vendors the standards unchanged from the fixtures', () => {
    const standards = '__tests__/fixtures/standards'
    expect(readFileSync('schemas/vendor/odcs-json-schema-v3.1.0.json', 'utf8')).toBe(
      readFileSync(`${standards}/open-data-contract-standard/odcs-json-schema-v3.1.0.json`, 'utf8')
    )
    // The v3.2.0 schema is the standard's dev-v3.2.0 snapshot (schemas/vendor/README.md).
    expect(readFileSync('schemas/vendor/odcs-json-schema-v3.2.0.json', 'utf8')).toBe(
      readFileSync(`${standards}/open-data-contract-standard/odcs-json-schema-v3.2.0-dev.json`, 'utf8')
    )
    expect(readFileSync('schemas/vendor/dcs-1.2.1.schema.json', 'utf8')).toBe(
      readFileSync(`${standards}/datacontract-specification/dcs-1.2.1__datacontract.schema.json`, 'utf8')
    )
  })

  it('gives every native property a description for editors', () => {
    const undocumented: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return
      const props = (node as { properties?: Record<string, unknown> }).properties
      for (const [key, value] of Object.entries(props ?? {})) {
        if (!(value as { description?: string }).description && !(value as { $ref?: string }).$ref) {
          undocumented.push(`${path}.${key}`)
        }
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`)
    }
    walk(json('schemas/handoff-contract.schema.json'), '')
    walk(json('schemas/handoff-model-card.schema.json'), '')
    expect(undocumented).toEqual([])
  })
})
