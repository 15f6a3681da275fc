// handoff-check's own model card: `apiVersion: handoff-check/v1`, `kind: ModelCard`, as a YAML file or as the
// front matter of a Markdown file.
import type { ModelCardDoc } from '../model/types.js'
import { mapCardSections } from './card-sections.js'
import type { Format } from './format.js'
import { API_VERSION } from './handoff-contract.js'
import { anyAt, child, defined, strAt } from './read.js'
import { hasTopLevel } from './sniff.js'
import { validate } from './validate.js'

export const handoffModelCard: Format = {
  standard: 'handoff-model-card',
  kind: 'model-card',
  sniff: (text) => hasTopLevel(text, 'apiVersion', API_VERSION) && hasTopLevel(text, 'kind', 'ModelCard'),
  detect: (data) => child(data, 'apiVersion') === API_VERSION && child(data, 'kind') === 'ModelCard',
  map: (data) => mapHandoffModelCard(data)
}

function mapHandoffModelCard(data: unknown): ModelCardDoc {
  return {
    kind: 'model-card',
    standard: 'handoff-model-card',
    standardVersion: API_VERSION,
    at: [],
    ...defined({ name: strAt(data, [], 'name'), version: anyAt(data, [], 'version') }),
    ...mapCardSections(data, []),
    issues: validate('handoff-model-card', data, { schemaRoots: [], reportedKeys: [] })
  }
}
