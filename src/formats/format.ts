import type { FileKind, Standard } from '../vocabulary.js'
import type { HandoffDoc } from '../model/types.js'
import type { Companion } from './eval-results.js'

/** One standard: how to recognise it and how to map it into the normalised model. */
export interface Format {
  standard: Exclude<Standard, 'unknown'>
  kind: Exclude<FileKind, 'unknown'>
  /** A cheap look at the raw text before parsing: could the file be of this standard? Used to pick candidates. */
  sniff(text: string, path: string): boolean
  /** After parsing: is this value a document of this standard? */
  detect(data: unknown, path: string): boolean
  /**
   * Map the parsed value into the normalised model. Never throws on bad input: problems become `issues`.
   * `companions` are the files read with this one (a Hub card's `.eval_results/*.yaml`), parsed.
   */
  map(data: Record<string, unknown>, path: string, companions?: readonly Companion[]): HandoffDoc
}
