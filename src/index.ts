// The action's entry point (dist/index.js after bundling).
import { run } from './github/main.js'

await run()
