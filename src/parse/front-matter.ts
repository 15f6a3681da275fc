export interface FrontMatterBlock {
  /** The YAML between the fences. */
  body: string
  /** Offset of `body` in the whole text, so positions stay true to the file. */
  start: number
}

// The same rule huggingface_hub applies: optional leading whitespace, a `---` line, the YAML, a closing `---` line.
// Any line ending (LF, CRLF, CR) is accepted.
const FENCE = /^(\s*---[ \t]*(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/
const EMPTY = /^(\s*---[ \t]*(?:\r\n|\r|\n))---[ \t]*(?:\r\n|\r|\n|$)/

export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const bom = text.length - source.length
  const empty = EMPTY.exec(source)
  if (empty) return { body: '', start: bom + empty[1].length }
  const match = FENCE.exec(source)
  if (!match) return undefined
  return { body: match[2], start: bom + match[1].length }
}
