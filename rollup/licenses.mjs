// A rollup plugin: dist/licenses.txt, the licence notice of every third-party package whose code the bundle holds
// (MIT, ISC, Apache-2.0 and BSD all ask that their notice travel with the code). Read from each package's own
// package.json and LICENSE file, sorted by name, so the file changes only when the bundled packages do.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'

/** The directory of the package that holds `file`: the closest package.json with a name, inside node_modules. */
function packageRoot(file) {
  let dir = dirname(file)
  while (dir.includes(`${sep}node_modules${sep}`)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return dir
    dir = dirname(dir)
  }
  return undefined
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(name))
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined
}

/** `extra`: module files the bundle carries outside its own module graph (rollup/lazy-libs.mjs). */
export function licenses(extra = () => []) {
  return {
    name: 'handoff-check-licenses',
    generateBundle() {
      const packages = new Map()
      for (const id of [...this.getModuleIds(), ...extra()]) {
        const file = id.replace(/^\0/, '').split('?')[0]
        const root = packageRoot(file)
        if (!root || packages.has(root)) continue
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
        packages.set(root, {
          name: manifest.name,
          version: manifest.version,
          license: typeof manifest.license === 'string' ? manifest.license : 'see the notice',
          text: licenceText(root)
        })
      }
      const unique = new Map([...packages.values()].map((p) => [`${p.name}@${p.version}`, p]))
      const sections = [...unique.values()]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
        .map(
          (p) => `${p.name}@${p.version} (${p.license})\n\n${p.text ?? '(the package ships no notice file)'}`
        )
      this.emitFile({
        type: 'asset',
        fileName: 'licenses.txt',
        source:
          'Third-party code bundled in dist/ by rollup, with each package’s licence notice.\n\n' +
          `${sections.join('\n\n' + '-'.repeat(78) + '\n\n')}\n`
      })
    }
  }
}
