#!/usr/bin/env node
await (await import('../dist/cli.js')).run()
