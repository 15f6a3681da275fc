// The package's own metadata, found by walking up from this module: src/cli/ in development, dist/ when bundled.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface PackageInfo {
  version: string
  homepage?: string
}

export function packageInfo(from: string = import.meta.url): PackageInfo {
  let dir = dirname(fileURLToPath(from))
  for (;;) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      if (typeof pkg === 'object' && pkg !== null && (pkg as { name?: unknown }).name === 'handoff-check') {
        const { version, homepage } = pkg as { version?: unknown; homepage?: unknown }
        return {
          version: typeof version === 'string' ? version : '0.0.0',
          ...(typeof homepage === 'string' ? { homepage } : {})
        }
      }
    } catch {
      // No package.json here (or not readable): keep walking up.
    }
    const parent = dirname(dir)
    if (parent === dir) return { version: '0.0.0' }
    dir = parent
  }
}
