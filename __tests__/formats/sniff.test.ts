import { describe, expect, it } from '@jest/globals'
import { dcs } from '../../src/formats/dcs.js'
import { odcs } from '../../src/formats/odcs.js'
import { frontMatterText, hasTopLevel } from '../../src/formats/sniff.js'

describe('sniffing raw text', () => {
  it('finds top-level keys and values in YAML and JSON, quoted or commented', () => {
    expect(hasTopLevel('kind: "DataContract" # odcs\n', 'kind', 'DataContract')).toBe(true)
    expect(hasTopLevel("'kind': DataContract\n", 'kind', 'DataContract')).toBe(true)
    expect(hasTopLevel('{"kind":"DataContract"}', 'kind', 'DataContract')).toBe(true)
    expect(hasTopLevel('  kind: DataContract\n', 'kind', 'DataContract')).toBe(false)
    expect(hasTopLevel('kind: DataContractX\n', 'kind', 'DataContract')).toBe(false)
    expect(hasTopLevel('dataContractSpecification: 1.2.1\n', 'dataContractSpecification')).toBe(true)
  })

  it('picks ODCS and DCS candidates', () => {
    expect(odcs.sniff('apiVersion: v3.1.0\nkind: DataContract\n', 'c.yaml')).toBe(true)
    // Without apiVersion too, and ODCS v2's managedDataset: such a file is reported as unsupported, never skipped.
    expect(odcs.sniff('kind: DataContract\n', 'c.yaml')).toBe(true)
    expect(odcs.sniff('kind: "managedDataset" # v2\n', 'c.yaml')).toBe(true)
    expect(odcs.sniff('{"kind": "DataContract"}', 'c.json')).toBe(true)
    expect(odcs.sniff('spec:\n  kind: DataContract\n', 'c.yaml')).toBe(false)
    expect(odcs.sniff('kind: DataContractTemplate\n', 'c.yaml')).toBe(false)
    expect(dcs.sniff('id: x\ndataContractSpecification: 0.9.3\n', 'c.yaml')).toBe(true)
    expect(dcs.sniff('info:\n  dataContractSpecification: 1\n', 'c.yaml')).toBe(false)
  })

  it('reads the first front-matter block with LF or CRLF, and nothing else', () => {
    expect(frontMatterText('---\nlicense: mit\n---\n# x\n')).toBe('license: mit')
    expect(frontMatterText('---\r\nlicense: mit\r\n---\r\n')).toBe('license: mit')
    expect(frontMatterText('# x\n---\nlicense: mit\n---\n')).toBeUndefined()
  })
})
