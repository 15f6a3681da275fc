// The two YAML libraries behind the block reader, loaded the first time a file needs them: the block reader reads
// almost every contract and card, so most runs never do, and a thread that does not load them starts faster and
// holds less. Run from the sources (the tests) they come from node_modules; the bundle puts another module in this
// one's place (rollup/lazy-libs.mjs), which loads each library from a CommonJS file of its own in dist/chunks/.
import { createRequire } from 'node:module'
import type * as JsYamlModule from 'js-yaml'
import type * as YamlModule from 'yaml'

type Yaml = typeof YamlModule
type JsYaml = typeof JsYamlModule

const requireLib = createRequire(import.meta.url)
let yaml: Yaml | undefined
let jsYaml: JsYaml | undefined

/** The `yaml` library: the full parser, the authority on every error message. */
export function yamlLib(): Yaml {
  return (yaml ??= requireLib('yaml') as Yaml)
}

/** js-yaml: the second door, for plain documents the block reader declines. */
export function jsYamlLib(): JsYaml {
  return (jsYaml ??= requireLib('js-yaml') as JsYaml)
}
