// The action over the fake GitHub with the real engine: a Hub card is read with the `.eval_results/*.yaml` files
// beside it at the head, and a pull request that changes only an eval results file checks the card.
import { describe, expect, it, jest } from '@jest/globals'
import type { FakeFile } from '../e2e/fake-github.js'
import { CARD, PATH, ROUTING } from '../helpers/eval-results.js'
import { realPullRequests } from './real-pr.js'

jest.setTimeout(60_000)

const RESULTS = 'models/router/.eval_results/routing.yaml'
const pullRequest = realPullRequests()

async function check(base: Record<string, string>, head: Record<string, string>, files: FakeFile[]) {
  const { report, notes } = await pullRequest(base, head, files)
  return { notes, files: report.files.map((f) => [f.path, f.findings.map((x) => [x.item, x.line])]) }
}

describe('a Hub card with eval results in a pull request', () => {
  it('reads the eval results beside an added card: its metric and training data version count', async () => {
    const head = { [PATH]: CARD, [RESULTS]: ROUTING, 'models/router/.eval_results/notes.txt': 'x\n' }
    expect(await check({}, head, [{ filename: PATH, status: 'added' }])).toEqual({
      notes: [],
      // Complete but for the contract link, a notice: a card may depend on no contract.
      files: [[PATH, [['training-data.contract', 5]]]]
    })
  })

  it('without them the card misses both', async () => {
    expect(await check({}, { [PATH]: CARD }, [{ filename: PATH, status: 'added' }])).toEqual({
      notes: [],
      files: [
        [
          PATH,
          [
            ['training-data.contract', 5],
            ['training-data.version', 5],
            ['evaluation.metrics', 7]
          ]
        ]
      ]
    })
  })

  it('a change to an eval results file alone checks its card', async () => {
    const quoted = ROUTING.replace('0.83', '"0.83"')
    const base = { [PATH]: CARD, [RESULTS]: ROUTING }
    const head = { [PATH]: CARD, [RESULTS]: quoted }
    expect(await check(base, head, [{ filename: RESULTS, status: 'modified' }])).toEqual({
      notes: [],
      files: [
        [
          PATH,
          [
            ['training-data.contract', 5],
            ['evaluation.metrics', 7]
          ]
        ]
      ]
    })
  })
})
