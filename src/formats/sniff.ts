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
  const k = key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const v =
    value === undefined ? '' : `\\s*["']?${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']?\\s*(?:#.*)?$`
  const yaml = new RegExp(`^["']?${k}["']?:${v}`, 'm')
  const json = new RegExp(
    `"${k}"\\s*:${value === undefined ? '' : `\\s*"${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`}`
  )
  return yaml.test(text) || json.test(text)
}
