// Test helper: read a file (a fixture or inline text), recognise it as the engine does, map it.
import { readFileSync } from 'node:fs'
import type { JsonPath } from '../../src/vocabulary.js'
import { formats } from '../../src/formats/index.js'
import type { Format } from '../../src/formats/format.js'
import type { ContractDoc, HandoffDoc, ModelCardDoc } from '../../src/model/types.js'
import { parseSource } from '../../src/parse/source.js'
import type { ParsedSource } from '../../src/parse/source.js'

export const STANDARDS = '__tests__/fixtures/standards'

export interface Loaded {
  source: ParsedSource
  format?: Format
  doc?: HandoffDoc
  /** The 1-based line of a path, as the engine reports it. */
  line(path: JsonPath): number
}

/** A public standard's fixture, by its path under __tests__/fixtures/standards/. */
export function fixture(relative: string): Loaded {
  return file(`${STANDARDS}/${relative}`)
}

export function file(path: string): Loaded {
  return load(path, readFileSync(path, 'utf8'))
}

export function load(path: string, text: string): Loaded {
  const source = parseSource(path, text)
  const sniffed = formats.filter((f) => f.sniff(text, path))
  const format =
    source.errors.length > 0
      ? undefined
      : (sniffed.find((f) => f.detect(source.data, path)) ?? formats.find((f) => f.detect(source.data, path)))
  const doc = format?.map(source.data as Record<string, unknown>, path)
  return { source, format, doc, line: (at) => source.locate(at).line }
}

export function contract(loaded: Loaded): ContractDoc {
  if (loaded.doc?.kind !== 'contract') throw new Error(`not a contract: ${loaded.format?.standard}`)
  return loaded.doc
}

export function card(loaded: Loaded): ModelCardDoc {
  if (loaded.doc?.kind !== 'model-card') throw new Error(`not a model card: ${loaded.format?.standard}`)
  return loaded.doc
}
