// Hugging Face eval results (`.eval_results/*.yaml` beside a Hub card) read with the card: each result is a metric
// named by its task id, baselines come from `handoff.evaluation.baselines`, and a result's dataset revision names
// the training data only for a dataset the card trains on. The Hub's own example file is the fixture.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { analyzeFile } from '../../src/core/engine.js'
import type { Report, SourceFile } from '../../src/vocabulary.js'
import { main } from '../../src/cli/main.js'
import { readTask } from '../../src/cli/tasks.js'
import { fakeIO, tempRepo, tempTree, writeTree } from '../cli/helpers.js'
import { CARD, PATH, ROUTING } from '../helpers/eval-results.js'

const SPEC = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'standards', 'huggingface-hub-docs', 'spec__eval_results.yaml'),
  'utf8'
)
function findings(companions: Record<string, string>, card = CARD) {
  const file: SourceFile = {
    path: PATH,
    text: card,
    companions: Object.entries(companions).map(([name, text]) => ({
      path: `models/router/.eval_results/${name}`,
      text
    }))
  }
  // The card names no contract: that notice is training-data.contract's own test; these are about eval results.
  const config = { ...defaultConfig(), items: { 'training-data.contract': 'off' as const } }
  const report = analyzeFile(file, { config })?.report
  if (!report) throw new Error('card not recognised')
  return report.findings.map((f) => [f.item, f.status, f.line, f.message])
}

describe('Hugging Face eval results', () => {
  it('without them the card has no metrics and no training data version', () => {
    expect(findings({}).map((f) => f[0])).toEqual(['training-data.version', 'evaluation.metrics'])
  })

  it('the Hub example: the result with a task id is a metric with its baseline; the placeholder one is reported with its file and line', () => {
    expect(findings({ 'gpqa.yaml': SPEC })).toEqual([
      [
        'training-data.version',
        'missing',
        5,
        'No training data version: add `handoff.trainingData.version: "2026-10-01"` in the front matter, or a `revision` to a `model-index` or `.eval_results/` result on a dataset listed under `datasets` (a date, semver, commit SHA or revision).'
      ],
      [
        'file.schema',
        'invalid',
        7,
        'models/router/.eval_results/gpqa.yaml:1: a result needs `dataset.task_id`, the task it scores (it names the metric)'
      ]
    ])
  })

  it("a result on a dataset the card trains on gives the training data version, at that dataset's entry", () => {
    expect(findings({ 'routing.yaml': ROUTING })).toEqual([])
  })

  it('a revision of a dataset the card does not train on is evaluation data only', () => {
    const other = ROUTING.replace('acme/support-tickets', 'acme/benchmark')
    expect(findings({ 'routing.yaml': other }).map((f) => [f[0], f[2]])).toEqual([
      ['training-data.version', 5]
    ])
  })

  it('a result without a baseline is reported on the evaluation block, naming the task', () => {
    const card = CARD.replace('{ gpqa_diamond: 0.39, routing: 0.8 }', '{ gpqa_diamond: 0.39 }')
    expect(findings({ 'routing.yaml': ROUTING }, card)).toEqual([
      ['evaluation.baseline', 'missing', 7, expect.stringContaining('"routing"')]
    ])
  })

  it('a value that is not a number is reported like any metric', () => {
    expect(findings({ 'routing.yaml': ROUTING.replace('0.83', '"0.83"') })).toEqual([
      [
        'evaluation.metrics',
        'invalid',
        7,
        'Metric "routing" has the value "0.83" as text: write it as a number, without quotes.'
      ]
    ])
  })

  it('a file that does not parse is a file.parse finding naming it; the card is checked without it', () => {
    const found = findings({ 'bad.yaml': '- dataset: [\n' })
    expect(found.map((f) => f.slice(0, 3))).toEqual([
      ['file.parse', 'invalid', 2],
      ['training-data.version', 'missing', 5],
      ['evaluation.metrics', 'missing', 7]
    ])
    expect(found[0][3]).toBe(
      'models/router/.eval_results/bad.yaml:2 cannot be parsed: Flow sequence in block collection must be sufficiently indented and end with a ] (the sequence starts at line 1, column 12). Fix the YAML there; this file is checked without it.'
    )
  })
})

describe('the CLI reads a card with its eval results files', () => {
  const run = async (root: string, ...argv: string[]) => {
    const io = fakeIO(root)
    const code = await main(['--format', 'json', ...argv], io)
    const report = JSON.parse(io.out.join('')) as Report
    return { code, files: report.files.map((f) => [f.path, f.findings.map((x) => x.item)]) }
  }

  it('finds .eval_results/*.yaml beside the card, in the main thread and in the tasks the workers run', async () => {
    const root = tempTree({ [PATH]: CARD, 'models/router/.eval_results/routing.yaml': ROUTING })
    // Complete but for the contract link, which is a notice: a card may depend on no contract.
    expect(await run(root)).toEqual({ code: 0, files: [[PATH, ['training-data.contract']]] })
    expect(await run(root, '--jobs', '1')).toEqual({ code: 0, files: [[PATH, ['training-data.contract']]] })
    const task = await readTask(
      { head: { path: PATH, explicit: false } },
      {
        root,
        maxFileBytes: 1_000_000,
        ctx: { config: defaultConfig() }
      }
    )
    expect(task?.head?.companions).toEqual([
      { path: 'models/router/.eval_results/routing.yaml', text: ROUTING }
    ])
  })

  it('--changed-since checks the card when only its eval results changed', async () => {
    const root = tempRepo({ [PATH]: CARD, 'models/router/.eval_results/routing.yaml': ROUTING })
    writeTree(root, { 'models/router/.eval_results/routing.yaml': ROUTING.replace('0.83', '"0.83"') })
    expect(await run(root, '--changed-since', 'main')).toEqual({
      code: 1,
      files: [[PATH, ['training-data.contract', 'evaluation.metrics']]]
    })
  })
})
