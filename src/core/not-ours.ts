// Files that are not a contract or model card and say so plainly: an unrendered template and a file of data records.
// A discovered one is skipped; a named one gets one `file.parse` finding that says what it is, instead of a parse
// error per line (a 100-record JSON Lines file is 2,800 YAML errors) or a bare "not recognised".
import { findFrontMatter } from '../parse/front-matter.js'
import type { Position } from '../vocabulary.js'

// Placeholders of an unrendered template: `{{ card_data }}` (Jinja, Go templates and Helm), a Helm comment opening
// `{{/*` or `{{- /*`, and `{lang_0}`, `{task_name}` (the Hub's metadata spec). `${{ expressions }}` and `${VAR_NAME}`
// are values of a workflow or a shell, not placeholders.
const TOKEN = String.raw`(?<!\$)(?:\{\{[^{}\n]*\}\}|\{\{-?\s*\/\*|\{[a-z][a-z0-9]*_[a-z0-9_]*\})`
const ANYWHERE = new RegExp(TOKEN, 'i')
// A placeholder that stands where a YAML node would: a line of its own (`{{ card_data }}`, `- {lang_0}`) or a whole
// unquoted value (`license: {license}  # Example: mit`). One inside a string is text, not a template.
const AS_NODE = new RegExp(
  String.raw`^([ \t]*(?:-[ \t]+)*(?:[^\s#'"{[][^#\n]*?:[ \t]+)?)(${TOKEN})[ \t]*(?:#.*)?\r?$`,
  'im'
)

export interface Placeholder extends Position {
  text: string
}

/**
 * The first template placeholder in the YAML of the text (in Markdown, the front matter). With `beforeLine` (the
 * first parse error's line) any placeholder up to that line counts: the template is why the YAML breaks, while a
 * broken card whose prose shows a template further down is still a broken card. Without it (the YAML parsed) only a
 * placeholder that stands as a node counts.
 */
export function templatePlaceholder(
  text: string,
  path: string,
  beforeLine?: number
): Placeholder | undefined {
  let start = 0
  let scope = text
  if (/\.(md|markdown)$/i.test(path)) {
    const block = findFrontMatter(text)
    if (block) {
      start = block.start
      scope = block.body
    }
  }
  if (beforeLine !== undefined) {
    const match = ANYWHERE.exec(scope.slice(0, lineEnd(text, beforeLine) - start))
    return match ? { text: match[0], ...positionOf(text, start + match.index) } : undefined
  }
  const match = AS_NODE.exec(scope)
  if (!match) return undefined
  return { text: match[2], ...positionOf(text, start + match.index + match[1].length) }
}

export interface DataRecords extends Position {
  count: number
  /** How the records are laid out: one JSON value per line, or one JSON array. */
  form: 'lines' | 'array'
}

/**
 * Whether the text is JSON data records rather than a document: JSON Lines (two or more lines, each a JSON object
 * or array) or one JSON array whose elements are all objects. `data` is the parsed value, when the text parsed.
 */
export function dataRecords(text: string, data?: unknown): DataRecords | undefined {
  const first = text.search(/\S/)
  if (first < 0) return undefined
  const at = positionOf(text, first)
  if (text[first] === '[' && Array.isArray(data) && data.length > 0 && data.every(isRecord)) {
    return { count: data.length, form: 'array', ...at }
  }
  const rows = text.split('\n').filter((l) => l.trim() !== '')
  if (rows.length < 2 || !rows.every(isJsonRecordLine)) return undefined
  return { count: rows.length, form: 'lines', ...at }
}

function isJsonRecordLine(line: string): boolean {
  const row = line.trim()
  if (!(row.startsWith('{') && row.endsWith('}')) && !(row.startsWith('[') && row.endsWith(']'))) return false
  try {
    return typeof JSON.parse(row) === 'object'
  } catch {
    return false
  }
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The offset just past line `line` (1-based), or the text's length. */
function lineEnd(text: string, line: number): number {
  let offset = -1
  for (let i = 0; i < line; i++) {
    offset = text.indexOf('\n', offset + 1)
    if (offset < 0) return text.length
  }
  return offset
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}
