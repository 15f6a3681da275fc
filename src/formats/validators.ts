// The validator of each schema target, compiled by ajv once, on first use: what the sources (and so the tests) run.
// The bundle puts another module in this one's place (rollup/validators.mjs): the same validators, compiled by ajv
// at build time into one file per schema, each loaded when a run first meets that schema. A run of ODCS v3.1.0
// files then neither compiles a schema nor loads the code of the other six.
import AjvModule from 'ajv'
import type { ValidateFunction } from 'ajv'
import Ajv2019Module from 'ajv/dist/2019.js'
import addFormatsModule from 'ajv-formats'
import { schema as dcs110 } from '../schemas/dcs-1.1.0.js'
import { schema as dcs121 } from '../schemas/dcs-1.2.1.js'
import { schema as handoffContract } from '../schemas/handoff-contract.js'
import { schema as handoffModelCard } from '../schemas/handoff-model-card.js'
import { schema as odcs302 } from '../schemas/odcs-3.0.2.js'
import { schema as odcs310 } from '../schemas/odcs-3.1.0.js'
import { schema as odcs320 } from '../schemas/odcs-3.2.0.js'
import type { SchemaTarget } from './validate.js'

// ajv and ajv-formats are CommonJS with a `default` export; NodeNext sees the module object.
const Ajv = AjvModule.default
const Ajv2019 = Ajv2019Module.default
const addFormats = addFormatsModule.default

const draft07: Record<string, Record<string, unknown>> = {
  'dcs-1.1.0': dcs110,
  'dcs-1.2.1': dcs121,
  'handoff-contract': handoffContract,
  'handoff-model-card': handoffModelCard
}
const draft2019: Record<string, Record<string, unknown>> = {
  'odcs-3.0.2': odcs302,
  'odcs-3.1.0': odcs310,
  'odcs-3.2.0': odcs320
}

// Not `verbose`: it makes every validator bigger and slower to compile, and an error's schemaPath through a `$ref`
// is relative to the referenced schema, so the schema behind an error is not looked up either.
// rollup/validators.mjs compiles with these same options.
const OPTIONS = { allErrors: true, strict: false, logger: false as const }

// One ajv instance per draft, created on first use; ajv compiles each (sub-)schema once, on first use, and keeps it.
let ajv07: InstanceType<typeof Ajv> | undefined
let ajv2019: InstanceType<typeof Ajv2019> | undefined

export function schemaValidator(target: SchemaTarget): ValidateFunction {
  const id = target.split('#')[0]
  let ajv: InstanceType<typeof Ajv>
  if (id in draft2019) {
    ajv2019 ??= withSchemas(new Ajv2019(OPTIONS), draft2019)
    ajv = ajv2019
  } else {
    ajv07 ??= withSchemas(new Ajv(OPTIONS), draft07)
    ajv = ajv07
  }
  const validate = ajv.getSchema(target)
  if (!validate) throw new Error(`no JSON Schema ${target}`)
  return validate
}

function withSchemas<T extends InstanceType<typeof Ajv>>(
  ajv: T,
  schemas: Record<string, Record<string, unknown>>
): T {
  // `fast` formats: DCS locations such as `s3://bucket/{model}/*.json` are URIs to the standard's own tools.
  addFormats(ajv, { mode: 'fast' })
  for (const [key, schema] of Object.entries(schemas)) ajv.addSchema(schema, key)
  return ajv
}
