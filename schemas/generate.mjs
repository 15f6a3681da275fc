// Writes one TypeScript module per JSON Schema into src/schemas/, so the schemas reach tsc, the jest ESM tests and
// the rollup bundle alike (tsconfig.build's rootDir is src/, which rules out importing the .json files directly).
// Run after changing a schema: `node schemas/generate.mjs && npx prettier --write src/schemas`.
// __tests__/formats/schemas.test.ts fails when a module no longer matches its .json.
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const generated = {
  'odcs-3.0.2': 'schemas/vendor/odcs-json-schema-v3.0.2.json',
  'odcs-3.1.0': 'schemas/vendor/odcs-json-schema-v3.1.0.json',
  'dcs-1.1.0': 'schemas/vendor/dcs-1.1.0.schema.json',
  'dcs-1.2.1': 'schemas/vendor/dcs-1.2.1.schema.json',
  'handoff-contract': 'schemas/handoff-contract.schema.json',
  'handoff-model-card': 'schemas/handoff-model-card.schema.json'
}

/** Write every module; only when run as a script (rollup's validator plugin imports the table above). */
function writeModules() {
  for (const [name, source] of Object.entries(generated)) {
    const compact = JSON.stringify(JSON.parse(readFileSync(source, 'utf8')))
    writeFileSync(
      `src/schemas/${name}.ts`,
      `// Generated from ${source} by schemas/generate.mjs: do not edit.\n` +
        `// JSON.parse of one string keeps tsc fast and loads faster than a large object literal.\n` +
        `export const schema: Record<string, unknown> = JSON.parse(${JSON.stringify(compact)})\n`
    )
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) writeModules()
