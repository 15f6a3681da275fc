// Owners named in CODEOWNERS, for the owner items' `owners.codeowners` option. GitHub looks in these places, in order.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

/** Every `@user`, `@org/team` and email named on a rule line; comments and patterns are not owners. */
export function parseCodeowners(text: string): Set<string> {
  const owners = new Set<string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    for (const token of line.split(/\s+/).slice(1)) {
      if (/^@[\w.-]+(\/[\w.-]+)?$/.test(token) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token)) owners.add(token)
    }
  }
  return owners
}

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
