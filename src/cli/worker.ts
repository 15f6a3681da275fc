// A worker thread of the CLI's pool (src/cli/pool.ts): it receives the run's shared TaskEnv once, then chunks of
// tasks, and posts back one report (or null) per task, in order, v8-serialised into a buffer it transfers, so the
// main thread keeps bytes rather than objects until the run ends. It imports only what checking a file needs.
import { serialize } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { messageOf } from './message.js'
import type { WorkerReply } from './pool.js'
import type { FileTask, TaskEnv } from './tasks.js'
import { runTask } from './tasks.js'

const env = workerData as TaskEnv

parentPort?.on('message', (message: { id: number; tasks: FileTask[] }) => {
  void (async () => {
    let reply: WorkerReply
    try {
      const reports = []
      for (const task of message.tasks) reports.push((await runTask(task, env)) ?? null)
      // A buffer of its own (serialize's may share a pool), so transferring it moves exactly these bytes.
      reply = { id: message.id, bytes: new Uint8Array(serialize(reports)) }
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Error'
      reply = { id: message.id, error: { name, message: messageOf(err) } }
    }
    parentPort?.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : [])
  })()
})
