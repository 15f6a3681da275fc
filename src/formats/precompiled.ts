// The validators ajv compiles at build time, by schema target. Empty here: the sources (and so the tests) compile
// each schema at run time. The bundle replaces this module with ajv's standalone code for every target
// (rollup/validators.mjs), so the CLI, the Action and each worker thread start without compiling any schema.
import type { ValidateFunction } from 'ajv'

export const precompiled: Readonly<Record<string, ValidateFunction>> = {}
