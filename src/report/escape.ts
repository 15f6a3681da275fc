// Neutralising text that comes from a pull request (paths, ids, values, messages that quote them, waiver authors
// and reasons) before a renderer writes it where GitHub or a terminal would interpret it. Each renderer passes every
// input-derived string through one of these, where it is written; the renderers' own markup stays as it is.
//
// - terminalText: one line of inert text for a terminal or a log (no control, bidi or line-breaking characters).
// - markdownText: inline Markdown that renders as the same text, and makes no HTML, link, image, autolink,
//   @mention or #reference on GitHub; atLineStart for such Markdown when it begins a line.
// - codeSpan: a code span that shows the text as it is, also inside a GFM table cell.
// - messageMarkdown: a product message whose `…` parts become code spans and the rest markdownText.
// - linkDestination: a URL the renderer itself built, made safe to put in `[text](…)`.
// - noWorkflowCommands: no line that the Actions runner would take for a `::command::`.
// - xmlText, xmlAttribute: character data and attribute values of well-formed XML 1.0 that read as the text.

/** Zero width space: invisible, but breaks mention, reference and autolink triggers in GitHub's text filters. */
const BREAK = '\u200b'

/**
 * C0 controls (tab and the line breaks are handled before), DEL, C1 controls, and the bidi marks, embeddings,
 * overrides and isolates that can make a terminal or a page show text in another order than it is.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `\x1b`, `\u202e`: the character named, visibly, instead of the character itself. */
function visible(ch: string): string {
  const code = ch.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Text for one line of a terminal or a log: line breaks and tabs become spaces, other controls visible escapes. */
export function terminalText(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE, visible)
}

/** Punctuation that could start Markdown syntax inline: escaped with a backslash (CommonMark allows it for all). */
const INLINE_PUNCTUATION = /[\\`*_[\]~$|<>&]/g
const WORD = /[\p{L}\p{N}]/u

/**
 * Inline Markdown text that renders as `text` (on one line): no HTML, emphasis, code, link, image or autolink
 * syntax, and no GitHub @mention, #123 / GH-123 reference or bare URL / www. / email autolink (a zero width space
 * after the trigger keeps the text readable and copyable). Safe in GFM table cells: `|` is escaped.
 */
export function markdownText(text: string): string {
  const breaks = terminalText(text)
    .replace(/@/g, `@${BREAK}`)
    .replace(/#(?=\d)/g, `#${BREAK}`)
    .replace(/GH-(?=\d)/gi, (m) => `${m}${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${BREAK}.`)
  return breaks.replace(INLINE_PUNCTUATION, (ch, at: number, all: string) => {
    if (ch === '<') return '&lt;'
    if (ch === '>') return '&gt;'
    // An underscore between two letters or digits can neither open nor close emphasis: `order_id` stays as it is.
    if (ch === '_' && WORD.test(all[at - 1] ?? '') && WORD.test(all[at + 1] ?? '')) return ch
    return `\\${ch}`
  })
}

/**
 * Inline Markdown (from markdownText, codeSpan or messageMarkdown) made safe to begin a line, e.g. after a
 * renderer's own `> `: no heading, list, thematic break, setext underline, indented code or code fence either.
 */
export function atLineStart(markdown: string): string {
  const inline = markdown.replace(/^ +/, '')
  const ordered = /^(\d{1,9})([.)])/.exec(inline)
  if (ordered) return `${ordered[1]}\\${ordered[2]}${inline.slice(ordered[0].length)}`
  if (/^[#+\-=]/.test(inline)) return `\\${inline}`
  // A code span's fence of three or more backticks would open a fenced code block at the start of a line.
  return inline.startsWith('`') ? `${BREAK}${inline}` : inline
}

export interface CodeSpanOptions {
  /** The span is inside a GFM table cell, where `|` must be escaped even in code. */
  table?: boolean
}

/**
 * A code span showing `text` as it is (on one line): its fence is longer than any run of backticks inside, padded
 * with spaces when the text starts or ends with a backtick or a space. GitHub makes no mention, reference or link
 * inside code, and nothing inside is Markdown.
 */
export function codeSpan(text: string, options: CodeSpanOptions = {}): string {
  let body = terminalText(text)
  if (options.table) {
    // The table splits cells before the code span is seen: `\|` keeps a pipe in the cell. A backslash of the text
    // right before it would pair with ours, so a zero width space goes between them.
    body = body.replace(/(\\?)\|/g, (_m, slash: string) => (slash ? `\\${BREAK}\\|` : '\\|'))
  }
  if (body === '') return '` `'
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad =
    body.startsWith('`') ||
    body.endsWith('`') ||
    (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '')
      ? ' '
      : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * A message as the engine writes them: plain text with `code` parts in single backticks (which may quote values
 * from the file). The paired parts become code spans, everything else markdownText, so a value with a backtick can
 * at worst move where code starts, never make Markdown.
 */
export function messageMarkdown(text: string, options: CodeSpanOptions = {}): string {
  const out: string[] = []
  let last = 0
  for (const match of text.matchAll(/`([^`]+)`/g)) {
    const between = markdownText(text.slice(last, match.index))
    // Two code spans side by side would make one run of backticks of their fences: keep them apart.
    out.push(between === '' && out.length > 0 ? BREAK : between, codeSpan(match[1], options))
    last = match.index + match[0].length
  }
  out.push(markdownText(text.slice(last)))
  return out.join('')
}

/** A URL the renderer built (it may contain a path from the pull request) as a Markdown link destination. */
export function linkDestination(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, (ch) =>
    [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  )
}

/**
 * Text printed to a log: a line whose first non-blank characters are `::` would be a workflow command, so it gets a
 * zero width space in front (the runner trims only whitespace).
 */
export function noWorkflowCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, `$1${BREAK}::`)
}

/**
 * What XML 1.0 cannot hold at all, not even as a character reference, beyond the controls of UNSAFE: lone surrogates
 * (a string cut inside a pair) and the noncharacters U+FFFE and U+FFFF.
 */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g

const XML_ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/**
 * Character data of an XML element (several lines): markup characters as entities, line breaks as `\n`, and every
 * character XML 1.0 forbids or a viewer would reorder by (controls, bidi marks) as a visible escape, as terminalText
 * shows them. Parsed, it is the text as a log would print it.
 */
export function xmlText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE, visible)
    .replace(NOT_XML, visible)
    .replace(/[&<>]/g, (ch) => XML_ENTITY[ch])
}

/**
 * An attribute value in double or single quotes, on one line as terminalText makes it (an XML parser would fold a
 * raw line break into a space anyway), with the characters XML 1.0 forbids as visible escapes.
 */
export function xmlAttribute(text: string): string {
  return terminalText(text)
    .replace(NOT_XML, visible)
    .replace(/[&<>"']/g, (ch) => XML_ENTITY[ch])
}

/** Length in UTF-8 bytes, the unit of GitHub's size limits, without encoding the text. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}
