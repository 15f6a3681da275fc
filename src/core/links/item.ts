// The item a contract change reports for the models it breaks. Its check needs the repository's cards, so it is
// registered as file-level metadata (the engine, SARIF and the policy know it) and its findings come from ./guard.ts.
import type { FileItem } from '../../checks/item.js'

/** Broken cards named one by one in the finding; the rest are counted (the Downstream table lists them all). */
export const DOWNSTREAM_LISTED = 5

export const contractDownstream: FileItem = {
  id: 'contract.downstream',
  appliesTo: 'file',
  defaultSeverity: 'error',
  title: 'A contract change updates the models it breaks',
  description:
    'A changed or removed contract breaks no model card that depends on it (a breaking change, a removal, a version outside the range the card expects) unless the same pull request updates that card.',
  help: 'Re-validate each broken model against the new contract and move its `contractVersion` range in the same pull request, keep the change compatible, or waive it with `/handoff-waive contract.downstream <path> <reason>` once the model owners agree.',
  example: 'trainingData: { contract: contracts/orders.yaml, contractVersion: "^2.0.0" }   # was ^1',
  messages: {
    breaks:
      'This change breaks {{count}} model card(s) that depend on this contract and are not updated with it: {{cards}}. Re-validate each model and move its `contractVersion` in this pull request, or waive with `/handoff-waive contract.downstream {{path}} <reason>` once the owners agree.'
  }
}
