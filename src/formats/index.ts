// Every standard handoff-check reads, in the order detection tries them.
import type { Format } from './format.js'

export const formats: readonly Format[] = []
