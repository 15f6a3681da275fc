// One entry point for every output format, so adapters pick a renderer by name.
import type { Report } from '../vocabulary.js'
import { renderGitlab } from './gitlab.js'
import { renderJson, renderJsonChunks } from './json.js'
import { renderJunit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import type { MarkdownOptions } from './markdown.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'gitlab'] as const
export type OutputFormat = (typeof FORMATS)[number]

export interface RenderOptions {
  /** ANSI colours in the text format. */
  color?: boolean
  /** Notes for the reader (text and JSON lists, Markdown quotes). */
  notes?: string[]
  /** Tool version for SARIF. */
  toolVersion: string
  /** Tool homepage for SARIF's informationUri. */
  informationUri?: string
  /** Ids of the items the run checked (not configured `off`): JUnit's test cases. Every item when undefined. */
  items?: readonly string[]
  /** Extra Markdown options (links, size limit, heading). */
  markdown?: Omit<MarkdownOptions, 'notes'>
}

export function isOutputFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value)
}

export function render(format: OutputFormat, report: Report, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color, notes: options.notes })
    case 'json':
      return renderJson(report, { notes: options.notes })
    case 'markdown':
      return renderMarkdown(report, { ...options.markdown, notes: options.notes })
    case 'sarif':
      return renderSarif(report, { toolVersion: options.toolVersion, informationUri: options.informationUri })
    case 'junit':
      return renderJunit(report, options.items !== undefined ? { items: options.items } : {})
    case 'gitlab':
      return renderGitlab(report)
  }
}

/**
 * The report in pieces of about `size` characters or more, for writing a large run's report without its whole text in
 * memory: the JSON report is made FILES_PER_PIECE files at a time; the other formats are one piece.
 */
export function* renderChunks(
  format: OutputFormat,
  report: Report,
  options: RenderOptions,
  size = 1 << 16
): Generator<string> {
  if (format !== 'json') {
    yield render(format, report, options)
    return
  }
  let pending = ''
  for (const chunk of renderJsonChunks(report, { notes: options.notes })) {
    pending += chunk
    if (pending.length >= size) {
      yield pending
      pending = ''
    }
  }
  if (pending !== '') yield pending
}

export { renderGitlab, renderJson, renderJsonChunks, renderJunit, renderMarkdown, renderSarif, renderText }
