// YAML 1.2 core schema scalars exactly as the yaml library resolves them (js-yaml's own core schema also reads
// 0b… binary integers and loses the sign of -0). Both fast doors resolve plain scalars here.
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const DECIMAL = /^[-+]?[0-9]+$/
const OCTAL = /^0o[0-7]+$/
const HEX = /^0x[0-9a-fA-F]+$/
const SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FIXED = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

// A look at the first character rules most types out before any regular expression runs (names and descriptions
// start with letters no number or boolean starts with).
const NULL_START = new Set(['', '~', 'n', 'N'])
const BOOL_START = new Set(['t', 'T', 'f', 'F'])
const NUMBER_START = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'])

export const isNull = (text: string): boolean => NULL_START.has(text.charAt(0)) && NULL.test(text)

export const isBool = (text: string): boolean => BOOL_START.has(text.charAt(0)) && BOOL.test(text)

export const toBool = (text: string): boolean => text[0] === 't' || text[0] === 'T'

export const isInt = (text: string): boolean =>
  NUMBER_START.has(text.charAt(0)) && (DECIMAL.test(text) || OCTAL.test(text) || HEX.test(text))

export const toInt = (text: string): number =>
  OCTAL.test(text) ? parseInt(text.slice(2), 8) : HEX.test(text) ? parseInt(text.slice(2), 16) : Number(text)

export const isFloat = (text: string): boolean =>
  NUMBER_START.has(text.charAt(0)) && (SPECIAL.test(text) || EXPONENT.test(text) || FIXED.test(text))

export function toFloat(text: string): number {
  if (!SPECIAL.test(text)) return parseFloat(text)
  if (/nan$/i.test(text)) return NaN
  return text.startsWith('-') ? -Infinity : Infinity
}

/** A plain scalar's value, the types tried in the order js-yaml tries them; most text starts with a letter no other type starts with. */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0)
  if (c !== c) return null // empty
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL.test(text) ? null : text // ~ n N
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL.test(text) ? toBool(text) : text // t T f F
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
    if (DECIMAL.test(text) || OCTAL.test(text) || HEX.test(text)) return toInt(text)
    if (SPECIAL.test(text) || EXPONENT.test(text) || FIXED.test(text)) return toFloat(text)
  }
  return text
}
