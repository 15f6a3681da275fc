// A rollup plugin: the bundle's JSON Schema validators, compiled by ajv at build time (ajv's standalone code) instead
// of at every start of the CLI, the Action and each worker thread. src/formats/precompiled.ts is an empty table when
// the sources run as they are (the tests); in the bundle this plugin puts the compiled validators in its place, with
// the same ajv options src/formats/validate.ts compiles them with at run time.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv, _ } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { generated } from '../schemas/generate.mjs'

const PRECOMPILED = resolve('src/formats/precompiled.ts')
const VIRTUAL = '\0handoff-check:precompiled-validators'

/** The same options as src/formats/validate.ts, plus the standalone code generation. */
function instance(draft2019) {
  const code = { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fastFormats` }
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

/** ajv's standalone module for `ids` on one instance; its require() calls of ajv's runtime become imports. */
function moduleFor(ids, draft2019, prefix) {
  const ajv = instance(draft2019)
  for (const [id, source] of Object.entries(generated)) {
    const schema = JSON.parse(readFileSync(source, 'utf8'))
    const is2019 = String(schema.$schema ?? '').includes('2019-09')
    if (is2019 === draft2019) ajv.addSchema(schema, id)
  }
  const exports = {}
  const names = {}
  ids.forEach((id, i) => {
    exports[`${prefix}${i}`] = id
    names[id] = `${prefix}${i}`
  })
  let code = standaloneCode(ajv, exports)
  const imports = new Map()
  code = code.replace(/require\((["'`])([^"'`]+)\1\)/g, (_match, _quote, path) => {
    if (!imports.has(path)) imports.set(path, `${prefix}dep${imports.size}`)
    return imports.get(path)
  })
  const header = [...imports]
    .map(([path, name]) => `import * as ${name} from ${JSON.stringify(path)};`)
    .join('\n')
  return { code: `${header}\n${code.replace(/^"use strict";/, '')}`, names }
}

export function precompiledValidators() {
  return {
    name: 'handoff-check-precompiled-validators',
    resolveId(source, importer) {
      if (
        importer &&
        source === './precompiled.js' &&
        resolve(importer) === resolve('src/formats/validate.ts')
      )
        return VIRTUAL
      if (resolve(source) === PRECOMPILED) return VIRTUAL
      return null
    },
    load(id) {
      if (id !== VIRTUAL) return null
      const all = targets()
      const is2019 = (id) => {
        const source = generated[id.split('#')[0]]
        return String(JSON.parse(readFileSync(source, 'utf8')).$schema ?? '').includes('2019-09')
      }
      const parts = [
        moduleFor(all.filter(is2019), true, 'v19_'),
        moduleFor(
          all.filter((id) => !is2019(id)),
          false,
          'v07_'
        )
      ]
      const table = parts.flatMap((p) =>
        Object.entries(p.names).map(([id, name]) => `  ${JSON.stringify(id)}: ${name}`)
      )
      // Both modules declare validateN functions of their own: each goes in its own scope.
      const scoped = parts.map((p) => {
        const lines = p.code.split('\n')
        const imports = lines.filter((l) => l.startsWith('import '))
        const body = lines
          .filter((l) => !l.startsWith('import '))
          .join('\n')
          .replace(/export const (\w+) = /g, 'const $1 = ')
        const names = Object.values(p.names)
        return {
          imports,
          body: `const { ${names.join(', ')} } = (() => {\n${body}\nreturn { ${names.join(', ')} };\n})();`
        }
      })
      return [
        ...scoped.flatMap((s) => s.imports),
        ...scoped.map((s) => s.body),
        `export const precompiled = {\n${table.join(',\n')}\n};`
      ].join('\n')
    }
  }
}
