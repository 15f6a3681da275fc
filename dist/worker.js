import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { r as runTask, m as messageOf } from './chunks/tasks.js';
import 'node:fs';
import 'node:path';
import './chunks/compare.js';
import 'node:module';
import 'node:url';
import 'node:crypto';
import 'node:fs/promises';
import 'node:child_process';

// A worker thread of the CLI's pool (src/cli/pool.ts): it receives the run's shared TaskEnv first (it may have been
// started before the run knew it), then chunks of tasks, and posts back one report (or null) per task, in order,
// v8-serialised into a buffer it transfers, so the main thread keeps bytes rather than objects until the run ends.
// It imports only what checking a file needs.
let env;
parentPort?.on('message', (message) => {
    if ('env' in message) {
        env = message.env;
        return;
    }
    void (async () => {
        let reply;
        try {
            if (!env)
                throw new Error('tasks came before the run they belong to');
            const reports = [];
            for (const task of message.tasks)
                reports.push((await runTask(task, env)) ?? null);
            // A buffer of its own (serialize's may share a pool), so transferring it moves exactly these bytes.
            reply = { id: message.id, bytes: new Uint8Array(serialize(reports)) };
        }
        catch (err) {
            const name = err instanceof Error ? err.name : 'Error';
            reply = { id: message.id, error: { name, message: messageOf(err) } };
        }
        parentPort?.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer] : []);
    })();
});
