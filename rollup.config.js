// Bundles the Action (src/index.ts), the CLI (src/cli/main.ts) and its worker thread (src/cli/worker.ts) into dist/, as the actions/typescript-action
// template does. dist/ is committed; .ci/run rebuilds it and fails when it differs.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { asciiOnly } from './rollup/ascii.mjs'
import { lazyLibs, lazyModules } from './rollup/lazy-libs.mjs'
import { licenses } from './rollup/licenses.mjs'
import { precompiledValidators } from './rollup/validators.mjs'

const plugins = () => [
  precompiledValidators(),
  lazyLibs(),
  typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist', module: 'NodeNext', noEmitOnError: true }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json(),
  licenses(() => lazyModules),
  asciiOnly()
]

const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return
  if (warning.code === 'THIS_IS_UNDEFINED') return
  warn(warning)
}

export default [
  {
    input: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      esModule: true,
      sourcemap: false,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name].js'
    },
    plugins: plugins(),
    onwarn
  }
]
