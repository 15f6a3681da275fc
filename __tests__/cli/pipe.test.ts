// `handoff-check … | head -1`: once the reader closes the pipe, the rest of the output is dropped quietly (no EPIPE
// stack trace) and the run keeps its exit code.
import { spawn } from 'node:child_process'
import { Writable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { pipeWriter } from '../../src/cli/pipe.js'

const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' })

describe('pipeWriter', () => {
  it('writes through while the pipe is open', () => {
    const chunks: string[] = []
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString())
        done()
      }
    })
    const write = pipeWriter(stream)
    write('a\n')
    write('b\n')
    expect(chunks).toEqual(['a\n', 'b\n'])
  })

  it('after EPIPE, drops the rest without an error', async () => {
    let writes = 0
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        writes++
        done(epipe())
      }
    })
    const write = pipeWriter(stream)
    write('first\n')
    await new Promise((resolve) => setImmediate(resolve))
    write('second\n')
    write('third\n')
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toBe(1)
  })

  it('any other stream error is not swallowed', () => {
    const stream = new Writable({ write: (_c, _e, done) => done() })
    pipeWriter(stream)
    const other = Object.assign(new Error('write EIO'), { code: 'EIO' })
    expect(() => stream.emit('error', other)).toThrow('write EIO')
  })

  it('a real pipe to `head -1`: head prints the first line, the writer never throws', async () => {
    const head = spawn('head', ['-1'], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    head.stdout.on('data', (d: Buffer) => (out += d.toString()))
    const write = pipeWriter(head.stdin)
    const line = `${'x'.repeat(100)}\n`
    const exited = new Promise<number | null>((resolve) => head.on('close', resolve))
    write('first line\n')
    // Far more than a pipe buffer holds, written before and after head exits.
    for (let i = 0; i < 2000; i++) write(line)
    const code = await exited
    for (let i = 0; i < 100; i++) write(line)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(code).toBe(0)
    expect(out).toBe('first line\n')
  })
})
