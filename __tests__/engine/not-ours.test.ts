// Files that are not contracts or model cards, named explicitly: data records and unrendered templates get one
// `file.parse` finding that says what they are, on the line where that shows, instead of a parse error per line.
// A discovered one is skipped, as every file that is not ours is.
import { describe, expect, it } from '@jest/globals'
import { formats } from '../../src/formats/index.js'
import { fileParse } from '../../src/checks/file-items.js'
import type { Standard } from '../../src/vocabulary.js'
import { checkAll, findingsWithMessages, lines, report } from '../helpers/check.js'

const explicit = (path: string, text: string) => findingsWithMessages(path, text, { explicit: true })

const records = (count: number, form: string) =>
  `Data records, not a data contract or model card: ${count} JSON records, ${form}. Check the contract or model card that describes this data instead, or list the file in \`paths.ignore\` when it sits where contracts are looked for.`

const template = (placeholder: string) =>
  `An unrendered template, not a data contract or model card: "${placeholder}" is filled in only when it is rendered (Jinja, Helm, the Hub's card template). Check the rendered file instead, or list the template in \`paths.ignore\`.`

const flight = (i: number) =>
  `{"FL_DATE":"2006-01-${String((i % 28) + 1).padStart(2, '0')}","DEP_DELAY":${i - 7},"ARR_DELAY":19,"AIR_TIME":350,"DISTANCE":2475,"DEP_TIME":9.083333}`
const JSON_LINES = lines(...Array.from({ length: 100 }, (_, i) => flight(i)))

describe('data records', () => {
  it('a 100-record JSON Lines file named explicitly is one finding, not one per line', () => {
    expect(explicit('data/flights-100.json', JSON_LINES)).toEqual([
      ['file.parse', 'invalid', 'error', 1, 1, records(100, 'one per line (JSON Lines)')]
    ])
  })

  it('the same through buildReport, as the CLI reports it', () => {
    const out = checkAll([{ path: 'data/flights-100.json', text: JSON_LINES, explicit: true }])
    expect(out.files.map((f) => [f.path, f.kind, f.findings.length])).toEqual([
      ['data/flights-100.json', 'unknown', 1]
    ])
    expect(out.result).toBe('fail')
  })

  it('NDJSON with blank lines, CRLF line ends, nested values and leading blank lines: on the first record', () => {
    const text = '\r\n\r\n{"a": {"b": [1, 2]}}\r\n\r\n{"a": null}\r\n[1, "x"]\r\n'
    expect(explicit('events.ndjson', text)).toEqual([
      ['file.parse', 'invalid', 'error', 3, 1, records(3, 'one per line (JSON Lines)')]
    ])
  })

  it('a JSON array of objects is data records, on its opening bracket', () => {
    const text = lines('', '[', '  {"id": 1, "name": "a"},', '  {"id": 2, "name": "b"}', ']')
    expect(explicit('data/customers.json', text)).toEqual([
      ['file.parse', 'invalid', 'error', 2, 1, records(2, 'in one JSON array')]
    ])
  })

  it('records whose text looks like a model card are data too (sniffed, discovered: still one finding)', () => {
    const text = lines('{"model_details": {"name": "a"}}', '{"model_details": {"name": "b"}}')
    expect(findingsWithMessages('models/model_card.json', text)).toEqual([
      ['file.parse', 'invalid', 'error', 1, 1, records(2, 'one per line (JSON Lines)')]
    ])
  })

  it('a discovered data file is skipped', () => {
    expect(report('data/flights-100.json', JSON_LINES)).toBeUndefined()
  })

  it.each([
    ['one JSON object', '{"a": 1}\n'],
    ['an array of strings', '["a", "b"]\n'],
    ['an empty array', '[]\n'],
    ['a YAML sequence of mappings', lines('- name: a', '- name: b')]
  ])('%s is not data records: not recognised', (_, text) => {
    expect(explicit('data/x.json', text)).toEqual([
      ['file.parse', 'invalid', 'error', 1, 1, fileParse.messages.unrecognised]
    ])
  })

  it('lines that are not all JSON are YAML parse errors, as before', () => {
    const text = lines('{"a": 1}', '{"a": 2', '{"a": 3}')
    const found = explicit('data/broken.json', text)
    // Where the parser stops first: the unclosed record on line 2; every finding is a syntax error.
    expect(found[0].slice(0, 5)).toEqual(['file.parse', 'invalid', 'error', 2, 1])
    expect(found.filter((f) => !f[5].startsWith('The file cannot be parsed: '))).toEqual([])
  })
})

describe('unrendered templates', () => {
  it("the Hub's card template, named explicitly, says so at its placeholder", () => {
    const text = lines('---', '# metadata', '{{ card_data }}', '---', '', '# Model Card for {{ model_id }}')
    expect(explicit('templates/modelcard_template.md', text)).toEqual([
      ['file.parse', 'invalid', 'error', 3, 1, template('{{ card_data }}')]
    ])
    expect(report('templates/modelcard_template.md', text)).toBeUndefined()
  })

  it('a Helm template is one finding at its first placeholder, not a parse error per line', () => {
    const text = lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "app.fullname" . }}',
      '  labels:',
      '    {{- include "app.labels" . | nindent 4 }}',
      'spec:',
      '  {{- if not .Values.autoscaling.enabled }}',
      '  replicas: {{ .Values.replicaCount }}',
      '  {{- end }}'
    )
    expect(explicit('charts/app/templates/deployment.yaml', text)).toEqual([
      ['file.parse', 'invalid', 'error', 4, 9, template('{{ include "app.fullname" . }}')]
    ])
  })

  it('a Helm template that opens with a comment block', () => {
    const text = lines(
      '{{/*',
      'A job template.',
      '*/}}',
      '{{- if .Values.enabled }}',
      'kind: Job',
      '{{- end }}'
    )
    expect(explicit('charts/app/templates/job.yaml', text)).toEqual([
      ['file.parse', 'invalid', 'error', 1, 1, template('{{/*')]
    ])
  })

  it("the Hub's metadata spec placeholders (`{lang_0}`) that break the YAML", () => {
    const text = lines('---', 'language:', '- {lang_0}', '{arg_1}: {value_1}', '---')
    expect(explicit('modelcard.md', text)).toEqual([
      ['file.parse', 'invalid', 'error', 3, 3, template('{lang_0}')]
    ])
  })

  it('a placeholder that is a whole unquoted value, after a comment-free key, in YAML that parses', () => {
    const text = lines('- dataset:', '    id: cais/hle', '    task_id: {task_id}   # Required.', '  value: 1')
    expect(explicit('eval_results.yaml', text)).toEqual([
      ['file.parse', 'invalid', 'error', 3, 14, template('{task_id}')]
    ])
  })

  it.each([
    [
      'a GitHub workflow with `${{ expressions }}`',
      lines('on: push', 'jobs:', '  a:', '    runs-on: ${{ matrix.os }}')
    ],
    ['a workflow with `${VAR_NAME}`', lines('on: push', 'env:', '  TAG: ${GITHUB_REF_NAME}')],
    [
      'a quoted placeholder in a Helm values file',
      lines('ingress:', '  host: "{{ .Release.Name }}.example.com"')
    ],
    ['a placeholder inside a string', lines('steps:', '  - run: echo {{version}} > VERSION')],
    ['a JSON string with a placeholder', '{"greeting": "Hello {{name}}", "env": "{POSTGRES_PASSWORD}"}\n'],
    ['CRLF lines with a quoted placeholder', 'a: "{{ x }}"\r\nb: 1\r\n']
  ])('%s, when the YAML parses, is no template: not recognised', (_, text) => {
    expect(explicit('config/x.yaml', text)).toEqual([
      ['file.parse', 'invalid', 'error', 1, 1, fileParse.messages.unrecognised]
    ])
  })

  it('a CRLF card template is a template too', () => {
    expect(explicit('t.md', '---\r\n{{ card_data }}\r\n---\r\n')).toEqual([
      ['file.parse', 'invalid', 'error', 2, 1, template('{{ card_data }}')]
    ])
  })
})

describe('"not recognised" lists every supported format', () => {
  // How the message names each standard; a new format must be added here and to the message.
  const NAMED: Record<Exclude<Standard, 'unknown'>, string> = {
    odcs: 'ODCS v3 (`kind: DataContract`)',
    dcs: 'Data Contract Specification (`dataContractSpecification:`)',
    'handoff-contract': '`kind: HandoffContract`',
    'handoff-model-card': '`kind: ModelCard`',
    huggingface: 'a Hugging Face model card',
    'model-card-toolkit': 'a Model Card Toolkit card (a .json file with `"model_details"`)'
  }

  it.each(formats.map((f) => f.standard))('%s', (standard) => {
    expect(fileParse.messages.unrecognised).toContain(NAMED[standard])
  })
})
