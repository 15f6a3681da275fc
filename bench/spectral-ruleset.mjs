// The Spectral ruleset the benchmark compares with: the ODCS v3.1.0 JSON Schema plus owner, freshness and schema
// presence for ODCS and DCS files, written with Spectral's core `schema` function only. Spectral has no per-file
// standard detection in a JSON ruleset, so each rule is one JSON Schema whose `if` recognises the standard by content
// (as handoff-check does): ODCS by `kind: DataContract` + `apiVersion`, DCS by `dataContractSpecification`.
import { readFileSync } from 'node:fs'

const IS_ODCS = {
  type: 'object',
  required: ['kind', 'apiVersion'],
  properties: { kind: { const: 'DataContract' } }
}
const IS_DCS = { type: 'object', required: ['dataContractSpecification'] }

/** One schema per standard: `odcs` applies to ODCS documents, `dcs` to DCS documents, nothing else is checked. */
const byStandard = (odcs, dcs) => ({ if: IS_ODCS, then: odcs, else: { if: IS_DCS, then: dcs } })

const rule = (description, schema) => ({
  description,
  severity: 'error',
  given: '$',
  then: { function: 'schema', functionOptions: { schema, dialect: 'draft2019-09' } }
})

/** The ruleset as Spectral's JSON ruleset format, with the ODCS JSON Schema (at `odcsSchemaPath`) inlined. */
export function spectralRuleset(odcsSchemaPath) {
  const { $defs, $schema: _dialect, ...odcsRoot } = JSON.parse(readFileSync(odcsSchemaPath, 'utf8'))
  return {
    rules: {
      // `$defs` stays at the root so the standard's own `#/$defs/…` references still resolve.
      'odcs-json-schema': rule('ODCS contracts are valid against the ODCS v3.1.0 JSON Schema.', {
        $defs,
        if: IS_ODCS,
        then: odcsRoot
      }),
      'contract-owner': rule(
        'A contract names its owner: ODCS customProperties owner (or a team), DCS info.owner.',
        byStandard(
          {
            anyOf: [
              {
                required: ['customProperties'],
                properties: {
                  customProperties: {
                    type: 'array',
                    contains: {
                      type: 'object',
                      required: ['property', 'value'],
                      properties: { property: { const: 'owner' }, value: { type: 'string', minLength: 1 } }
                    }
                  }
                }
              },
              { required: ['team'], properties: { team: { minProperties: 1, minItems: 1 } } }
            ]
          },
          {
            required: ['info'],
            properties: {
              info: { required: ['owner'], properties: { owner: { type: 'string', minLength: 1 } } }
            }
          }
        )
      ),
      'contract-freshness': rule(
        'A contract states its freshness: ODCS slaProperties freshness, DCS servicelevels.freshness.',
        byStandard(
          {
            required: ['slaProperties'],
            properties: {
              slaProperties: {
                type: 'array',
                contains: {
                  type: 'object',
                  required: ['property', 'value'],
                  properties: { property: { const: 'freshness' } }
                }
              }
            }
          },
          {
            required: ['servicelevels'],
            properties: {
              servicelevels: {
                required: ['freshness'],
                properties: { freshness: { required: ['threshold'] } }
              }
            }
          }
        )
      ),
      'contract-schema': rule(
        'A contract declares its tables: ODCS schema, DCS models.',
        byStandard(
          { required: ['schema'], properties: { schema: { type: 'array', minItems: 1 } } },
          { required: ['models'], properties: { models: { type: 'object', minProperties: 1 } } }
        )
      )
    }
  }
}
