// A rollup plugin: the bundle written in ASCII, every other character as a \u escape. V8 keeps a module's source text
// for as long as the module lives, at two bytes a character once a single character is outside Latin-1 (a dash in a
// message, an arrow in a comment): the shared chunk took 1.7 MB in every thread instead of 0.8 MB. An escape stands
// for the same character everywhere one can appear in this code (strings, templates, regular expressions,
// identifiers, comments), except in the raw text of a tagged template and right after a backslash: a chunk with
// either is refused, not changed.

/** Each UTF-16 unit outside ASCII as `\uXXXX`. */
const escape = (code) =>
  code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

function* nodes(node) {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child)
    return
  }
  if (typeof node.type === 'string') yield node
  for (const key of Object.keys(node)) if (key !== 'type') yield* nodes(node[key])
}

/**
 * `code` in ASCII; `parse` is rollup's (this.parse of a plugin context). Throws when an escape could change what the
 * code means.
 */
export function toAscii(code, parse, name) {
  if (!/[\u0080-\uffff]/.test(code)) return code
  const afterBackslash = /\\[\u0080-\uffff]/.exec(code)
  if (afterBackslash)
    throw new Error(`${name}: a character outside ASCII follows a backslash at ${afterBackslash.index}`)
  for (const node of nodes(parse(code))) {
    if (node.type !== 'TaggedTemplateExpression') continue
    if (/[\u0080-\uffff]/.test(code.slice(node.quasi.start, node.quasi.end)))
      throw new Error(`${name}: a tagged template at ${node.start} holds characters outside ASCII`)
  }
  return escape(code)
}

export function asciiOnly() {
  return {
    name: 'handoff-check-ascii',
    renderChunk(code, chunk) {
      const ascii = toAscii(code, (text) => this.parse(text), chunk.fileName)
      return ascii === code ? null : { code: ascii, map: null }
    }
  }
}
