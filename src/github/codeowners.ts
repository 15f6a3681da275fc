// The owners a CODEOWNERS file names: `@user`, `@org/team` and emails after each path pattern.

/** Where GitHub looks for CODEOWNERS, in the order it uses (the first found wins). */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export function parseCodeowners(text: string): Set<string> {
  const owners = new Set<string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    const [, ...names] = line.split(/\s+/)
    for (const name of names)
      if (/^@[\w.-]+(\/[\w.-]+)?$/.test(name) || /^[^@\s]+@[^@\s]+$/.test(name)) owners.add(name)
  }
  return owners
}
