// Writing to a pipe whose reader has gone (`handoff-check | head -1`): Node reports EPIPE as an 'error' event on the
// stream, which without a listener is an uncaught exception and a stack trace. A Unix tool stops writing and exits;
// so does this one, with the exit code of its run (the check's verdict), and without a word on stderr.
import type { Writable } from 'node:stream'

/** A writer for `stream` that drops the rest of the output, quietly, once the reader has closed the pipe. */
export function pipeWriter(stream: Writable): (text: string) => void {
  let closed = false
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err
    closed = true
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}
