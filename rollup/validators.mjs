// A rollup plugin: the bundle's JSON Schema validators, compiled by ajv at build time (ajv's standalone code) instead
// of at every start of the CLI, the Action and each worker thread, one file per schema (dist/validators/<id>.cjs).
// src/formats/validators.ts compiles each schema with ajv at run time when the sources run as they are (the tests);
// in the bundle this plugin puts a loader in its place, which reads a schema's file the first time a run validates
// against that schema. A thread that only meets ODCS v3.1.0 files never parses the code of the other six schemas
// (most of the bundle's size), which keeps each worker thread's start-up and memory small.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv, _ } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { generated } from '../schemas/generate.mjs'
import { toAscii } from './ascii.mjs'

const REPLACED = resolve('src/formats/validators.ts')
const VIRTUAL = '\0handoff-check:precompiled-validators'

const schemaOf = (id) => JSON.parse(readFileSync(generated[id], 'utf8'))
const isDraft2019 = (id) => String(schemaOf(id).$schema ?? '').includes('2019-09')

/** The same options as src/formats/validators.ts, plus the standalone code generation (CommonJS). */
function instance(draft2019) {
  const code = { source: true, esm: false, formats: _`require("ajv-formats/dist/formats").fastFormats` }
  const options = { allErrors: true, strict: false, logger: false, code }
  const ajv = draft2019 ? new Ajv2019(options) : new Ajv(options)
  addFormats(ajv, { mode: 'fast' })
  return ajv
}

/** Every schema, and every sub-schema the formats validate against (`validate('handoff-model-card#/$defs/…'`). */
function targets() {
  const found = new Set(Object.keys(generated))
  const dir = resolve('src/formats')
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts')) continue
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/validate\('([^']+#[^']+)'/g))
      found.add(match[1])
  }
  return [...found].sort()
}

/**
 * One schema's validators as a CommonJS factory: it takes the `require` of ajv's run-time helpers (the bundle passes
 * the ones it carries, as there is no node_modules beside an installed Action) and returns the validator of each
 * target. Every schema of the draft is added, as at run time, in case one refers to another.
 */
function moduleFor(id, ids) {
  const draft2019 = isDraft2019(id)
  const ajv = instance(draft2019)
  for (const other of Object.keys(generated))
    if (isDraft2019(other) === draft2019) ajv.addSchema(schemaOf(other), other)
  const exports = Object.fromEntries(ids.map((target, i) => [`v${i}`, target]))
  const code = standaloneCode(ajv, exports).replace(/^"use strict";/, '')
  const requires = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))
  const table = ids.map((target, i) => `    ${JSON.stringify(target)}: exports.v${i}`).join(',\n')
  const source = [
    `// ajv's standalone validators for ${id}, compiled from ${generated[id]} by rollup/validators.mjs. Generated: do not edit.`,
    `'use strict'`,
    `module.exports = function validators(require) {`,
    `  const exports = {}`,
    code,
    `  return {\n${table}\n  }`,
    `}`,
    ''
  ].join('\n')
  return { source, requires }
}

export function precompiledValidators() {
  return {
    name: 'handoff-check-precompiled-validators',
    resolveId(source, importer) {
      if (
        importer &&
        source === './validators.js' &&
        resolve(importer) === resolve('src/formats/validate.ts')
      )
        return VIRTUAL
      if (resolve(source) === REPLACED) return VIRTUAL
      return null
    },
    load(id) {
      if (id !== VIRTUAL) return null
      const all = targets()
      const files = []
      const requires = new Set()
      for (const schema of Object.keys(generated).sort()) {
        const ids = all.filter((target) => target.split('#')[0] === schema)
        const module = moduleFor(schema, ids)
        for (const path of module.requires) requires.add(path)
        const fileName = `validators/${schema}.cjs`
        const source = toAscii(module.source, (text) => this.parse(text), fileName)
        const ref = this.emitFile({ type: 'asset', fileName, source })
        files.push(`  ${JSON.stringify(schema)}: () => import.meta.ROLLUP_FILE_URL_${ref}`)
      }
      const helpers = [...requires].sort()
      return [
        `import { createRequire } from 'node:module'`,
        `import { fileURLToPath } from 'node:url'`,
        ...helpers.map((path, i) => `import * as helper${i} from ${JSON.stringify(path)}`),
        `const HELPERS = {\n${helpers.map((path, i) => `  ${JSON.stringify(path)}: helper${i}`).join(',\n')}\n}`,
        `const FILES = {\n${files.join(',\n')}\n}`,
        `const requireFile = createRequire(import.meta.url)`,
        `const helper = (path) => {`,
        `  if (!(path in HELPERS)) throw new Error('a precompiled validator needs ' + path + ', which the bundle does not carry')`,
        `  return HELPERS[path]`,
        `}`,
        `const loaded = new Map()`,
        `export function schemaValidator(target) {`,
        `  const id = target.split('#')[0]`,
        `  let table = loaded.get(id)`,
        `  if (table === undefined) {`,
        `    const file = FILES[id]`,
        `    if (file === undefined) throw new Error('no JSON Schema ' + target)`,
        `    table = requireFile(fileURLToPath(file()))(helper)`,
        `    loaded.set(id, table)`,
        `  }`,
        `  const validate = table[target]`,
        `  if (validate === undefined) throw new Error('no JSON Schema ' + target)`,
        `  return validate`,
        `}`
      ].join('\n')
    }
  }
}
