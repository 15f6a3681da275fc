// Jest setup: under `npm run fuzz` (FUZZ_RUNS set), property tests without their own count run FUZZ_RUNS cases too.
import fc from 'fast-check'
import { runs } from './fuzz.js'

if (process.env.FUZZ_RUNS) fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: runs(100) })
