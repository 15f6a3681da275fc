// A rollup plugin: the two YAML libraries behind the block reader (`yaml`, the full parser, and js-yaml, the second
// door), each bundled into a CommonJS file of its own (dist/chunks/<name>.cjs) that src/parse/libs.ts's stand-in
// loads the first time a file needs it. The block reader reads almost every contract and card, so most runs, and
// most worker threads, never parse or run their 400 KB of code.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import commonjs from '@rollup/plugin-commonjs'
import nodeResolve from '@rollup/plugin-node-resolve'
import { rollup } from 'rollup'
import { toAscii } from './ascii.mjs'

const REPLACED = resolve('src/parse/libs.ts')
const VIRTUAL = '\0handoff-check:lazy-libs'
/** Each library, and the function of src/parse/libs.ts that loads it. */
const LIBS = { yaml: 'yamlLib', 'js-yaml': 'jsYamlLib' }

/** The files of each library's own bundle, for rollup/licenses.mjs: their notices travel with the code. */
export const lazyModules = new Set()

async function bundleOf(name) {
  const bundle = await rollup({
    input: createRequire(import.meta.url).resolve(name),
    plugins: [nodeResolve({ preferBuiltins: true }), commonjs()],
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning))
  })
  try {
    for (const id of bundle.watchFiles) lazyModules.add(id)
    const { output } = await bundle.generate({ format: 'cjs', exports: 'auto' })
    return output[0].code
  } finally {
    await bundle.close()
  }
}

export function lazyLibs() {
  return {
    name: 'handoff-check-lazy-libs',
    resolveId(source, importer) {
      if (importer && source === './libs.js' && resolve(importer, '..', 'libs.ts') === REPLACED)
        return VIRTUAL
      if (resolve(source) === REPLACED) return VIRTUAL
      return null
    },
    async load(id) {
      if (id !== VIRTUAL) return null
      const loaders = []
      for (const [name, exported] of Object.entries(LIBS)) {
        const fileName = `chunks/${name}.cjs`
        const source = toAscii(await bundleOf(name), (text) => this.parse(text), fileName)
        const ref = this.emitFile({ type: 'asset', fileName, source })
        loaders.push(
          `let ${exported}Loaded`,
          `export function ${exported}() {`,
          `  return (${exported}Loaded ??= requireFile(fileURLToPath(import.meta.ROLLUP_FILE_URL_${ref})))`,
          `}`
        )
      }
      return [
        `import { createRequire } from 'node:module'`,
        `import { fileURLToPath } from 'node:url'`,
        `const requireFile = createRequire(import.meta.url)`,
        ...loaders
      ].join('\n')
    }
  }
}
