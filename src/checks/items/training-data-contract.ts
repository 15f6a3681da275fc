// A model card's links to the contracts it depends on (`trainingData.contract`, `serving.inputs[].contract`): each
// names a contract of the repository, whose current version satisfies the range beside it.
import type { JsonPath } from '../../vocabulary.js'
import { rangeVerdict, resolveContract } from '../../core/links/index.js'
import { renderPath } from '../../formats/validate.js'
import type { ContractLink } from '../../model/types.js'
import type { CheckContext, ItemReport, ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'

export const trainingDataContract: ModelCardItem = {
  id: 'training-data.contract',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Training data names its contract',
  description:
    'The model card names the data contract it was trained on (and those it reads when serving), by repository path or `id`; each exists in the repository and its current version satisfies the range the card gives. A card without a link is a notice.',
  help: 'Name the contract (`trainingData.contract`) and the versions the model was built against (`trainingData.contractVersion`, an npm semver range); when the contract moves past the range, re-validate the model and move the range.',
  example: 'trainingData: { contract: contracts/orders.yaml, contractVersion: "^2.1.0" }',
  messages: {
    ...cardMissingMessages(
      'No contract link: add {{where}} (a contract path or `id`, and the version range the model was built against), so a change of that contract shows this model downstream.',
      {
        native: '`trainingData.contract: contracts/orders.yaml` with `contractVersion: "^2.1.0"`',
        huggingface:
          '`handoff.trainingData.contract: contracts/orders.yaml` with `contractVersion: "^2.1.0"` in the front matter',
        mct: '`"handoff": { "trainingData": { "contract": "contracts/orders.yaml", "contractVersion": "^2.1.0" } }`'
      }
    ),
    notFound:
      '`{{key}}` names "{{contract}}", but no contract in the repository has this path or `id`. Name a contract by its repository path (`contracts/orders.yaml`) or its `id`, or remove the link.',
    ambiguous:
      '`{{key}}` names "{{contract}}", the `id` of {{count}} contracts ({{paths}}): name the one the model depends on by its repository path.',
    outside:
      'Contract {{path}} is at version {{version}}, outside the range "{{range}}" this model was built against (`{{key}}`). Re-validate the model against {{version}} and move the range, or pin the contract to a version the range allows.',
    notSemver:
      'Contract {{path}} is at version "{{version}}", not a semantic version, so the range "{{range}}" in `{{key}}` cannot be checked. Give the contract a semver version (`2.1.0`).',
    noVersion:
      'Contract {{path}} declares no version, so the range "{{range}}" in `{{key}}` cannot be checked. Give the contract a semver `version` (`2.1.0`).',
    badRange:
      '`{{key}}` is "{{range}}", not a semver range: write one as npm reads it (`^2.1.0`, `~2.1`, `>=2.1.0 <3`).',
    rangeWithoutContract:
      '`{{key}}` is set but no contract is named beside it: add `contract` (a contract path or `id`).',
    ...STANDARD_ISSUE
  },
  check(doc, ctx) {
    const training: ContractLink = { at: doc.trainingData.anchor, ...doc.trainingData }
    const links = [training, ...(doc.serving.inputs ?? [])]
    // A blank `contract: ""` names nothing: it is reported as missing, never passed silently.
    if (links.every((l) => !names(l) && l.contractVersion === undefined)) {
      return [
        { messageId: cardMissingId(doc), status: 'missing', at: doc.trainingData.anchor, severity: 'notice' }
      ]
    }
    return links.flatMap((l) => linkReports(l, ctx))
  }
}

function names(link: ContractLink): boolean {
  const value = link.contract?.value
  return typeof value === 'string' ? value.trim() !== '' : link.contract !== undefined
}

function linkReports(link: ContractLink, ctx: CheckContext): ItemReport[] {
  const contract = link.contract?.value
  const range = link.contractVersion
  if (link.contract === undefined) {
    return range ? [invalid('rangeWithoutContract', { key: renderPath(range.at) }, range.at)] : []
  }
  // A link that is not text is the standard's schema finding (file.schema); the card's own words stay authoritative.
  if (typeof contract !== 'string' || contract.trim() === '' || ctx.contracts === undefined) return []
  const key = renderPath(link.contract.at)
  const found = resolveContract(ctx.contracts, contract)
  if (found.kind === 'none') return [invalid('notFound', { key, contract }, link.contract.at)]
  if (found.kind === 'ambiguous') {
    const paths = found.paths.join(', ')
    return [invalid('ambiguous', { key, contract, count: found.paths.length, paths }, link.contract.at)]
  }
  if (range === undefined || typeof range.value !== 'string') return []
  const { path, version } = found.contract
  const data = { key: renderPath(range.at), range: range.value, path, version: version ?? '' }
  switch (rangeVerdict(version, range.value)) {
    case 'outside':
      return [invalid('outside', data, range.at)]
    case 'bad-range':
      return [invalid('badRange', data, range.at)]
    case 'not-semver':
      return [
        { ...invalid(version === undefined ? 'noVersion' : 'notSemver', data, range.at), severity: 'warning' }
      ]
    default:
      return []
  }
}

function invalid(messageId: string, data: Record<string, string | number>, at: JsonPath): ItemReport {
  return { messageId, data, status: 'invalid', at }
}
