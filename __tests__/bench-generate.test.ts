// The benchmark's repository generator (bench/generate.mjs): deterministic, and the mix it promises. Run as the
// benchmark runs it, in a child process; nothing here is timed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

interface Manifest {
  plan: Record<string, number>
  bytes: number
  expected: Record<string, number>
  files: { path: string; standard: string; bytes: number; owner?: boolean; freshness?: boolean }[]
}

const dirs: string[] = []
function generate(seed: number): { dir: string; manifest: Manifest } {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-gen-'))
  dirs.push(dir)
  const out = execFileSync(
    process.execPath,
    ['bench/generate.mjs', '--n', '50', '--seed', String(seed), '--out', dir, '--json'],
    { encoding: 'utf8' }
  )
  return { dir, manifest: JSON.parse(out) as Manifest }
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('bench/generate.mjs', () => {
  const first = generate(7)
  const again = generate(7)

  it('plans the documented mix for N=50, exactly', () => {
    expect(first.manifest.plan).toEqual({
      files: 50,
      odcs: 33,
      dcs: 14,
      modelCards: 3,
      huggingface: 2,
      modelCardToolkit: 1,
      contractsMissingOwnerOnly: 6,
      contractsMissingFreshnessOnly: 6,
      contractsMissingBoth: 4
    })
    expect(first.manifest.expected).toEqual({
      contractOwnerMissing: 10,
      contractFreshnessMissing: 10,
      contractsWithOtherErrors: 0
    })
  })

  it('writes the files it lists, with the planned standards and owner/freshness variants', () => {
    const { files } = first.manifest
    const count = (predicate: (f: Manifest['files'][number]) => boolean) => files.filter(predicate).length
    expect(files).toHaveLength(50)
    expect(new Set(files.map((f) => f.path)).size).toBe(50)
    expect(count((f) => f.standard === 'odcs' && f.path.endsWith('.odcs.yaml'))).toBe(33)
    expect(count((f) => f.standard === 'dcs' && f.path.endsWith('.datacontract.yaml'))).toBe(14)
    expect(count((f) => f.standard === 'huggingface' && f.path.endsWith('/README.md'))).toBe(2)
    expect(count((f) => f.standard === 'model-card-toolkit' && f.path.endsWith('.json'))).toBe(1)
    expect(count((f) => f.owner === false)).toBe(10)
    expect(count((f) => f.freshness === false)).toBe(10)
    expect(count((f) => f.owner === false && f.freshness === false)).toBe(4)
    for (const f of files) {
      const text = readFileSync(join(first.dir, f.path), 'utf8')
      expect(Buffer.byteLength(text)).toBe(f.bytes)
      if (f.standard === 'odcs') {
        expect(text.includes('  - property: owner')).toBe(f.owner)
        expect(text.includes('  - property: freshness')).toBe(f.freshness)
      }
      if (f.standard === 'dcs') {
        expect(/^ {2}owner: /m.test(text)).toBe(f.owner)
        expect(text.includes('\nservicelevels:\n  freshness:\n')).toBe(f.freshness)
      }
    }
    expect(first.manifest.bytes).toBe(files.reduce((sum, f) => sum + f.bytes, 0))
  })

  it('is deterministic for a seed, and another seed gives another repository', () => {
    expect(again.manifest).toEqual(first.manifest)
    for (const f of first.manifest.files) {
      expect(readFileSync(join(again.dir, f.path), 'utf8')).toBe(
        readFileSync(join(first.dir, f.path), 'utf8')
      )
    }
    expect(generate(8).manifest.files).not.toEqual(first.manifest.files)
  })
})
