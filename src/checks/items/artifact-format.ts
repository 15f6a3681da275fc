import type { ItemReport, ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { expectedShape, normaliseFormat, pathFitsFormat } from '../values/artifact-format.js'
import { quote } from '../values/quote.js'

export const artifactFormat: ModelCardItem = {
  id: 'artifact.format',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Artifact format is allowed',
  description:
    "The model card names its artifact's format, the format is one `artifact.formats` allows, and the artifact path (when given) has the format's extension.",
  help: 'Name the serialisation format of the model file, one the serving platform accepts (see `artifact.formats`).',
  example: 'artifact: { format: onnx, path: models/churn/model.onnx }',
  messages: {
    ...cardMissingMessages('No artifact format: add {{where}}.', {
      native: '`artifact.format: onnx` (and `artifact.path: models/model.onnx`)',
      huggingface: '`handoff.artifact: { format: safetensors, path: model.safetensors }` in the front matter',
      mct: '`"handoff": { "artifact": { "format": "onnx", "path": "model.onnx" } }`'
    }),
    notText: 'Artifact format is {{value}}: write the format id as a string, e.g. `onnx`.',
    notAllowed:
      'Artifact format "{{value}}" is not allowed here; allowed: {{allowed}} (artifact.formats in .github/handoff.yml).',
    badPath: 'Artifact path is {{value}}: write the path of the model file as a string.',
    wrongExtension: 'Artifact path "{{path}}" does not fit the format {{format}}: expected {{expected}}.',
    ...STANDARD_ISSUE
  },
  check(doc, ctx) {
    const { format, path } = doc.artifact
    if (format === undefined)
      return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.artifact.anchor }]
    const id = normaliseFormat(format.value)
    if (id === undefined) {
      return [
        { messageId: 'notText', data: { value: quote(format.value) }, status: 'invalid', at: format.at }
      ]
    }
    const allowed = ctx.config.artifact.formats.map((f) => normaliseFormat(f) ?? f)
    const reports: ItemReport[] = []
    if (!allowed.includes(id)) {
      reports.push({
        messageId: 'notAllowed',
        data: { value: quote(format.value), allowed: allowed.join(', ') },
        status: 'invalid',
        at: format.at
      })
    }
    if (path === undefined) return reports
    if (typeof path.value !== 'string' || path.value.trim() === '') {
      const value = typeof path.value === 'string' ? 'empty' : quote(path.value)
      reports.push({ messageId: 'badPath', data: { value }, status: 'invalid', at: path.at })
    } else if (!pathFitsFormat(id, path.value)) {
      reports.push({
        messageId: 'wrongExtension',
        data: { path: path.value, format: id, expected: expectedShape(id) ?? id },
        status: 'invalid',
        at: path.at
      })
    }
    return reports
  }
}
