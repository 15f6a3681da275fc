// Preloaded into the CLI (node --import) for the cold-start figure: notes when the process, started at
// performance.timeOrigin, first reads a file to check under BENCH_PROBE_ROOT (not the config or CODEOWNERS under
// .github/, which it also tries; the CLI opens each file and reads it into one buffer), and writes the milliseconds to BENCH_PROBE_OUT at exit. It wraps the fs read
// functions before the CLI's modules bind their imports.
import fs from 'node:fs'
import fsPromises from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'
import { resolve, sep } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = resolve(process.env.BENCH_PROBE_ROOT ?? '.') + sep
const isChecked = (abs) =>
  abs.startsWith(root) && !abs.startsWith(`${root}.github${sep}`) && /\.(ya?ml|json|md)$/.test(abs)
const out = process.env.BENCH_PROBE_OUT
let firstReadMs

const watch = (target, name) => {
  const original = target[name]
  target[name] = function (path, ...rest) {
    if (firstReadMs === undefined && typeof path === 'string' && isChecked(resolve(path))) {
      firstReadMs = performance.now()
    }
    return original.call(this, path, ...rest)
  }
}
watch(fs, 'openSync')
watch(fs, 'readFileSync')
watch(fs, 'readFile')
watch(fsPromises, 'readFile')
syncBuiltinESMExports()

process.on('exit', () => {
  if (out)
    fs.writeFileSync(out, JSON.stringify({ firstReadMs: firstReadMs ?? null, exitMs: performance.now() }))
})
