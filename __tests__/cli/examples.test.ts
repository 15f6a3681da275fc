// The bundled example repository (`npm start`) must stay true to the standards and to docs/formats.md: every file
// parses, the ODCS and DCS contracts validate against their standards' schemas, and discovery finds exactly them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { parseCodeowners } from '../../src/checks/values/codeowners.js'
import { loadConfigFile } from '../../src/cli/config-file.js'
import { main } from '../../src/cli/main.js'
import { parseSource } from '../../src/parse/source.js'
import { fakeIO } from './helpers.js'

const EXAMPLES = 'examples'
const STANDARDS = '__tests__/fixtures/standards'
const read = (path: string) => readFileSync(join(EXAMPLES, path), 'utf8')
const schema = (path: string) => JSON.parse(readFileSync(join(STANDARDS, path), 'utf8'))
const withFormats = <T>(ajv: T): T => {
  addFormats.default(ajv as never)
  return ajv
}

const FILES: Record<string, Record<string, unknown>> = {
  'contracts/customers.datacontract.yaml': { dataContractSpecification: '1.2.1' },
  'contracts/orders.odcs.yaml': { apiVersion: 'v3.1.0', kind: 'DataContract' },
  'contracts/payments.odcs.yaml': { apiVersion: 'v3.1.0', kind: 'DataContract' },
  'contracts/returns.contract.yaml': { apiVersion: 'handoff-check/v1', kind: 'HandoffContract' },
  'contracts/shipments.contract.yaml': { apiVersion: 'handoff-check/v1', kind: 'HandoffContract' },
  'models/churn/MODEL_CARD.md': { apiVersion: 'handoff-check/v1', kind: 'ModelCard' },
  'models/fraud/fraud.modelcard.yaml': { apiVersion: 'handoff-check/v1', kind: 'ModelCard' },
  'models/ticket-router/README.md': { library_name: 'transformers' }
}

describe('examples/', () => {
  it('holds the files the docs promise, each parsing cleanly and declaring its standard', () => {
    for (const [path, markers] of Object.entries(FILES)) {
      const source = parseSource(path, read(path))
      expect({ path, errors: source.errors }).toEqual({ path, errors: [] })
      expect(source.data).toMatchObject(markers)
    }
  })

  it('has ODCS contracts valid against ODCS v3.1.0 and a DCS contract valid against DCS 1.2.1', () => {
    const odcs = withFormats(new Ajv2019({ strict: false, allErrors: true })).compile(
      schema('open-data-contract-standard/odcs-json-schema-v3.1.0.json')
    )
    for (const path of ['contracts/orders.odcs.yaml', 'contracts/payments.odcs.yaml']) {
      expect({ path, valid: odcs(parseSource(path, read(path)).data), errors: odcs.errors ?? null }).toEqual({
        path,
        valid: true,
        errors: null
      })
    }
    const dcs = withFormats(new Ajv({ strict: false, allErrors: true })).compile(
      schema('datacontract-specification/dcs-1.2.1__datacontract.schema.json')
    )
    const path = 'contracts/customers.datacontract.yaml'
    expect(dcs(parseSource(path, read(path)).data)).toBe(true)
  })

  it('has the gaps the demo shows: no owner or freshness in payments, an untyped field in returns', () => {
    const payments = parseSource('p.yaml', read('contracts/payments.odcs.yaml')).data as Record<
      string,
      unknown
    >
    expect(payments.customProperties).toBeUndefined()
    expect(payments.team).toBeUndefined()
    expect(JSON.stringify(payments.slaProperties)).not.toMatch(/freshness|latency/)
    const returns = parseSource('r.yaml', read('contracts/returns.contract.yaml')).data as {
      schema: { returns: { fields: Record<string, Record<string, unknown>> } }
    }
    expect(returns.schema.returns.fields.reason_code.type).toBeUndefined()
    const fraud = parseSource('f.yaml', read('models/fraud/fraud.modelcard.yaml')).data as Record<
      string,
      unknown
    >
    expect([fraud.monitoring, fraud.ownership]).toEqual([undefined, undefined])
  })

  it('has a config that loads and a CODEOWNERS naming every owner the examples use', () => {
    const config = loadConfigFile(read('.github/handoff.yml'), '.github/handoff.yml')
    expect(config.ok).toBe(true)
    if (config.ok) expect(config.config.owners.codeowners).toBe(true)
    const owners = parseCodeowners(read('.github/CODEOWNERS'))
    for (const owner of ['@acme/data-platform', '@acme/ml-platform', '@acme/nlp'])
      expect(owners.has(owner)).toBe(true)
  })

  it('is what `npm start` discovers, and the demo exits 0', async () => {
    let seen: string[] = []
    const io = fakeIO(process.cwd())
    const code = await main(['--cwd', EXAMPLES, '--demo'], io, {
      run: (tasks) => {
        seen = tasks.flatMap((t) => (t.head ? [t.head.path] : []))
        return Promise.resolve([])
      }
    })
    expect(code).toBe(0)
    expect(seen).toEqual(Object.keys(FILES))
    expect(await main(['--cwd', EXAMPLES, '--demo'], fakeIO(process.cwd()))).toBe(0)
  })
})
