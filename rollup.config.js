// Bundles the Action (src/index.ts) and the CLI (src/cli/main.ts) into dist/, as the actions/typescript-action
// template does. dist/ is committed; .ci/run rebuilds it and fails when it differs.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { existsSync } from 'node:fs'

const plugins = () => [
  // The bundle is ESM for Node; rollup resolves the imports, so TypeScript compiles with bundler resolution here.
  typescript({
    tsconfig: 'tsconfig.build.json',
    outDir: 'dist',
    noEmitOnError: true,
    module: 'esnext',
    moduleResolution: 'bundler'
  }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return
  if (warning.code === 'THIS_IS_UNDEFINED') return
  warn(warning)
}

// The CLI entry is built by its own branch; an entry whose source is not there yet is left out, not an error.
const entries = { index: 'src/index.ts', cli: 'src/cli/main.ts' }
const input = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)))

export default [
  {
    input,
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
