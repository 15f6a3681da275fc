import { describe, expect, it } from '@jest/globals'
import { INLINING_FLAG, tuneForWorkers, tuneV8, tuningFlags, workerFlags } from '../../src/cli/v8-tuning.js'

describe('tuningFlags', () => {
  it('lowers the inlining budget on V8 11 (Node 20)', () => {
    expect(tuningFlags('11.3.244.8-node.33')).toEqual(['--max-inlined-bytecode-size-cumulative=100'])
  })

  it('leaves V8 12 and later (Maglev) at their defaults', () => {
    expect(tuningFlags('12.4.254.21-node.33')).toEqual([])
    expect(tuningFlags('13.6.233.17-node.37')).toEqual([])
  })

  it('sets nothing for a version it cannot read', () => {
    expect(tuningFlags('')).toEqual([])
    expect(tuningFlags('v8')).toEqual([])
  })
})

describe('tuneV8', () => {
  it('hands each flag to the setter, once', () => {
    const set: string[] = []
    tuneV8('11.3.244.8', (flag) => set.push(flag))
    expect(set).toEqual([INLINING_FLAG])
  })

  it('calls no setter on V8 13', () => {
    const set: string[] = []
    tuneV8('13.6.233.17', (flag) => set.push(flag))
    expect(set).toEqual([])
  })
})

describe('workerFlags', () => {
  it('turns off the helper threads when the workers take every core', () => {
    expect(workerFlags(2, 2)).toEqual(['--no-parallel-scavenge', '--no-concurrent-recompilation'])
    expect(workerFlags(4, 2)).toEqual(['--no-parallel-scavenge', '--no-concurrent-recompilation'])
  })

  it('keeps the defaults while a core is left for the helpers', () => {
    expect(workerFlags(2, 4)).toEqual([])
    expect(workerFlags(1, 2)).toEqual([])
  })
})

describe('tuneForWorkers', () => {
  it('hands each flag to the setter when the workers fill the cores', () => {
    const set: string[] = []
    tuneForWorkers(2, 2, (flag) => set.push(flag))
    expect(set).toEqual(['--no-parallel-scavenge', '--no-concurrent-recompilation'])
  })

  it('calls no setter for fewer workers than cores', () => {
    const set: string[] = []
    tuneForWorkers(3, 8, (flag) => set.push(flag))
    expect(set).toEqual([])
  })
})
