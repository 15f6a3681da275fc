// CODEOWNERS: each line is a pattern followed by owners; `#` starts a comment (`\#` in a pattern is literal).
// The one parser: the CLI reads the file from disk, the Action from the base commit.

/** Where GitHub looks for CODEOWNERS, in the order it uses (the first found wins). */
export const CODEOWNERS_LOCATIONS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

/** Every owner named anywhere in a CODEOWNERS file, lower-cased (GitHub matches them case-insensitively). */
export function parseCodeowners(text: string): Set<string> {
  const owners = new Set<string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw).trim()
    if (!line) continue
    const [, ...names] = line.split(/\s+/)
    for (const name of names) owners.add(name.toLowerCase())
  }
  return owners
}

function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === '#') return line.slice(0, i)
  }
  return line
}
