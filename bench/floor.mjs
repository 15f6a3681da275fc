// Parse floor: read every file of a repository and parse it, nothing else, in one process. What no checker that
// parses each file can beat. `js-yaml` runs js-yaml's load(); `yaml` runs the yaml library's parseDocument() and
// toJS() with the options handoff-check uses (src/parse/source.ts), so the two show the cost of the parser itself.
// Markdown files contribute their front matter only, as in handoff-check.
//
// Usage: node bench/floor.mjs js-yaml|yaml DIR   (prints "<files> files, <bytes> bytes, <errors> parse errors")
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const [parserName, root] = process.argv.slice(2)
if (!['js-yaml', 'yaml'].includes(parserName) || root === undefined) {
  process.stderr.write('Usage: node bench/floor.mjs js-yaml|yaml DIR\n')
  process.exit(2)
}

let parse
if (parserName === 'js-yaml') {
  // The benchmark's own copy (bench/.tools), installed on demand: the project itself does not depend on js-yaml.
  const jsYaml = createRequire(new URL('./.tools/package.json', import.meta.url))('js-yaml')
  parse = (text) => jsYaml.load(text)
} else {
  const { parseDocument } = await import('yaml')
  const options = {
    keepSourceTokens: false,
    logLevel: 'error',
    prettyErrors: false,
    uniqueKeys: true,
    strict: true
  }
  parse = (text) => {
    const doc = parseDocument(text, options)
    if (doc.errors.length > 0) throw doc.errors[0]
    return doc.toJS({ maxAliasCount: 1000 })
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (entry.isFile()) yield path
  }
}

let files = 0
let bytes = 0
let errors = 0
for await (const path of walk(root)) {
  const text = await readFile(path, 'utf8')
  files++
  bytes += Buffer.byteLength(text)
  const body = /\.(md|markdown)$/i.test(path) ? FRONT_MATTER.exec(text)?.[1] : text
  if (body === undefined) continue
  try {
    parse(body)
  } catch {
    errors++
  }
}
process.stdout.write(`${files} files, ${bytes} bytes, ${errors} parse errors\n`)
