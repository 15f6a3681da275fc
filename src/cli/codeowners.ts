// Finding CODEOWNERS for the owner items' `owners.codeowners` option; parsing is the checks' own parser, so the
// CLI and the Action read the file the same way.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CODEOWNERS_LOCATIONS, parseCodeowners } from '../checks/values/codeowners.js'

export async function readCodeowners(root: string): Promise<Set<string> | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    try {
      return parseCodeowners(await readFile(join(root, location), 'utf8'))
    } catch {
      // Not at this location; GitHub tries the next one too.
    }
  }
  return undefined
}
