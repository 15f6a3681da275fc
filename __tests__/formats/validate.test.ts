import { describe, expect, it } from '@jest/globals'
import { MAX_ISSUES, pointerToPath, renderPath, validate } from '../../src/formats/validate.js'

const NONE = { schemaRoots: [], reportedKeys: [] }

describe('validate', () => {
  it('turns ajv errors into located, human issues', () => {
    const data = { apiVersion: 'handoff-check/v2', kind: 'HandoffContract', freshness: true, extra: 1 }
    expect(validate('handoff-contract', data, NONE)).toEqual([
      { item: 'file.schema', message: 'apiVersion: must be "handoff-check/v1"', at: ['apiVersion'] },
      { item: 'file.schema', message: 'freshness: must be string or number', at: ['freshness'] }
    ])
  })

  it('files errors under the data schema roots as contract.schema', () => {
    const data = {
      apiVersion: 'handoff-check/v1',
      kind: 'HandoffContract',
      schema: { t: { fields: { a: 3 } } }
    }
    expect(validate('handoff-contract', data, { schemaRoots: ['schema'], reportedKeys: [] })).toEqual([
      {
        item: 'contract.schema',
        message: 'schema.t.fields.a: must be object',
        at: ['schema', 't', 'fields', 'a']
      }
    ])
  })

  it('leaves out type errors at nodes a handoff item reports, and only there', () => {
    const data = {
      apiVersion: 'handoff-check/v1',
      kind: 'HandoffContract',
      schema: { t: { fields: { a: null, b: 3 } } }
    }
    const options = { schemaRoots: ['schema'], reportedKeys: [] }
    expect(
      validate('handoff-contract', data, { ...options, reportedNodes: [['schema', 't', 'fields', 'a']] })
    ).toEqual([
      {
        item: 'contract.schema',
        message: 'schema.t.fields.b: must be object',
        at: ['schema', 't', 'fields', 'b']
      }
    ])
    // A parent or child of a reported node is not the node.
    expect(
      validate('handoff-contract', data, { ...options, reportedNodes: [['schema', 't', 'fields']] })
    ).toHaveLength(2)
  })

  it('leaves out required keys a handoff item reports, and only those', () => {
    const data = { dataContractSpecification: '1.2.1', info: { title: 'x' } }
    expect(
      validate('dcs-1.2.1', data, { schemaRoots: ['models'], reportedKeys: [['info', 'version']] })
    ).toEqual([{ item: 'file.schema', message: "must have required property 'id'", at: [] }])
    expect(validate('dcs-1.2.1', data, NONE).map((i) => i.message)).toEqual([
      "must have required property 'id'",
      "info: must have required property 'version'"
    ])
  })

  it('collapses a failed oneOf to the branch that got furthest', () => {
    // ODCS servers are a oneOf/if-then over server types: only the snowflake branch's real problem remains.
    const data = {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'x',
      version: '1',
      status: 'active',
      servers: [{ server: 'p', type: 'snowflake', account: 'a', database: 'd', schema: 5 }]
    }
    expect(validate('odcs-3.1.0', data, NONE)).toEqual([
      { item: 'file.schema', message: 'servers[0].schema: must be string', at: ['servers', 0, 'schema'] }
    ])
  })

  it('keeps at most ten issues and never repeats one', () => {
    const fields = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [`f${i}`, { type: 'string', x: 1 }])
    )
    const data = { apiVersion: 'handoff-check/v1', kind: 'HandoffContract', schema: { t: { fields } } }
    const issues = validate('handoff-contract', data, NONE)
    expect(issues).toHaveLength(MAX_ISSUES)
    expect(new Set(issues.map((i) => i.message)).size).toBe(MAX_ISSUES)
    expect(issues[0].at).toEqual(['schema', 't', 'fields', 'f0', 'x'])
  })

  it('lists the allowed values of an enum outside field types', () => {
    const data = { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'x', version: '1', status: 'active' }
    const issues = validate('odcs-3.1.0', { ...data, schema: [{ name: 't', logicalType: 'table' }] }, NONE)
    expect(issues).toEqual([
      {
        item: 'file.schema',
        message: 'schema[0].logicalType: must be one of: "object"',
        at: ['schema', 0, 'logicalType']
      }
    ])
  })
})

describe('paths', () => {
  it('reads JSON Pointers as paths, with indexes only where the data has a sequence', () => {
    const data = { a: [{ '0': { 'b/c': 1 } }] }
    expect(pointerToPath('/a/0/0/b~1c', data)).toEqual(['a', 0, '0', 'b/c'])
    expect(pointerToPath('', data)).toEqual([])
  })

  it('renders paths as people write them', () => {
    expect(renderPath(['schema', 0, 'properties', 2])).toBe('schema[0].properties[2]')
    expect(renderPath(['model-index', 0, 'results'])).toBe('model-index[0].results')
    expect(renderPath(['models', 'a.b', 'fields'])).toBe('models["a.b"].fields')
    expect(renderPath([])).toBe('')
  })
})

describe('validate: combinators beside other keywords', () => {
  it('keeps a sibling problem of a failed oneOf', () => {
    // A signal must be a string or an object; the `metric` type error inside the object branch is the specific one.
    const data = {
      apiVersion: 'handoff-check/v1',
      kind: 'ModelCard',
      monitoring: { drift: { metric: 3 } },
      artifact: { format: 1 }
    }
    expect(validate('handoff-model-card', data, NONE)).toEqual([
      { item: 'file.schema', message: 'artifact.format: must be string', at: ['artifact', 'format'] },
      {
        item: 'file.schema',
        message: 'monitoring.drift.metric: must be string',
        at: ['monitoring', 'drift', 'metric']
      }
    ])
  })

  it('keeps a required problem of the object that holds a failed oneOf', () => {
    const data = { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'x', version: '1', status: 'active' }
    const servers = [{ type: 'snowflake', account: 'a', database: 'd', schema: 's' }]
    expect(validate('odcs-3.1.0', { ...data, servers }, NONE)).toEqual([
      { item: 'file.schema', message: "servers[0]: must have required property 'server'", at: ['servers', 0] }
    ])
  })
})

describe('validate: what a failed oneOf/anyOf expected', () => {
  const data = { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'x', version: '1', status: 'active' }

  it('names a mapping form by the keys it does not allow, beside the other forms', () => {
    // A v3.0-style team member written where v3.1 wants the team object (or the deprecated list).
    expect(validate('odcs-3.1.0', { ...data, team: { username: 'asmith', name: 'Alex' } }, NONE)).toEqual([
      { item: 'file.schema', message: "team: must be a mapping without 'username' or an array", at: ['team'] }
    ])
    expect(
      validate('odcs-3.1.0', { ...data, team: { username: 'asmith', role: 'owner' } }, NONE)[0].message
    ).toBe("team: must be a mapping without 'username', 'role' or an array")
  })

  it('reads branches that each require another key as one form, and drops the if/then echo', () => {
    const schema = [{ name: 't', quality: [{ type: 'sql', query: 'SELECT 1' }] }]
    expect(
      validate('odcs-3.1.0', { ...data, schema }, { schemaRoots: ['schema'], reportedKeys: [] })
    ).toEqual([
      {
        item: 'contract.schema',
        message:
          "schema[0].quality[0]: must be a mapping with one of 'mustBe', 'mustNotBe', 'mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo', 'mustBeBetween', 'mustNotBeBetween'",
        at: ['schema', 0, 'quality', 0]
      }
    ])
  })

  it('gives the patterns of an anyOf', () => {
    const schema = [{ name: 't', relationships: [{ from: ['a b'], to: ['t.c'] }] }]
    expect(validate('odcs-3.1.0', { ...data, schema }, NONE).map((i) => i.message)).toEqual([
      'schema[0].relationships[0].from[0]: must be a string matching "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$" or a string matching "^(?:(?:https?:\\/\\/)?[A-Za-z0-9._\\-\\/]+\\.yaml#)?\\/?[A-Za-z_][A-Za-z0-9_]*\\/[A-Za-z0-9_-]+(?:\\/[A-Za-z_][A-Za-z0-9_]*\\/[A-Za-z0-9_-]+)*$"'
    ])
  })
})

describe('validate: enum problems', () => {
  const data = { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'x', version: '1', status: 'active' }
  const schema = [{ name: 't', logicalType: 'table', properties: [{ name: 'a', logicalType: 'money' }] }]
  const options = { schemaRoots: ['schema'], reportedKeys: [] }

  it('leaves out only the field types contract.schema judges, never a table type or a quality type', () => {
    const typeAt = ['schema', 0, 'properties', 0, 'logicalType']
    expect(validate('odcs-3.1.0', { ...data, schema }, { ...options, reportedTypes: [typeAt] })).toEqual([
      {
        item: 'contract.schema',
        message: 'schema[0].logicalType: must be one of: "object"',
        at: ['schema', 0, 'logicalType']
      }
    ])
    expect(validate('odcs-3.1.0', { ...data, schema }, options).map((i) => i.at)).toEqual([
      ['schema', 0, 'logicalType'],
      typeAt
    ])
  })
})
