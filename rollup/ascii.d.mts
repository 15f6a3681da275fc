// Types of ascii.mjs for the tests that import it.
import type { Plugin } from 'rollup'

export function toAscii(code: string, parse: (text: string) => unknown, name: string): string
export function asciiOnly(): Plugin
