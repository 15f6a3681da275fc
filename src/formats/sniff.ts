// Cheap looks at raw text, before any parsing.

/** The first `---` block of a Markdown file, as huggingface_hub finds it; undefined when there is none. */
export function frontMatterText(text: string): string | undefined {
  return /^\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1]
}

export function isMarkdown(path: string): boolean {
  return /\.(md|markdown)$/i.test(path)
}

/** A top-level key with a value in YAML (`key: value`) or JSON (`"key": "value"`). */
export function hasTopLevel(text: string, key: string, value?: string): boolean {
  // Most files name neither: a substring search rules them out before any regular expression runs.
  if (!text.includes(key) || (value !== undefined && !text.includes(value))) return false
  const { yaml, json } = topLevelPatterns(key, value)
  return yaml.test(text) || json.test(text)
}

const patterns = new Map<string, { yaml: RegExp; json: RegExp }>()

/** Built once per key and value: every file of a run is sniffed with the same few. */
function topLevelPatterns(key: string, value: string | undefined): { yaml: RegExp; json: RegExp } {
  const id = `${key}\u0000${value ?? ''}`
  let found = patterns.get(id)
  if (!found) {
    const k = escapeRegExp(key)
    const v = value === undefined ? '' : escapeRegExp(value)
    found = {
      yaml: new RegExp(
        `^["']?${k}["']?:${value === undefined ? '' : `\\s*["']?${v}["']?\\s*(?:#.*)?$`}`,
        'm'
      ),
      json: new RegExp(`"${k}"\\s*:${value === undefined ? '' : `\\s*"${v}"`}`)
    }
    patterns.set(id, found)
  }
  return found
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
