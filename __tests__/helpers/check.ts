// A RuleTester for the whole pipeline: inline text and a path go through the real engine (parseSource → format
// detection → map → items → findings with lines), and come back as compact tuples a test can state in full.
import { analyzeFile, checkFiles } from '../../src/core/engine.js'
import type { CheckContext } from '../../src/checks/item.js'
import { defaultConfig } from '../../src/config/defaults.js'
import type { ResolvedConfig } from '../../src/config/types.js'
import type { FileReport, Finding, Report, SourceFile, Status } from '../../src/vocabulary.js'

/** `[item, status, severity, line, column]`: one finding, as a test writes it. */
export type Tuple = [
  item: string,
  status: Status,
  severity: Finding['severity'],
  line: number,
  column: number
]
/** A tuple followed by the finding's message. */
export type MessageTuple = [...Tuple, message: string]

export interface CheckOptions {
  /** Overrides merged over the default configuration, section by section. */
  config?: ConfigOverrides
  /** Owners a CODEOWNERS file names (lower-case, as src/checks/values/codeowners.ts returns them). */
  codeowners?: readonly string[]
  explicit?: boolean
}

export interface ConfigOverrides {
  gate?: ResolvedConfig['gate']
  paths?: Partial<ResolvedConfig['paths']>
  items?: ResolvedConfig['items']
  artifact?: Partial<ResolvedConfig['artifact']>
  freshness?: Partial<ResolvedConfig['freshness']>
  limits?: Partial<ResolvedConfig['limits']>
  owners?: Partial<ResolvedConfig['owners']>
}

/**
 * The default configuration with the overrides. `training-data.contract` is off unless a test names it: the complete
 * documents name no contract (its notice would join every tuple list), and its own tests turn it on.
 */
export function context(options: CheckOptions = {}): CheckContext {
  const base = defaultConfig()
  const o = options.config ?? {}
  const config: ResolvedConfig = {
    gate: o.gate ?? base.gate,
    paths: { ...base.paths, ...o.paths },
    items: { ...base.items, 'training-data.contract': 'off', ...o.items },
    artifact: { ...base.artifact, ...o.artifact },
    freshness: { ...base.freshness, ...o.freshness },
    limits: { ...base.limits, ...o.limits },
    owners: { ...base.owners, ...o.owners },
    impact: { ...base.impact }
  }
  return { config, ...(options.codeowners ? { codeowners: new Set(options.codeowners) } : {}) }
}

/** The engine's report for one file, or undefined when the engine skips it as not ours. */
export function report(path: string, text: string, options: CheckOptions = {}): FileReport | undefined {
  const file: SourceFile = { path, text, ...(options.explicit ? { explicit: true } : {}) }
  return analyzeFile(file, context(options))?.report
}

/** Findings of one file as tuples; throws when the engine skipped the file, so a test cannot pass by accident. */
export function findings(path: string, text: string, options: CheckOptions = {}): Tuple[] {
  return found(path, text, options).map(tuple)
}

/** As `findings`, with each finding's message last. */
export function findingsWithMessages(path: string, text: string, options: CheckOptions = {}): MessageTuple[] {
  return found(path, text, options).map((f) => [...tuple(f), f.message])
}

/** Only the findings of one item. */
export function itemFindings(item: string, path: string, text: string, options: CheckOptions = {}): Tuple[] {
  return findings(path, text, options).filter((t) => t[0] === item)
}

export function checkAll(files: readonly SourceFile[], options: CheckOptions = {}): Report {
  return checkFiles(files, context(options))
}

function found(path: string, text: string, options: CheckOptions): Finding[] {
  const r = report(path, text, options)
  if (!r) throw new Error(`${path} was not recognised as a contract or model card`)
  return r.findings
}

function tuple(f: Finding): Tuple {
  return [f.item, f.status, f.severity, f.line, f.column]
}

/** Joins lines into a file's text with a final newline: `yaml('a: 1', 'b: 2')`. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n'
}
