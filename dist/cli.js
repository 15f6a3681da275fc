import { readFileSync, realpathSync, existsSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { c as codeSpan, m as markdownText, a as messageMarkdown, t as terminalText, n as noWorkflowCommands, d as defaultConfig, x as xmlAttribute, b as xmlText, e as downstreamText, f as downstreamOf, r as renderMarkdown$1, C as CODEOWNERS_LOCATIONS, p as parseCodeowners, l as loadConfig, g as guardDownstream, h as entryOf, i as buildLinksIndex, j as isCardEntry, k as breaks, o as dependentsOf, q as downstreamTable, s as mermaidGraph, u as pairByContractId } from './chunks/load.js';
import { m as migrationText, s as showValue, c as compareContracts, d as diffFindings, p as parseSource, f as formats, a as fingerprint$1, b as portablePath, e as contractBreakingChange, g as contractVersionBump, h as allItems, u as uncheckedReason, i as contractDownstream, j as gates, k as describeFile, l as plural, r as readDoc, n as resolveContract, o as buildReport, q as itemIds, t as isEvalResults, v as cardOfEvalResults } from './chunks/compare.js';
import { m as messageOf, r as runTask, d as discover, c as candidateMatcher, a as readCandidate, b as blobAt, e as resolvePath, f as closeBlobReaders, R as ReadError, g as changedSince, n as notRegularFile, h as runGit, G as GitError, B as BlobReader } from './chunks/tasks.js';
import { createHash } from 'node:crypto';
import { parseArgs as parseArgs$1 } from 'node:util';
import { setFlagsFromString, deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import 'node:module';
import 'node:child_process';

/** Exit codes: 0 pass, 1 at least one error-severity finding (or a breaking change), 2 usage or config error. */
const EXIT = { pass: 0, fail: 1, usage: 2 };

function renderChangelog(log, format) {
    if (format === 'json')
        return renderJson$1(log);
    if (format === 'markdown')
        return renderMarkdown(log);
    return renderText$1(log);
}
function renderJson$1(log) {
    const { changes } = log.compared;
    return `${JSON.stringify({ base: log.basePath, head: log.headPath, ...changes, findings: log.findings }, null, 2)}\n`;
}
function renderText$1(log) {
    const { changes } = log.compared;
    const lines = [
        terminalText(`${log.basePath} \u2192 ${log.headPath}`),
        `${terminalText(versionLine(log))} \u00b7 ${summary(changes.changes)}`
    ];
    if (changes.changes.length > 0) {
        const rows = changes.changes.map((c) => [c.level, c.rule, c.path, oldNew(c), lineOf(c)].map(terminalText));
        const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
        lines.push('');
        for (const r of rows)
            lines.push(`  ${r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  ')}`.trimEnd());
    }
    if (log.findings.length > 0)
        lines.push('');
    for (const f of log.findings)
        lines.push(terminalText(`${f.severity} ${f.item} (${f.path}:${f.line}): ${f.message}`));
    return noWorkflowCommands(`${lines.join('\n')}\n`);
}
function renderMarkdown(log) {
    const { changes } = log.compared;
    const out = [
        `### Contract changes: ${codeSpan(log.headPath)}`,
        '',
        `${markdownText(versionLine(log))} \u00b7 **${markdownText(changes.verdict)}** \u00b7 ${summary(changes.changes)}`
    ];
    if (changes.changes.length > 0) {
        out.push('', '| Level | Path | Change | Old \u2192 New | Line |', '| --- | --- | --- | --- | --- |');
        for (const c of changes.changes) {
            const [level, path, rule, values] = [
                markdownText(c.level),
                codeSpan(c.path, { table: true }),
                markdownText(c.rule),
                markdownText(oldNew(c))
            ];
            out.push(`| ${level} | ${path} | ${rule} | ${values} | ${markdownText(lineOf(c))} |`);
        }
    }
    if (log.findings.length > 0)
        out.push('');
    for (const f of log.findings)
        out.push(`- **${markdownText(f.severity)}** ${codeSpan(f.item)} (line ${markdownText(String(f.line))}): ${messageMarkdown(f.message)}`);
    return `${out.join('\n')}\n`;
}
function versionLine(log) {
    const { baseVersion, headVersion, bump, migration } = log.compared.changes;
    const migrated = migration ? `${migrationText(migration)} \u00b7 ` : '';
    return `${migrated}version ${showValue(baseVersion)} \u2192 ${showValue(headVersion)} (${bump})`;
}
function summary(changes) {
    const count = (level) => changes.filter((c) => c.level === level).length;
    if (changes.length === 0)
        return 'no changes';
    return `${count('error')} breaking, ${count('warning')} warning, ${count('info')} info`;
}
function oldNew(c) {
    return `${showValue(c.old)} \u2192 ${showValue(c.new)}`;
}
function lineOf(c) {
    return c.line === undefined ? '-' : `line ${c.line}`;
}

// `handoff-check diff OLD NEW`: the changelog of two versions of a contract. The CLI wires it as a subcommand.
const DIFF_USAGE = `Usage: handoff-check diff OLD NEW [--format text|json|markdown] [--config FILE] [--no-color]

Prints what changed between two versions of a data contract (any supported standard) and whether the
version change announces it. Exit 0: no breaking change; 1: a breaking change; 2: usage error.

Options:
  --format FORMAT   text (default), json or markdown.
  --config FILE     Config file whose item severities apply (default: .github/handoff.yml when present).
  --no-color        Accepted as the main command accepts it; the changelog is never coloured.
  -h, --help        Show this help.
`;
const FORMATS$2 = ['text', 'json', 'markdown'];
let UsageError$3 = class UsageError extends Error {
};
async function runDiffCommand(args, io, readConfig = async () => defaultConfig()) {
    try {
        const options = parseArgs(args);
        if (options === 'help') {
            io.stdout(DIFF_USAGE);
            return EXIT.pass;
        }
        const config = await readConfig(options.config).catch((err) => {
            throw new UsageError$3(messageOf(err));
        });
        // Both files are read before either is parsed, so a missing file is reported first.
        const baseText = await read(options.base, io);
        const headText = await read(options.head, io);
        const base = load(options.base, baseText);
        const head = load(options.head, headText);
        const compared = compareContracts(base.doc, head.doc, {
            base: base.source.locate,
            head: head.source.locate
        });
        const findings = diffFindings(compared, options.head, head.source.locate, config);
        io.stdout(renderChangelog({ basePath: options.base, headPath: options.head, compared, findings }, options.format));
        const failed = compared.changes.verdict === 'breaking' || findings.some((f) => f.severity === 'error');
        return failed ? EXIT.fail : EXIT.pass;
    }
    catch (err) {
        if (!(err instanceof UsageError$3))
            throw err;
        io.stderr(`handoff-check diff: ${err.message}\n`);
        return EXIT.usage;
    }
}
function parseArgs(args) {
    const files = [];
    let format = 'text';
    let config;
    const need = (option, value, hint) => {
        if (value === undefined || value === '')
            throw new UsageError$3(`${option} needs a value (${hint})\n${DIFF_USAGE}`);
        return value;
    };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-h' || arg === '--help')
            return 'help';
        if (arg === '--format' || arg === '-f')
            format = need(arg, args[++i], FORMATS$2.join(', '));
        else if (arg.startsWith('--format='))
            format = arg.slice('--format='.length);
        else if (arg === '--config' || arg === '-c')
            config = need(arg, args[++i], 'a config file');
        else if (arg.startsWith('--config='))
            config = need('--config', arg.slice('--config='.length), 'a config file');
        else if (arg === '--no-color')
            continue;
        else if (arg.startsWith('-'))
            throw new UsageError$3(`unknown option ${arg}\n${DIFF_USAGE}`);
        else
            files.push(arg);
    }
    if (!FORMATS$2.includes(format)) {
        throw new UsageError$3(`unknown format ${format}; use one of ${FORMATS$2.join(', ')}`);
    }
    if (files.length !== 2)
        throw new UsageError$3(`expected two files, OLD and NEW, got ${files.length}\n${DIFF_USAGE}`);
    return {
        base: files[0],
        head: files[1],
        format: format,
        ...(config !== undefined ? { config } : {})
    };
}
async function read(path, io) {
    try {
        return await readFile(resolve(io.cwd, path), 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new UsageError$3(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(code ?? err)}`);
    }
}
function load(path, text) {
    const source = parseSource(path, text);
    const problem = source.errors[0];
    if (problem)
        throw new UsageError$3(`${path}:${problem.line}:${problem.column}: ${problem.message}`);
    const sniffed = formats.filter((f) => f.sniff(text, path));
    const format = sniffed.find((f) => f.detect(source.data, path)) ?? formats.find((f) => f.detect(source.data, path));
    if (!format || format.kind !== 'contract') {
        throw new UsageError$3(`${path} is not a data contract handoff-check recognises (ODCS, DCS or kind: HandoffContract)`);
    }
    let doc;
    try {
        doc = format.map(source.data, path);
    }
    catch (err) {
        throw new UsageError$3(`${path} could not be read as ${format.standard}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (doc.kind !== 'contract')
        throw new UsageError$3(`${path} is not a data contract`);
    return { doc, source };
}

// GitLab Code Quality: the JSON array of issues GitLab shows in the merge request widget and diff, in the format
// GitLab documents (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). One issue per open
// finding; a waived finding is no longer an issue, so it is left out. Pure: report \u2192 string.
/** GitLab's scale is info, minor, major, critical, blocker; an error is `major`, as ESLint's GitLab formatters map it. */
const GITLAB_SEVERITY = {
    error: 'major',
    warning: 'minor',
    notice: 'info'
};
function renderGitlab(report) {
    const seen = new Map();
    const issues = report.files.flatMap((file) => file.findings
        .filter((f) => !f.waived)
        .map((f) => {
        // The finding's identity across pushes (as waivers and the new/pre-existing marks use it), so GitLab tells
        // new issues from resolved ones; GitLab shows one issue per fingerprint, so a repeat gets its ordinal.
        const base = fingerprint$1(f, file);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return {
            description: terminalText(f.message),
            check_name: f.item,
            fingerprint: n === 1 ? base : `${base}-${n}`,
            severity: GITLAB_SEVERITY[f.severity],
            location: { path: portablePath(file.path), lines: { begin: Math.max(1, f.line) } }
        };
    }));
    return JSON.stringify(issues, null, 2) + '\n';
}

function renderJson(report, options = {}) {
    return [...renderJsonChunks(report, options)].join('');
}
/** Stands for the files in the report's skeleton; only ever the value of its `files` key. */
const FILES = 'handoff-check:files';
/**
 * Files per piece of the JSON report. One JSON.stringify per file, re-indented to its depth by a regular expression,
 * cost more than the text it made: for 10,000 files ~140 ms against ~50 ms alone, and ~10 ms less in a whole run.
 */
const FILES_PER_PIECE = 256;
/**
 * The JSON report in pieces of `filesPerPiece` files, exactly the text of JSON.stringify(report, null, 2): a large
 * run's report is written out without its whole text (and a second copy of every finding) in memory at once.
 */
function* renderJsonChunks(report, options = {}, filesPerPiece = FILES_PER_PIECE) {
    const skeleton = JSON.stringify({
        version: 1,
        result: report.result,
        ...(report.gate !== undefined ? { gate: report.gate } : {}),
        files: FILES,
        summary: {
            files: report.summary.files,
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            notices: report.summary.notices,
            waived: report.summary.waived,
            ...(report.summary.preExisting !== undefined ? { preExisting: report.summary.preExisting } : {})
        },
        ...(options.notes && options.notes.length > 0 ? { notes: options.notes } : {})
    }, null, 2);
    // Every quote inside a string is escaped, so this text can only be the files key and its stand-in.
    const parts = skeleton.split(`"files": ${JSON.stringify(FILES)}`);
    if (parts.length !== 2)
        throw new Error('the JSON report skeleton holds its files key once');
    const [head, tail] = parts;
    if (report.files.length === 0) {
        yield `${head}"files": []${tail}\n`;
        return;
    }
    yield `${head}"files": [`;
    for (let i = 0; i < report.files.length; i += filesPerPiece) {
        yield (i === 0 ? '\n' : ',\n') + filesText(report.files.slice(i, i + filesPerPiece));
    }
    yield `\n  ]${tail}\n`;
}
/** How JSON.stringify(\u2026, null, 2) writes a `files` key of the top level, and the end of that object. */
const FILES_OPEN = '{\n  "files": [\n';
const FILES_CLOSE = '\n  ]\n}';
/**
 * Some of the report's files as its `files` list holds them, one after another: stringified inside a `files` key of
 * a top-level object, they come out at the depth they have in the report, indented as the rest of it is.
 */
function filesText(files) {
    const text = JSON.stringify({ files: files.map(fileEntry) }, null, 2);
    return text.slice(FILES_OPEN.length, text.length - FILES_CLOSE.length);
}
function fileEntry(file) {
    return {
        path: portablePath(file.path),
        kind: file.kind,
        standard: file.standard,
        ...(file.standardVersion !== undefined ? { standardVersion: file.standardVersion } : {}),
        findings: file.findings.map(finding),
        ...(file.changes !== undefined ? { changes: file.changes } : {}),
        ...(file.downstream !== undefined ? { downstream: file.downstream } : {})
    };
}
function finding(f) {
    return {
        item: f.item,
        severity: f.severity,
        status: f.status,
        message: f.message,
        line: f.line,
        column: f.column,
        ...(f.origin !== undefined ? { origin: f.origin } : {}),
        ...(f.more !== undefined ? { more: f.more } : {}),
        ...(f.waived
            ? {
                waived: {
                    by: f.waived.by,
                    reason: f.waived.reason,
                    ...(f.waived.url !== undefined ? { url: f.waived.url } : {})
                }
            }
            : {})
    };
}

// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure DevOps): one test suite per file, one test
// case per handoff item checked in it, named by the item id with the file as its class. A case fails when its item has
// an error that fails the check (../core/gate.ts), is skipped when its item was not checked or every finding of it is
// waived, and passes otherwise; every finding of the item is listed in the failure's text or the case's system-out.
// Pure: (report, options) \u2192 string; everything from input goes through xmlText or xmlAttribute (./escape.ts).
/**
 * Items that only run when a contract is compared with its base version (`--changed-since`, the Action);
 * contract.downstream only where its adapter looked for the contract's dependents (the file has `downstream`).
 */
const COMPARED = new Set([contractBreakingChange.id, contractVersionBump.id]);
const NOT_CHECKED = {
    removed: 'Not checked: the change deletes this contract, so only its removal is reported.',
    unread: 'Not checked: the file cannot be read as its standard (see file.parse or file.standard-version).'
};
function renderJunit(report, options = {}) {
    const checked = new Set(options.items ?? allItems.map((i) => i.id));
    const suites = report.files.map((file) => suite(portablePath(file.path), casesOf(file, checked, report)));
    if (report.incomplete !== undefined) {
        // A check that could not see every changed file fails whatever the files say, so it is a failing case too.
        const message = report.incomplete;
        suites.push(suite('handoff-check', [
            {
                name: 'report.complete',
                classname: 'handoff-check',
                outcome: { element: 'failure', message },
                details: [message]
            }
        ]));
    }
    const total = (key) => suites.reduce((n, s) => n + s[key], 0);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="handoff-check" tests="${total('tests')}" failures="${total('failures')}" errors="0" time="0">`,
        ...suites.flatMap((s) => s.lines),
        '</testsuites>',
        ''
    ].join('\n');
}
/** The file's test cases: the items of its kind the run checked, then any other item its findings name. */
function casesOf(file, checked, report) {
    const path = portablePath(file.path);
    const reason = uncheckedReason(file);
    const ids = allItems
        .filter((item) => item.appliesTo === 'file' || item.appliesTo === file.kind)
        .map((item) => item.id)
        .filter((id) => checked.has(id) &&
        (!COMPARED.has(id) || file.changes !== undefined) &&
        (id !== contractDownstream.id || file.downstream !== undefined));
    for (const f of file.findings)
        if (!ids.includes(f.item))
            ids.push(f.item);
    return ids.map((id) => {
        const findings = file.findings.filter((f) => f.item === id);
        const notChecked = reason !== undefined &&
            findings.length === 0 &&
            (reason === 'removed' ? !COMPARED.has(id) : !id.startsWith('file.'));
        if (notChecked) {
            const outcome = { element: 'skipped', message: NOT_CHECKED[reason] };
            return { name: id, classname: path, file: path, outcome, details: [] };
        }
        return {
            name: id,
            classname: path,
            file: path,
            ...(findings.length > 0 ? { line: Math.max(1, findings[0].line) } : {}),
            outcome: outcomeOf(findings, report),
            details: findings.map((f) => detail(path, f))
        };
    });
}
function outcomeOf(findings, report) {
    const failing = findings.find((f) => f.severity === 'error' && gates(f, report.gate));
    if (failing)
        return { element: 'failure', message: failing.message, type: failing.status };
    const waived = findings[0]?.waived;
    if (waived && findings.every((f) => f.waived)) {
        return { element: 'skipped', message: `Waived by ${waived.by}: ${waived.reason}` };
    }
    return undefined;
}
/** One finding as a line of a log: `path:line:column: severity message`, with what keeps it from failing. */
function detail(path, f) {
    const note = f.waived
        ? ` (waived by ${f.waived.by}: ${f.waived.reason})`
        : f.origin === 'pre-existing'
            ? ' (pre-existing)'
            : '';
    return terminalText(`${path}:${Math.max(1, f.line)}:${Math.max(1, f.column)}: ${f.severity} ${f.message}${note}`);
}
function suite(name, cases) {
    const failures = cases.filter((c) => c.outcome?.element === 'failure').length;
    const skipped = cases.filter((c) => c.outcome?.element === 'skipped').length;
    const attributes = `name="${xmlAttribute(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
    return {
        tests: cases.length,
        failures,
        lines: [`  <testsuite ${attributes}>`, ...cases.flatMap(testCase), '  </testsuite>']
    };
}
function testCase(c) {
    const attributes = [
        `name="${xmlAttribute(c.name)}"`,
        `classname="${xmlAttribute(c.classname)}"`,
        ...(c.file !== undefined ? [`file="${xmlAttribute(c.file)}"`] : []),
        ...(c.line !== undefined ? [`line="${c.line}"`] : []),
        'time="0"'
    ].join(' ');
    const text = xmlText(c.details.join('\n'));
    const body = [];
    if (c.outcome) {
        const type = c.outcome.type !== undefined ? ` type="${xmlAttribute(c.outcome.type)}"` : '';
        const open = `<${c.outcome.element} message="${xmlAttribute(c.outcome.message)}"${type}`;
        // A failure carries the findings; a skipped case's findings (waived) go to system-out like a passing case's.
        if (c.outcome.element === 'failure')
            body.push(`      ${open}>${text}</failure>`);
        else
            body.push(`      ${open}/>`);
    }
    if (c.outcome?.element !== 'failure' && c.details.length > 0)
        body.push(`      <system-out>${text}</system-out>`);
    if (body.length === 0)
        return [`    <testcase ${attributes}/>`];
    return [`    <testcase ${attributes}>`, ...body, '    </testcase>'];
}

// SARIF 2.1.0 for GitHub code scanning: one run, one rule per handoff item, one result per finding.
// Pure: (report, options) \u2192 string. Waived findings are kept as suppressed results so the audit trail survives.
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const SCHEMA$1 = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Versioned so a change in what the fingerprint hashes can be told apart by code scanning. */
const FINGERPRINT_KEY = 'handoffCheck/v1';
function renderSarif(report, options) {
    const rules = allItems.map(ruleFor);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // A finding whose item is not in the registry (a renderer handed a foreign report) still needs a rule to point at.
    for (const f of report.files.flatMap((file) => file.findings)) {
        if (!index.has(f.item)) {
            index.set(f.item, rules.length);
            rules.push({ id: f.item, name: ruleName(f.item), shortDescription: { text: f.item } });
        }
    }
    const results = report.files.flatMap((file) => file.findings.map((f) => resultFor(f, portablePath(file.path), index.get(f.item) ?? 0)));
    const log = {
        $schema: SCHEMA$1,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'handoff-check',
                        ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
                        version: options.toolVersion,
                        semanticVersion: options.toolVersion,
                        rules
                    }
                },
                // Columns are offsets into JavaScript strings, as the parser counts them.
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
function ruleFor(item) {
    return {
        id: item.id,
        name: ruleName(item.id),
        shortDescription: { text: item.title },
        fullDescription: { text: item.description },
        help: {
            text: `${item.help}\n\nExample: ${item.example}`,
            markdown: `${item.help}\n\nExample:\n\n\`\`\`yaml\n${item.example}\n\`\`\``
        },
        defaultConfiguration: { level: LEVEL[item.defaultSeverity] },
        properties: { tags: ['handoff', item.appliesTo] }
    };
}
/** `training-data.version` \u2192 `TrainingDataVersion`: SARIF's `name` is an identifier, not a sentence. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function resultFor(f, path, ruleIndex) {
    return {
        ruleId: f.item,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(path), uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) }
                }
            }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.item, path, f.message) },
        ...(f.waived
            ? {
                suppressions: [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: `Waived by ${f.waived.by}: ${f.waived.reason}`
                    }
                ]
            }
            : {})
    };
}
/** Stable across runs and line moves: the same item, file and message keep the same alert. */
function fingerprint(item, path, message) {
    return createHash('sha256').update(`${item}\u0000${path}\u0000${message}`).digest('hex').slice(0, 32);
}
/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function encodeUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

// The terminal and CI-log report: findings grouped by file, one aligned line each, then a summary line.
// Pure: (report, options) \u2192 string. Colours are ANSI escapes and only appear when the caller asks for them.
// Everything from the files goes through terminalText (./escape.ts): the only control characters in the output are
// our own colours, and no line reads as a workflow command when the CLI runs in GitHub Actions.
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS = {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39)
};
const identity = (text) => text;
const PLAIN = {
    bold: identity,
    dim: identity,
    underline: identity,
    red: identity,
    yellow: identity,
    cyan: identity,
    green: identity
};
const SEVERITY_WIDTH = 'warning'.length;
function renderText(report, options = {}) {
    const p = options.color ? COLOURS : PLAIN;
    const out = [];
    if (report.files.length === 0)
        out.push('No data contracts or model cards found.');
    for (const file of report.files)
        out.push(...fileBlock(file, p), '');
    for (const note of options.notes ?? [])
        out.push(terminalText(note));
    if (options.notes && options.notes.length > 0)
        out.push('');
    out.push(summaryLine(report, p));
    return noWorkflowCommands(out.join('\n') + '\n');
}
function fileBlock(file, p) {
    const lines = [
        `${p.bold(p.underline(terminalText(portablePath(file.path))))}  ${p.dim(terminalText(describeFile(file)))}`
    ];
    if (file.findings.length === 0 && !hasChanges(file.changes)) {
        lines.push(`  ${p.green('all handoff items present')}`);
        return lines;
    }
    const where = file.findings.map((f) => `${f.line}:${f.column}`);
    const whereWidth = Math.max(0, ...where.map((w) => w.length));
    const items = file.findings.map((f) => terminalText(f.item));
    const itemWidth = Math.max(0, ...items.map((item) => item.length));
    file.findings.forEach((f, i) => {
        const severity = f.waived ? 'waived' : f.severity;
        const label = paintSeverity(severity.padEnd(SEVERITY_WIDTH), f.waived ? undefined : f.severity, p);
        const message = f.waived
            ? `${terminalText(f.message)} ${p.dim(`(waived by ${terminalText(f.waived.by)}: ${terminalText(f.waived.reason)})`)}`
            : terminalText(f.message) + (f.origin === 'pre-existing' ? ` ${p.dim('(pre-existing)')}` : '');
        lines.push(`  ${p.dim(where[i].padEnd(whereWidth))}  ${label}  ${items[i].padEnd(itemWidth)}  ${message}`);
    });
    if (file.changes && hasChanges(file.changes))
        lines.push(...changesBlock(file.changes, file.path, p));
    if (file.downstream && file.downstream.length > 0)
        lines.push(...downstreamText(downstreamOf(file)));
    return lines;
}
function paintSeverity(text, severity, p) {
    if (severity === 'error')
        return p.red(text);
    if (severity === 'warning')
        return p.yellow(text);
    if (severity === 'notice')
        return p.cyan(text);
    return p.dim(text);
}
function hasChanges(changes) {
    return changes !== undefined && (changes.verdict !== 'unchanged' || changes.migration !== undefined);
}
function changesBlock(changes, path, p) {
    const version = terminalText(`${changes.baseVersion ?? '?'} \u2192 ${changes.headVersion ?? '?'}`);
    const verdict = changes.verdict === 'breaking'
        ? p.red('breaking')
        : changes.verdict === 'unchanged'
            ? 'unchanged'
            : 'compatible';
    const renamed = changes.basePath && changes.basePath !== path ? `, renamed from ${terminalText(changes.basePath)}` : '';
    const migrated = changes.migration ? `, ${terminalText(migrationText(changes.migration))}` : '';
    const rows = changes.changes.map((c) => [
        c.line !== undefined ? String(c.line) : '-',
        c.level,
        c.rule,
        c.path,
        `${value(c.old)} \u2192 ${value(c.new)}`,
        c.message
    ].map(terminalText));
    const widths = [0, 1, 2, 3, 4].map((col) => Math.max(0, ...rows.map((r) => r[col].length)));
    const lines = [
        `  contract changes: ${verdict} (version ${version}, ${terminalText(changes.bump)} bump${renamed}${migrated})`
    ];
    rows.forEach((row, i) => {
        const level = changes.changes[i].level;
        const cells = row.slice(0, 5).map((cell, col) => cell.padEnd(widths[col]));
        cells[1] =
            level === 'error' ? p.red(cells[1]) : level === 'warning' ? p.yellow(cells[1]) : p.cyan(cells[1]);
        cells[0] = p.dim(cells[0]);
        lines.push(`    ${cells.join('  ')}  ${row[5]}`);
    });
    return lines;
}
function value(v) {
    if (v === undefined)
        return '\u2014';
    const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    const chars = [...text];
    return chars.length > 40 ? chars.slice(0, 37).join('') + '...' : text;
}
function summaryLine(report, p) {
    const { files, errors, warnings, notices, waived } = report.summary;
    const failing = report.files.filter((f) => f.findings.some((x) => x.severity === 'error' && gates(x, report.gate))).length;
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')];
    if (waived > 0)
        counts.push(`${waived} waived`);
    const preExisting = report.summary.preExisting ?? 0;
    if (preExisting > 0)
        counts.push(`${preExisting} pre-existing${report.gate === 'new' ? ', not failing (gate: new)' : ''}`);
    const text = `${plural(files, 'file')} checked: ${counts.join(', ')}`;
    if (report.result === 'fail')
        return p.bold(p.red(`\u2716 ${text} (${plural(failing, 'file')} failing)`));
    return p.bold(p.green(`\u2714 ${text}`));
}

const FORMATS$1 = ['text', 'json', 'markdown', 'sarif', 'junit', 'gitlab'];
function isOutputFormat(value) {
    return FORMATS$1.includes(value);
}
function render$1(format, report, options) {
    switch (format) {
        case 'text':
            return renderText(report, { color: options.color, notes: options.notes });
        case 'json':
            return renderJson(report, { notes: options.notes });
        case 'markdown':
            return renderMarkdown$1(report, { ...options.markdown, notes: options.notes });
        case 'sarif':
            return renderSarif(report, { toolVersion: options.toolVersion, informationUri: options.informationUri });
        case 'junit':
            return renderJunit(report, options.items !== undefined ? { items: options.items } : {});
        case 'gitlab':
            return renderGitlab(report);
    }
}
/**
 * The report in pieces of about `size` characters or more, for writing a large run's report without its whole text in
 * memory: the JSON report is made FILES_PER_PIECE files at a time; the other formats are one piece.
 */
function* renderChunks(format, report, options, size = 1 << 16) {
    if (format !== 'json') {
        yield render$1(format, report, options);
        return;
    }
    let pending = '';
    for (const chunk of renderJsonChunks(report, { notes: options.notes })) {
        pending += chunk;
        if (pending.length >= size) {
            yield pending;
            pending = '';
        }
    }
    if (pending !== '')
        yield pending;
}

// The command line, parsed once into a typed object; everything after this sees `CliOptions`, never argv.
const USAGE = `Usage: handoff-check [paths...] [options]
       handoff-check diff OLD NEW [--format text|json|markdown] [--config FILE] [--no-color]
       handoff-check init contract|model-card ... (handoff-check init --help)
       handoff-check impact CONTRACT... [--format text|json|markdown|mermaid] [--cwd DIR] [--config FILE]

Checks data contracts and ML model cards for every handoff item. \`diff\` prints what changed between two
versions of a contract and whether the version change announces it (handoff-check diff --help). \`init\`
writes a new contract or model card with every handoff item in place (handoff-check init --help). \`impact\`
lists the model cards that depend on a contract (handoff-check impact --help).

Arguments:
  paths                   Files or directories to check (default: discover under the working directory).
                          A file named here is always checked; one that is not a contract or model card
                          is reported.

Options:
  --changed-since REF     Check only files changed between REF and the working tree (plus untracked files),
                          and compare each changed, renamed or deleted contract with its version at REF.
  --format FORMAT         Output format: ${FORMATS$1.join(', ')} (default: text).
  --config FILE           Config file (default: .github/handoff.yml when present, else built-in defaults).
  --cwd DIR               Run as if started in DIR: paths, --config and --output are relative to it.
  --output FILE           Write the report to FILE instead of standard output.
  --as-discovered         Check named files as discovered ones: a file outside the configured paths, or
                          not a contract or model card, is skipped (for git hooks that pass every staged file).
  --jobs N                Check files on at most N threads (default: one per core when there are many
                          files; 1 checks in the main thread). The report is the same whatever N is.
  --no-color              No colours in the text format (also: NO_COLOR=1; FORCE_COLOR=1 forces them).
  --demo                  Always exit 0, whatever the findings (for demonstrations; usage errors still exit 2).
  -h, --help              Show this help.
  -v, --version           Show the version.

Exit codes: 0 no error-severity findings, 1 at least one, 2 usage or configuration error.
`;
/** More threads than this only add start-up cost on any machine the CLI runs on. */
const MAX_JOBS = 64;
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = parseArgs$1({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                'changed-since': { type: 'string' },
                format: { type: 'string', short: 'f' },
                config: { type: 'string', short: 'c' },
                cwd: { type: 'string' },
                output: { type: 'string', short: 'o' },
                'as-discovered': { type: 'boolean' },
                jobs: { type: 'string', short: 'j' },
                'no-color': { type: 'boolean' },
                demo: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    }
    catch (err) {
        return { ok: false, message: messageOf(err) };
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'text';
    if (!isOutputFormat(format)) {
        return { ok: false, message: `Unknown --format "${format}": use one of ${FORMATS$1.join(', ')}.` };
    }
    for (const key of ['changed-since', 'config', 'cwd', 'output']) {
        if (values[key] === '')
            return { ok: false, message: `--${key} needs a value.` };
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
        return { ok: false, message: `--jobs takes a whole number from 1 to ${MAX_JOBS}, got "${values.jobs}".` };
    }
    return {
        ok: true,
        options: {
            paths: positionals,
            ...(values['changed-since'] !== undefined ? { changedSince: values['changed-since'] } : {}),
            format,
            ...(values.config !== undefined ? { config: values.config } : {}),
            ...(values.cwd !== undefined ? { cwd: values.cwd } : {}),
            ...(values.output !== undefined ? { output: values.output } : {}),
            ...(jobs !== undefined ? { jobs } : {}),
            asDiscovered: values['as-discovered'] ?? false,
            color: !values['no-color'],
            demo: values.demo ?? false,
            help: values.help ?? false,
            version: values.version ?? false
        }
    };
}
/** Colours when asked for and wanted: --no-color wins, then FORCE_COLOR, then NO_COLOR, then whether stdout is a TTY. */
function useColor(flag, env, isTTY) {
    if (!flag)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return isTTY;
}

// Finding CODEOWNERS for the owner items' `owners.codeowners` option; parsing is the checks' own parser, so the
// CLI and the Action read the file the same way.
async function readCodeowners(root) {
    for (const location of CODEOWNERS_LOCATIONS) {
        try {
            return parseCodeowners(await readFile(join(root, location), 'utf8'));
        }
        catch {
            // Not at this location; GitHub tries the next one too.
        }
    }
    return undefined;
}

// The CLI's one door to `.github/handoff.yml`: the real loader, so the CLI, the Action and the docs agree on every
// key, default and message (a bad config is a ConfigError naming the file, the key and its line).
function loadConfigFile(text, path) {
    return loadConfig(text, path);
}

// The pieces of YAML text every skeleton is written with.
/** A string as a YAML double-quoted scalar: JSON's escapes are YAML's, so nothing in it is read as YAML. */
function yamlString(value) {
    return JSON.stringify(value);
}
/** The header every skeleton starts with, as YAML comments. */
function header(what) {
    return [
        `# ${what}, written by \`handoff-check init\`.`,
        '# Every handoff item is in place with a comment saying what it means. The empty values are yours to choose:',
        '# handoff-check reports each one until it is filled.'
    ];
}
/** Lines joined into a file's text, ending with a newline. */
function lines(...text) {
    return `${text.join('\n')}\n`;
}

const SCHEMA_URL$1 = 'https://raw.githubusercontent.com/handoff-check/handoff-check/v1/schemas/handoff-contract.schema.json';
const VERSION = '# contract.version: the semantic version of this contract; raise the major version with each breaking change.';
const OWNER$1 = [
    '# contract.owner: who answers for this data: a GitHub team ("@acme/data-platform"), user ("@alice") or email,',
    '# so a pull request that changes the contract can notify them.'
];
const SCHEMA = '# contract.schema: every table, view or topic, with each field named and typed. For example:';
/** A table as DCS `models` and the native `schema` both write it, as comment lines under `indent`. */
const tableExample = (indent) => [
    `#${indent}orders:`,
    `#${indent}  type: table`,
    `#${indent}  fields:`,
    `#${indent}    order_id: { type: string, required: true, primaryKey: true }`
];
const FRESHNESS = 'contract.freshness: the most the data may lag behind its source: 30m, 24h, 7d or ISO 8601 (PT24H).';
const odcs = {
    label: 'an ODCS v3.1.0 contract',
    fileName: (base) => `${base}.odcs.yaml`,
    text: (id) => lines(...header('An Open Data Contract Standard v3.1.0 contract'), 'apiVersion: v3.1.0', 'kind: DataContract', `id: ${yamlString(id)}`, VERSION, 'version: 0.1.0', '# The contract stays a draft until its consumers agree to it, then becomes active.', 'status: draft', ...OWNER$1, '# ODCS has no owner field: handoff-check reads this entry (or a `team` member whose role is owner).', 'customProperties:', '  - property: owner', '    value: ""', SCHEMA, '#   - name: orders', '#     physicalType: table', '#     properties:', '#       - { name: order_id, logicalType: string, physicalType: varchar(36), required: true, primaryKey: true }', 'schema: []', '# contract.freshness: the most the data may lag behind its source: a number (`value`) of `unit`s (m, h or d).', 'slaProperties:', '  - property: freshness', '    value: ""', '    unit: h')
};
const dcs = {
    label: 'a Data Contract Specification 1.2.1 contract',
    fileName: (base) => `${base}.datacontract.yaml`,
    text: (id) => lines(...header('A Data Contract Specification 1.2.1 contract'), 'dataContractSpecification: 1.2.1', `id: ${yamlString(id)}`, 'info:', `  title: ${yamlString(id)}`, `  ${VERSION}`, '  version: 0.1.0', ...OWNER$1.map((line) => `  ${line}`), '  owner: ""', `${SCHEMA}`, '# (the specification needs at least one model, so `models` is left out until you add one)', '# models:', ...tableExample('   '), 'servicelevels:', '  freshness:', `    # ${FRESHNESS}`, '    threshold: ""')
};
const native = {
    label: 'a handoff-check contract',
    fileName: (base) => `${base}.contract.yaml`,
    text: (id) => lines(`# yaml-language-server: $schema=${SCHEMA_URL$1}`, ...header('A handoff-check contract'), 'apiVersion: handoff-check/v1', 'kind: HandoffContract', `id: ${yamlString(id)}`, VERSION, 'version: 0.1.0', ...OWNER$1, 'owner: ""', `# ${FRESHNESS}`, 'freshness: ""', SCHEMA, ...tableExample('   '), 'schema: {}')
};
const CONTRACTS = { odcs, dcs, native };

const SCHEMA_URL = 'https://raw.githubusercontent.com/handoff-check/handoff-check/v1/schemas/handoff-model-card.schema.json';
const OWNER = [
    '# model.owner: who answers for the model: a GitHub team ("@acme/ml-platform"), user ("@alice") or email.',
    'owner: ""'
];
/** From the artifact on: the items both formats write alike. */
const SERVING = [
    'artifact:',
    '  # artifact.format: the format of the file that is served: onnx, torchscript, safetensors, sklearn-joblib, \u2026',
    "  # Add `path:` with the artifact's location when it is in the repository; its extension must agree (.onnx).",
    '  format: ""',
    'serving:',
    '  # serving.latency: the latency target: a number with a time unit, after an optional statistic (p95 < 50ms).',
    '  latency: ""',
    '  # serving.throughput: the throughput target: a number with a rate unit (200 rps, 12000 rpm).',
    '  throughput: ""',
    'monitoring:',
    '  # monitoring.drift: the drift signal watched in production and the threshold that alerts (psi, 0.2).',
    '  drift: { metric: "", threshold: "" }',
    '  # monitoring.accuracy: the quality metric watched in production and the threshold that alerts (roc_auc, 0.85).',
    '  accuracy: { metric: "", threshold: "" }',
    '  # monitoring.latency: the latency statistic watched in production and the threshold that alerts (p95, 80ms).',
    '  latency: { metric: "", threshold: "" }',
    'ownership:',
    '  # ownership.drift: who fixes the model when its input data or its predictions drift.',
    '  drift: ""',
    '  # ownership.rollback: who rolls the model back when it misbehaves in production.',
    '  rollback: ""'
];
const MODEL_CARD_ITEMS = {
    label: 'a handoff-check model card',
    fileName: (base) => `${base}.modelcard.yaml`,
    text: (name) => lines(`# yaml-language-server: $schema=${SCHEMA_URL}`, ...header('A handoff-check model card'), 'apiVersion: handoff-check/v1', 'kind: ModelCard', `name: ${yamlString(name)}`, '# The version of the model itself, raised with each release.', 'version: 0.1.0', ...OWNER, 'trainingData:', '  # training-data.location: where the training data is: a URI (s3://\u2026), a path or a dataset id.', '  location: ""', '  # training-data.version: the snapshot trained on, pinned: a date, semver, commit SHA or dataset revision.', '  version: ""', ...LINK.map((line) => `  ${line}`), 'evaluation:', '  # evaluation.metrics: each metric measured on held-out data, with its name (roc_auc) and numeric value.', '  # evaluation.baseline: what each metric is compared with: the model this one replaces, or a simple heuristic.', '  metrics:', '    - { name: "", value: "", baseline: "" }', ...SERVING)
};
/**
 * The link to the contract the training data comes from (training-data.contract), under `trainingData`: commented
 * out, since an empty link is not valid against the schema and a card may have none.
 */
const LINK = [
    '# training-data.contract: the data contract the training data comes from, by its path or `id`, and the',
    '# contract versions the model was validated against (a card may have none: until then, a notice):',
    '# contract: contracts/orders.odcs.yaml',
    '# contractVersion: ^1.0.0'
];
const HUGGINGFACE_CARD = {
    label: 'a Hugging Face model card',
    fileName: () => 'README.md',
    text: (name) => lines('---', ...header('A Hugging Face model card'), '# The Hub reads `datasets` and `model-index`; the rest is in the `handoff` block, which the Hub ignores.', '# training-data.location: the Hub datasets the model is trained on, by id (acme/support-tickets).', 'datasets: []', 'model-index:', `  - name: ${yamlString(name)}`, '    results:', '      # The task (text-classification, \u2026) and the dataset each result was measured on.', '      # training-data.version: the dataset `revision` (a commit of the dataset repository), pinned.', '      # evaluation.metrics: each metric by its type (accuracy, f1), with a numeric value.', '      - task: { type: "" }', '        dataset: { type: "", name: "", revision: "" }', '        metrics:', '          - { type: "", value: "" }', 'handoff:', ...[
        ...OWNER,
        // One line: a `trainingData:` key holding only comments would be null, which the schema refuses.
        ...LINK.slice(0, 2),
        '# trainingData: { contract: contracts/orders.odcs.yaml, contractVersion: ^1.0.0 }',
        'evaluation:',
        '  # evaluation.baseline: what each metric is compared with, keyed by its type: { accuracy: 0.87 }.',
        '  baselines: {}',
        ...SERVING
    ].map((line) => `  ${line}`), '---', '', `# ${name}`)
};

// The skeletons `handoff-check init` writes: one per standard, each with every handoff item in place and a comment
// saying what it means. What the author must choose is left empty ("", [] or {}), never a placeholder that passes,
// so the checks report each value until it is filled; every skeleton is valid against its standard's JSON Schema.
const CONTRACT_STANDARDS = ['odcs', 'dcs', 'native'];
const MODEL_CARD_FORMATS = ['native', 'huggingface'];
const MODEL_CARDS = {
    native: MODEL_CARD_ITEMS,
    huggingface: HUGGINGFACE_CARD
};
function skeletonFor(target) {
    return target.kind === 'contract' ? CONTRACTS[target.standard] : MODEL_CARDS[target.format];
}

// `handoff-check init`: writes a skeleton contract or model card (src/init/) to a new file, never over one.
const INIT_USAGE = `Usage: handoff-check init contract --standard ${CONTRACT_STANDARDS.join('|')} --id ID [--output FILE]
       handoff-check init model-card --format ${MODEL_CARD_FORMATS.join('|')} --name NAME [--output FILE]

Writes a skeleton with every handoff item in place and a comment saying what each means. What you must choose
is left empty, so handoff-check reports it until it is filled. Never overwrites a file.

Options:
  --standard STANDARD  The contract's standard: odcs (ODCS v3.1.0), dcs (Data Contract Specification 1.2.1)
                       or native (handoff-check's own).
  --format FORMAT      The model card's format: native (handoff-check's own YAML) or huggingface (a README.md).
  --id ID              The contract's id (an ODCS or DCS id may be a URN such as urn:acme:orders).
  --name NAME          The model's name.
  --output FILE        Where to write (default: ID.odcs.yaml, ID.datacontract.yaml, ID.contract.yaml,
                       NAME.modelcard.yaml or README.md, from the last segment of the id or name).
  -h, --help           Show this help.
`;
let UsageError$2 = class UsageError extends Error {
};
/** A default file name is the id's or name's last `:` or `/` segment, when it is a plain file name. */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
async function runInitCommand(args, io) {
    try {
        const parsed = parseInit(args);
        if (parsed === 'help') {
            io.stdout(INIT_USAGE);
            return EXIT.pass;
        }
        const { target, value, output } = parsed;
        const skeleton = skeletonFor(target);
        const base = value.split(/[:/]/).pop() ?? '';
        if (output === undefined && !PLAIN_NAME.test(base)) {
            throw new UsageError$2(`"${value}" makes no plain file name: name the file with --output FILE.`);
        }
        const path = output ?? skeleton.fileName(base);
        await create(resolve(io.cwd, path), path, skeleton.text(value));
        io.stdout(`Wrote ${path}, ${skeleton.label}. Fill in what \`handoff-check ${path}\` reports.\n`);
        return EXIT.pass;
    }
    catch (err) {
        if (!(err instanceof UsageError$2))
            throw err;
        io.stderr(`handoff-check init: ${err.message}\nRun handoff-check init --help for usage.\n`);
        return EXIT.usage;
    }
}
function parseInit(args) {
    let parsed;
    try {
        parsed = parseArgs$1({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                standard: { type: 'string' },
                format: { type: 'string' },
                id: { type: 'string' },
                name: { type: 'string' },
                output: { type: 'string', short: 'o' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        throw new UsageError$2(messageOf(err));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.output === '')
        throw new UsageError$2('--output needs a value.');
    const output = values.output !== undefined ? { output: values.output } : {};
    const [what, ...extra] = positionals;
    if (extra.length > 0)
        throw new UsageError$2(`unexpected argument "${extra[0]}".`);
    if (what === 'contract') {
        if (values.format !== undefined || values.name !== undefined) {
            throw new UsageError$2('a contract takes --standard and --id, not --format or --name.');
        }
        const standard = oneOf('--standard', values.standard, CONTRACT_STANDARDS);
        const id = required('--id', values.id);
        return { target: { kind: 'contract', standard, id }, value: id, ...output };
    }
    if (what === 'model-card') {
        if (values.standard !== undefined || values.id !== undefined) {
            throw new UsageError$2('a model card takes --format and --name, not --standard or --id.');
        }
        const format = oneOf('--format', values.format, MODEL_CARD_FORMATS);
        const name = required('--name', values.name);
        return { target: { kind: 'model-card', format, name }, value: name, ...output };
    }
    throw new UsageError$2(what === undefined
        ? 'say what to write: contract or model-card.'
        : `unknown "${what}": write contract or model-card.`);
}
function oneOf(flag, value, allowed) {
    const found = allowed.find((a) => a === value);
    if (found === undefined) {
        throw new UsageError$2(`${flag} takes ${allowed.join(', ')}${value === undefined ? '' : `, got "${value}"`}.`);
    }
    return found;
}
/** An id or name: written into YAML quoted, but never with control characters, which no id or name has. */
function required(flag, value) {
    const text = value?.trim() ?? '';
    if (text === '')
        throw new UsageError$2(`${flag} needs a value.`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(text))
        throw new UsageError$2(`${flag} has a control character: write it on one line.`);
    return text;
}
/** Writes a new file; an existing one is never replaced. */
async function create(target, named, text) {
    try {
        await writeFile(target, text, { encoding: 'utf8', flag: 'wx' });
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            throw new UsageError$2(`${named} already exists: init never overwrites a file. Remove it or choose --output.`);
        }
        const reason = code === 'ENOENT' ? 'its directory does not exist' : (code ?? messageOf(err));
        throw new UsageError$2(`cannot write ${named}: ${reason}.`);
    }
}

/** Text that may hold a link key (`contract:`, `"contract":`); a card without one needs no parse here. */
const LINK_KEY = /(?:^|[\s{,])["']?contract["']?\s*:/m;
/**
 * Whether a checked file is a model card that may name a contract. Its report says so when it names none (the
 * `training-data.contract` item's missing notice), so most cards are not read again; otherwise `text` is read and
 * searched for a link key.
 */
function mayLink(report, text) {
    if (report.kind !== 'model-card')
        return false;
    if (report.findings.some((f) => f.item === 'training-data.contract' && f.status === 'missing'))
        return false;
    return LINK_KEY.test(text());
}
/**
 * The links index of the repository under `root`: every candidate file is read and sniffed; the contracts the sniff
 * recognises and the files that may hold a link are parsed.
 */
async function scanRepository(root, config) {
    const paths = discover(root, root, candidateMatcher(config));
    const entries = paths.map((path) => {
        const file = readCandidate(root, path, false, config.limits.maxFileBytes);
        if (!file || file.unreadable)
            return undefined;
        const kinds = new Set(formats.filter((f) => f.sniff(file.text, path)).map((f) => f.kind));
        if (!kinds.has('contract') && !LINK_KEY.test(file.text))
            return undefined;
        const read = readDoc(file);
        return read && entryOf(path, read);
    });
    return buildLinksIndex(entries);
}
/**
 * The run's reports with the links resolved, once the pool has checked the files: when the run checked a model card
 * that may name a contract, or changed a contract, the repository is scanned; each checked card that links is checked again against the
 * repository's contracts (the pool's workers had none), and each changed or removed contract gets its downstream.
 */
async function withLinks(reports, tasks, env) {
    const changed = reports.some((r) => r.kind === 'contract' && r.changes !== undefined);
    // Only cards that may hold a link need the repository: a run of cards without links costs no scan.
    const text = (r) => readCandidate(env.root, r.path, false, env.maxFileBytes)?.text ?? '';
    if (!changed && !reports.some((r) => mayLink(r, () => text(r))))
        return [...reports];
    const index = await scanRepository(env.root, env.ctx.config);
    const linking = new Set(index.cards.map((c) => c.path));
    const linkedEnv = { ...env, ctx: { ...env.ctx, contracts: index.contracts } };
    const again = new Map();
    for (const task of tasks) {
        if (task.head && task.head.notFile === undefined && linking.has(task.head.path)) {
            again.set(task.head.path, await runTask(task, linkedEnv));
        }
    }
    const out = [];
    const removedIds = new Map();
    for (const report of reports) {
        const checked = again.has(report.path) ? again.get(report.path) : report;
        if (!checked)
            continue;
        if (checked.kind === 'contract' && checked.changes !== undefined && env.ref !== undefined) {
            const id = await removedId(checked, env);
            if (id !== undefined)
                removedIds.set(checked.path, id);
        }
        out.push(checked);
    }
    const updates = env.ref === undefined ? new Map() : await cardUpdates(tasks, env, linking);
    return guardDownstream({
        reports: out,
        cards: index.cards,
        contracts: index.contracts,
        removedIds,
        updates,
        severity: env.ctx.config.items['contract.downstream']
    });
}
/** The changed cards that link to a contract, each with its entry at the ref (none: added since). */
async function cardUpdates(tasks, env, linking) {
    const updates = new Map();
    for (const task of tasks) {
        if (!task.head || !linking.has(task.head.path))
            continue;
        const text = task.base === undefined ? undefined : await blobAt(env.root, env.ref, task.base);
        const read = text === undefined ? undefined : readDoc({ path: task.base, text });
        const base = read && entryOf(task.base, read);
        updates.set(task.head.path, base && isCardEntry(base) ? { base } : {});
    }
    return updates;
}
/** A removed contract's id at the ref, so cards that name it by id are found too. */
async function removedId(report, env) {
    if (!report.changes?.changes.some((c) => c.rule === 'contract-removed'))
        return undefined;
    const text = await blobAt(env.root, env.ref, report.path);
    const read = text === undefined ? undefined : readDoc({ path: report.path, text });
    return read?.doc.kind === 'contract' && typeof read.doc.id?.value === 'string'
        ? read.doc.id.value
        : undefined;
}

// `handoff-check impact CONTRACT...`: the model cards that depend on each contract, their owners and the range each
// expects, as text, JSON, Markdown or a Mermaid graph. Exit 1 when the contract's current version breaks one.
const IMPACT_USAGE = `Usage: handoff-check impact CONTRACT... [--format text|json|markdown|mermaid] [--cwd DIR] [--config FILE]

Lists, for each contract (a path, or a contract id), the model cards of the repository that name it
(trainingData.contract, serving.inputs[].contract), with their owners (model.owner, ownership.drift), the
version range each expects, and whether the contract's current version satisfies it.
Exit 0: every dependent's range holds; 1: the contract breaks one; 2: usage error.

Options:
  --format FORMAT   text (default), json, markdown or mermaid (a graph GitHub renders in a \`\`\`mermaid block).
  --cwd DIR         The repository root (default: the working directory).
  --config FILE     Config file whose paths are searched (default: .github/handoff.yml when present).
  --no-color        Accepted as the main command accepts it; the output is never coloured.
  -h, --help        Show this help.
`;
const FORMATS = ['text', 'json', 'markdown', 'mermaid'];
let UsageError$1 = class UsageError extends Error {
};
async function runImpactCommand(args, io, readConfig) {
    try {
        const options = parse(args);
        if (options === 'help') {
            io.stdout(IMPACT_USAGE);
            return EXIT.pass;
        }
        const root = resolve(io.cwd, options.cwd ?? '.');
        if (options.cwd !== undefined && (await resolvePath(io.cwd, options.cwd))?.kind !== 'directory') {
            throw new UsageError$1(`--cwd: no such directory: ${options.cwd}`);
        }
        const config = await readConfig(root, options.config).catch((err) => {
            throw new UsageError$1(messageOf(err));
        });
        const index = await scanRepository(root, config);
        const entries = [];
        for (const named of options.contracts)
            entries.push(await downstream(root, index, named));
        io.stdout(render(entries, options.format));
        return entries.some((e) => e.downstream.some(breaks)) ? EXIT.fail : EXIT.pass;
    }
    catch (err) {
        if (!(err instanceof UsageError$1))
            throw err;
        io.stderr(`handoff-check impact: ${err.message}\n`);
        return EXIT.usage;
    }
}
/** The contract a name means (a file under the root, else a contract id) and the cards that name it. */
async function downstream(root, index, named) {
    const file = await resolvePath(root, named);
    const byPath = file?.kind === 'file' ? index.contracts.find((c) => c.path === file.path) : undefined;
    if (file?.kind === 'file' && !byPath) {
        throw new UsageError$1(`${named} is not a data contract handoff-check recognises (ODCS, DCS or kind: HandoffContract)`);
    }
    const found = byPath
        ? { kind: 'found', contract: byPath }
        : resolveContract(index.contracts, named);
    if (found.kind === 'none')
        throw new UsageError$1(`no contract has the path or id ${named}`);
    if (found.kind === 'ambiguous') {
        throw new UsageError$1(`${named} is the id of ${found.paths.join(', ')}: name one by its path`);
    }
    const { path, id, version } = found.contract;
    return {
        path,
        ...(id !== undefined ? { id } : {}),
        ...(version !== undefined ? { version } : {}),
        downstream: dependentsOf(index.cards, {
            paths: [path],
            ...(id !== undefined ? { id } : {}),
            ...(version !== undefined ? { version } : {})
        })
    };
}
function render(entries, format) {
    switch (format) {
        case 'json':
            return JSON.stringify({ version: 1, contracts: entries }, null, 2) + '\n';
        case 'mermaid':
            return mermaidGraph(entries) + '\n';
        case 'markdown':
            return entries
                .flatMap((e) => [
                `### ${codeSpan(e.path)}${e.version !== undefined ? ` ${codeSpan(e.version)}` : ''}`,
                '',
                ...downstreamTable(e),
                ''
            ])
                .join('\n');
        case 'text':
            return noWorkflowCommands(entries
                .flatMap((e) => [
                terminalText(`${e.path}${e.id !== undefined ? ` (${e.id})` : ''}, version ${e.version ?? 'none'}`),
                ...downstreamText(e),
                ''
            ])
                .join('\n'));
    }
}
function parse(args) {
    let parsed;
    try {
        parsed = parseArgs$1({
            args,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                cwd: { type: 'string' },
                config: { type: 'string', short: 'c' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        throw new UsageError$1(`${messageOf(err)}\n${IMPACT_USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new UsageError$1(`unknown format ${format}; use one of ${FORMATS.join(', ')}`);
    }
    for (const key of ['cwd', 'config']) {
        if (values[key] === '')
            throw new UsageError$1(`--${key} needs a value`);
    }
    if (positionals.length === 0)
        throw new UsageError$1(`name at least one contract\n${IMPACT_USAGE}`);
    return {
        contracts: positionals,
        format: format,
        ...(values.cwd !== undefined ? { cwd: values.cwd } : {}),
        ...(values.config !== undefined ? { config: values.config } : {})
    };
}

/** A writer for `stream` that drops the rest of the output, quietly, once the reader has closed the pipe. */
function pipeWriter(stream) {
    let closed = false;
    stream.on('error', (err) => {
        if (err.code !== 'EPIPE')
            throw err;
        closed = true;
    });
    return (text) => {
        if (!closed)
            stream.write(text);
    };
}

// V8 settings for a CLI run, set before any hot code is compiled. V8's flags are process-wide, so the worker
// threads started later run with them too.
/**
 * TurboFan's budget for inlining into one function. ajv's generated validators are large functions calling one
 * another, and with V8's default budget each is optimised with most of the others inlined into it: long compile
 * jobs, repeated for every thread. A smaller budget compiles less for the same code. On V8 11 (Node 20), over the
 * benchmark's 10,000 files: ~5% less wall time and ~7% less CPU, the same with one thread or two. From V8 12 (Node
 * 22, 24) Maglev compiles most of this code first and the budget made no measurable difference, so it is left at
 * V8's default there.
 */
const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative=100';
/** The flags set for a process running V8 `v8Version` (process.versions.v8). */
function tuningFlags(v8Version) {
    const major = Number.parseInt(v8Version, 10);
    return Number.isInteger(major) && major < 12 ? [INLINING_FLAG] : [];
}
function tuneV8(v8Version = process.versions.v8, set = setFlagsFromString) {
    for (const flag of tuningFlags(v8Version))
        set(flag);
}
/**
 * V8 lends every isolate helper threads: young-generation collections are split over them and TurboFan compiles in
 * the background. When the run's workers already keep every core busy, those helpers only take turns with the
 * workers, and each hand-over costs a wake-up and cold caches: each worker does better collecting and compiling in
 * its own thread. Over the benchmark's 10,000 files on 2 cores, paired runs: ~10% less wall time on Node 20, ~16% on
 * Node 24, and ~10 MB less peak memory. The scavenge flag is read at every collection, so the main thread (idle
 * while the workers run) collects alone from then on too; the compiler flag is read when an isolate starts, so it
 * concerns only the workers started after it. Both are safe to set at run time (--single-threaded-gc is not: V8
 * aborted in tries).
 */
const WORKER_FLAGS = ['--no-parallel-scavenge', '--no-concurrent-recompilation'];
/** The flags set before `workers` worker threads start on a machine of `cores` cores. */
function workerFlags(workers, cores) {
    return workers >= cores ? WORKER_FLAGS : [];
}
/** Called before a run starts its workers (pool.ts); a run with fewer workers than cores keeps V8's defaults. */
function tuneForWorkers(workers, cores = availableParallelism(), set = setFlagsFromString) {
    for (const flag of workerFlags(workers, cores))
        set(flag);
}

// Spreads a run's tasks over worker threads, one per core by default (`--jobs N`), while this thread hands them out
// and gathers the reports. It hands back the reports in the order of the tasks, so a parallel run prints exactly
// what a single-threaded one does. Small runs stay in this thread: a worker costs tens of milliseconds to start.
/**
 * Below this many tasks per thread, starting workers costs more than it saves (when --jobs is not given): each starts,
 * loads the bundle and warms up its own JIT. Measured on a 2-core runner: at 1,000 files this thread alone takes
 * 1.1 to 1.25 s and two workers 1.4 to 1.55 s; at 10,000 the two workers take 4.4 to 4.55 s against 5.05 to 5.2 s.
 */
const TASKS_PER_WORKER = 1500;
/**
 * A worker's heap. Checking a file makes short-lived garbage that dies in a young generation of this size, and a
 * bounded old generation makes the thread collect what was promoted instead of growing (on its own, V8 lets an old
 * generation grow about fourfold before it collects), so memory stays flat however many files a run has. A file
 * too large for it (a megabyte of YAML read by the full parser) is checked in the main thread instead (inThreads).
 * At 10,000 files a 6 MB young generation peaks 12 to 15 MB lower than 8 to 12 MB for the same time (paired runs,
 * with the worker flags of v8-tuning.ts), and 4 MB no lower again.
 */
const LIMITS = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 32 };
/** Tasks a thread takes at a time: large enough to amortise messages, small enough to balance the load. */
const CHUNK = 24;
/** How many threads check a run of `tasks` tasks: 1 means this thread alone, more that many worker threads. */
function threadCount(tasks, jobs, cores = availableParallelism()) {
    const n = jobs ?? Math.min(cores, Math.floor(tasks / TASKS_PER_WORKER));
    return Math.max(1, Math.min(n, tasks));
}
async function runTasks(tasks, env, options = {}) {
    const threads = options.workerUrl ? threadCount(tasks.length, options.jobs) : 1;
    try {
        if (threads === 1)
            return await inThisThread(tasks, env);
        const order = affinityOrder(tasks);
        const reports = await inThreads(order.map((i) => tasks[i]), env, threads, options.workerUrl, options.limits ?? LIMITS);
        const results = new Array(tasks.length);
        order.forEach((task, k) => (results[task] = reports[k]));
        return results;
    }
    finally {
        stopSpares();
        // What this thread read at the ref (all of it, or what a worker could not hold) is done with.
        closeBlobReaders();
    }
}
/** Spare workers, oldest first; a run takes them before it starts workers of its own. */
const spares = [];
/**
 * Start workers until `count` spares wait, so they load the bundle while this thread still discovers files (a worker
 * takes ~100 ms to be ready). They do not keep the process alive, and the next runTasks takes or stops them.
 */
function prestartWorkers(count, url, limits = LIMITS) {
    // Discovery calls this for every file it finds past the threshold: once the spares wait, it has nothing to do.
    if (spares.length >= count)
        return;
    tuneForWorkers(count);
    while (spares.length < count) {
        const spare = { worker: newWorker(url, limits), url: url.href, limits };
        spare.worker.unref();
        spare.worker.once('error', (err) => (spare.failure ??= err));
        spare.worker.once('exit', (code) => (spare.failure ??= new Error(`exit code ${code}`)));
        spares.push(spare);
    }
}
function newWorker(url, limits) {
    return new Worker(url, { resourceLimits: limits });
}
/** Stop the spare workers no run took. */
function stopSpares() {
    for (const spare of spares.splice(0))
        void spare.worker.terminate();
}
/** A spare started with this script and heap, if one waits. */
function takeSpare(url, limits) {
    const at = spares.findIndex((s) => s.url === url.href &&
        s.limits.maxYoungGenerationSizeMb === limits.maxYoungGenerationSizeMb &&
        s.limits.maxOldGenerationSizeMb === limits.maxOldGenerationSizeMb);
    return at < 0 ? undefined : spares.splice(at, 1)[0];
}
/** Chunks a worker holds at a time: the next one is waiting when it posts a reply. */
const IN_FLIGHT = 2;
/**
 * `workerCount` workers take chunks of tasks from one queue until it is empty, half of them from its front and half
 * from its back (affinityOrder); this thread hands them out and keeps each chunk's reports as the bytes the worker
 * sent, read back once every chunk is in. Kept as bytes (outside the JavaScript heap, compact) the reports of a large
 * run neither grow this thread's heap while the workers run nor cost a copy of the objects per chunk until the end,
 * so the run's memory is the workers' bounded heaps plus a little per file.
 */
function inThreads(tasks, env, workerCount, url, limits) {
    /** Each chunk's reports by its first task: the bytes a worker sent, or the reports this thread made. */
    const chunkResults = new Map();
    const threads = new Set();
    /** The first task of each chunk a worker is checking. */
    const busy = new Map();
    const chunks = Math.ceil(tasks.length / CHUNK);
    /** The chunks not yet handed out, by index: [front, back). */
    let front = 0;
    let back = chunks;
    /** Which end of the order each worker takes its chunks from (affinityOrder). */
    const fromBack = new Map();
    return new Promise((resolvePromise, reject) => {
        let settled = false;
        const finish = (err) => {
            if (settled)
                return;
            settled = true;
            for (const t of threads)
                void t.terminate();
            if (err)
                reject(err);
            else
                resolvePromise(inOrder(tasks.length, chunkResults));
        };
        const chunkDone = (id, reports) => {
            chunkResults.set(id, reports);
            if (chunkResults.size === chunks)
                finish();
        };
        const take = (worker) => {
            if (front >= back)
                return undefined;
            return (fromBack.get(worker) ? --back : front++) * CHUNK;
        };
        const feed = (worker) => {
            const held = busy.get(worker);
            while (held.size < IN_FLIGHT) {
                const id = take(worker);
                if (id === undefined)
                    return;
                held.add(id);
                worker.postMessage({ id, tasks: tasks.slice(id, id + CHUNK) });
            }
        };
        // A file too big for a worker's heap is checked here, where the heap is the process's own; then a fresh
        // worker takes the dead one's place. Anything else a worker dies of fails the run.
        const outOfMemory = (worker) => {
            threads.delete(worker);
            const held = busy.get(worker) ?? new Set();
            busy.delete(worker);
            for (const id of held)
                inThisThread(tasks.slice(id, id + CHUNK), env).then((reports) => chunkDone(id, reports), finish);
            if (!settled && front < back)
                start(fromBack.get(worker) === true);
        };
        const start = (takesFromBack) => {
            if (settled)
                return;
            const spare = takeSpare(url, limits);
            if (spare?.failure) {
                finish(new Error(`a worker thread failed: ${spare.failure.message}`));
                return;
            }
            const worker = spare?.worker ?? newWorker(url, limits);
            worker.ref();
            worker.postMessage({ env });
            threads.add(worker);
            busy.set(worker, new Set());
            fromBack.set(worker, takesFromBack);
            worker.on('message', (reply) => {
                if ('error' in reply) {
                    const { name, message } = reply.error;
                    finish(name === 'ReadError' ? new ReadError(message) : new Error(message));
                    return;
                }
                busy.get(worker)?.delete(reply.id);
                feed(worker);
                chunkDone(reply.id, reply.bytes);
            });
            worker.on('error', (err) => {
                if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
                    outOfMemory(worker);
                else
                    finish(new Error(`a worker thread failed: ${err.message}`));
            });
            worker.on('exit', (code) => {
                if (!settled && threads.has(worker))
                    finish(new Error(`a worker thread stopped (exit code ${code}) before its files were checked`));
            });
            feed(worker);
        };
        tuneForWorkers(workerCount);
        for (let i = 0; i < workerCount; i++)
            start(i % 2 === 1);
    });
}
/**
 * The order the threads take the tasks in: grouped by the standard their file names suggest (`*.odcs.yaml`, a Data
 * Contract Specification `datacontract.yaml`, the rest, Markdown cards, other JSON), each group in the run's order.
 * Half the workers take chunks from the front of this order and half from the back, so until they meet in the middle
 * a thread checks one or two standards rather than all of them: it loads and warms up (V8 compiles each thread's hot
 * code for itself) the validators and readers of those alone. Only the schedule changes; runTasks hands back the
 * reports in the tasks' own order.
 */
function affinityOrder(tasks) {
    const group = tasks.map((task) => affinityGroup(task.head?.path ?? task.base ?? ''));
    return tasks.map((_, i) => i).sort((a, b) => group[a] - group[b] || a - b);
}
const ODCS_NAME = /\.odcs\.(ya?ml|json)$/;
function affinityGroup(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (ODCS_NAME.test(name))
        return 0;
    if (name.includes('datacontract'))
        return 1;
    if (name.endsWith('.md'))
        return 3;
    if (name.endsWith('.json'))
        return 4;
    return 2;
}
/** Every chunk's reports in the order of the tasks, the bytes read back one chunk at a time. */
function inOrder(count, chunkResults) {
    const results = new Array(count);
    for (const [id, reports] of chunkResults) {
        const list = reports instanceof Uint8Array ? deserialize(reports) : reports;
        list.forEach((r, k) => (results[id + k] = r ?? undefined));
    }
    return results;
}
async function inThisThread(tasks, env) {
    const results = [];
    for (const task of tasks)
        results.push(await runTask(task, env));
    return results;
}

// The package's own metadata, found by walking up from this module: src/cli/ in development, dist/ when bundled.
function packageInfo(from = import.meta.url) {
    let dir = dirname(fileURLToPath(from));
    for (;;) {
        try {
            const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
            if (typeof pkg === 'object' && pkg !== null && pkg.name === 'handoff-check') {
                const { version, homepage } = pkg;
                return {
                    version: typeof version === 'string' ? version : '0.0.0',
                    ...(typeof homepage === 'string' ? { homepage } : {})
                };
            }
        }
        catch {
            // No package.json here (or not readable): keep walking up.
        }
        const parent = dirname(dir);
        if (parent === dir)
            return { version: '0.0.0' };
        dir = parent;
    }
}

// The `handoff-check` command: argv and the process in, a report and an exit code out. main() touches the
// process only through CliIO, so tests call it directly; run() at the bottom is the process wrapper.
const DEFAULT_CONFIG_PATH = '.github/handoff.yml';
/**
 * The bundle's worker script, beside dist/cli.js. Run from the sources (the tests) there is none, and every task runs
 * in this thread; the bundle's own tests run the pool.
 */
const WORKER = new URL('./worker.js', import.meta.url);
/** A problem the user can fix: shown as `handoff-check: <message>`, exit 2. */
class UsageError extends Error {
}
async function main(argv, io, deps = { run: runTasks, prestart: prestartWorkers }) {
    if (argv[0] === 'diff') {
        return runDiffCommand(argv.slice(1), io, (config) => readConfig(io.cwd, { config }));
    }
    if (argv[0] === 'init')
        return runInitCommand(argv.slice(1), io);
    if (argv[0] === 'impact') {
        return runImpactCommand(argv.slice(1), io, (root, config) => readConfig(root, { config }));
    }
    const args = parseCliArgs(argv);
    if (!args.ok) {
        io.stderr(`handoff-check: ${args.message}\nRun handoff-check --help for usage.\n`);
        return EXIT.usage;
    }
    const options = args.options;
    if (options.help) {
        io.stdout(USAGE);
        return EXIT.pass;
    }
    const pkg = packageInfo();
    if (options.version) {
        io.stdout(`${pkg.version}\n`);
        return EXIT.pass;
    }
    try {
        const root = resolve(io.cwd, options.cwd ?? '.');
        if (options.cwd !== undefined && (await resolvePath(io.cwd, options.cwd))?.kind !== 'directory') {
            throw new UsageError(`--cwd: no such directory: ${options.cwd}`);
        }
        const config = await readConfig(root, options);
        const workerUrl = existsSync(fileURLToPath(WORKER)) ? WORKER : undefined;
        const selection = await selectFiles(root, options, config, earlyWorkers(options, deps, workerUrl));
        const notes = selection.notes;
        const codeowners = await readCodeowners(root);
        const env = {
            root,
            ...(options.changedSince !== undefined ? { ref: options.changedSince } : {}),
            maxFileBytes: config.limits.maxFileBytes,
            ctx: { config, ...(codeowners ? { codeowners } : {}) }
        };
        const tasks = tasksOf(selection, options.changedSince !== undefined);
        const results = await deps.run(tasks, env, {
            ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
            ...(workerUrl ? { workerUrl } : {})
        });
        const checked = results.filter((r) => r !== undefined);
        const report = buildReport(await withLinks(checked, tasks, env), config.gate);
        const output = renderChunks(options.format, report, {
            color: options.output === undefined && useColor(options.color, io.env, io.isTTY),
            notes,
            toolVersion: pkg.version,
            ...(pkg.homepage !== undefined ? { informationUri: pkg.homepage } : {}),
            items: itemIds.filter((id) => config.items[id] !== 'off')
        });
        const code = exitCodeFor(report);
        if (options.output !== undefined) {
            writeReport(resolve(root, options.output), options.output, output);
            io.stderr(`handoff-check: wrote the ${options.format} report to ${options.output} (${report.result}).\n`);
        }
        else
            for (const chunk of output)
                io.stdout(chunk);
        if (options.demo && code !== EXIT.pass) {
            io.stderr(`handoff-check: --demo: exiting 0; without --demo this run exits ${code}.\n`);
            return EXIT.pass;
        }
        return code;
    }
    catch (err) {
        // A user-fixable problem is shown as it is; anything else is a failure to run, which also exits 2.
        const known = err instanceof UsageError || err instanceof GitError || err instanceof ReadError;
        const detail = messageOf(err);
        io.stderr(`handoff-check: ${known ? '' : 'unexpected error: '}${detail}\n`);
        return EXIT.usage;
    }
    finally {
        stopSpares();
        // Base versions read after the pool (the links scan re-checks cards) leave a git reader open: end it.
        closeBlobReaders();
    }
}
/**
 * While discovery walks, start the workers a run of that many files will use: they load the bundle (~100 ms) while
 * the walk goes on. Not with --changed-since, which keeps only the changed few of what discovery finds.
 */
function earlyWorkers(options, deps, workerUrl) {
    const { prestart } = deps;
    if (!prestart || !workerUrl || options.changedSince !== undefined)
        return undefined;
    const cores = availableParallelism();
    return (count) => {
        const threads = threadCount(count, options.jobs, cores);
        if (threads > 1)
            prestart(threads, workerUrl);
    };
}
/**
 * 1 when any non-waived error-severity finding remains; else 0. A breaking change fails through its
 * contract.breaking-change finding, so a waiver (or a major version increase) clears it.
 */
function exitCodeFor(report) {
    return report.result === 'fail' ? EXIT.fail : EXIT.pass;
}
async function readConfig(root, options) {
    const named = options.config;
    const path = named ?? DEFAULT_CONFIG_PATH;
    let text;
    try {
        text = await readFile(resolve(root, path), 'utf8');
    }
    catch (err) {
        if (named === undefined)
            return defaultConfig();
        const reason = err.code === 'ENOENT' ? 'no such file' : String(err);
        throw new UsageError(`cannot read the config file ${named}: ${reason}.`);
    }
    const result = loadConfigFile(text, path);
    if (result.ok)
        return result.config;
    const lines = result.errors.map((e) => `${e.path}:${e.line}:${e.column}: ${e.message}`);
    throw new UsageError(`invalid configuration:\n${lines.join('\n')}`);
}
/**
 * Writes the report's pieces as they are made (synchronously: the CLI has nothing else to do meanwhile). A file
 * system error is the user's to fix; an error making a piece is not one, and is not reported as one. writeFileSync
 * on the descriptor writes each piece whole (writeSync may write part of one).
 */
function writeReport(target, named, chunks) {
    const fd = onDisk(named, () => openSync(target, 'w'));
    try {
        for (const chunk of chunks)
            onDisk(named, () => writeFileSync(fd, chunk));
    }
    finally {
        closeSync(fd);
    }
}
function onDisk(named, call) {
    try {
        return call();
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT' ? 'its directory does not exist' : (code ?? messageOf(err));
        throw new UsageError(`cannot write the report to ${named}: ${reason}.`);
    }
}
/**
 * The files a run checks: discovery, named paths, and the --changed-since filter. Paths are relative to root.
 * `onFound` hears how many files discovery has found so far, as it finds them.
 */
async function selectFiles(root, options, config, onFound) {
    const isCandidate = candidateMatcher(config);
    const chosen = new Map();
    /** The directories named on the command line; a deleted file counts only inside one of them. */
    const scopes = [];
    if (options.paths.length === 0) {
        for (const path of discover(root, root, isCandidate, onFound))
            chosen.set(path, false);
    }
    for (const arg of options.paths) {
        const found = await resolvePath(root, arg);
        if (!found)
            throw new UsageError(`no such file or directory: ${arg}`);
        if (found.kind === 'file') {
            if (!options.asDiscovered)
                chosen.set(found.path, true);
            else if (isCandidate(found.path))
                chosen.set(found.path, false);
        }
        else {
            scopes.push(found.path);
            const before = chosen.size;
            const counted = onFound && ((count) => onFound(before + count));
            for (const path of discover(root, join(root, found.path), isCandidate, counted)) {
                if (!chosen.has(path))
                    chosen.set(path, false);
            }
        }
    }
    const notes = [];
    let deleted = [];
    const renamed = {};
    const notFiles = [];
    if (options.changedSince !== undefined) {
        const changes = await changedSince(root, options.changedSince);
        // A changed eval results file changes what its card reports: the card is checked.
        const keep = new Set(changes.changed.map((p) => (isEvalResults(p) ? cardOfEvalResults(p) : p)));
        for (const path of [...chosen.keys()])
            if (!keep.has(path))
                chosen.delete(path);
        const inScope = (path) => options.paths.length === 0 || scopes.some((s) => s === '.' || path.startsWith(`${s}/`));
        for (const path of changes.changed) {
            if (chosen.has(path) || !isCandidate(path) || !inScope(path))
                continue;
            const detail = await notRegularFile(root, path);
            if (detail !== undefined)
                notFiles.push({ path, detail });
        }
        deleted = changes.deleted.filter((path) => isCandidate(path) && inScope(path));
        if (deleted.length > 0) {
            for (const [to, from] of await renamesSince(root, options.changedSince)) {
                if (chosen.has(to) && deleted.includes(from))
                    renamed[to] = from;
            }
            const added = changes.added.filter((path) => chosen.has(path) && renamed[path] === undefined);
            const pairs = await pairMoved(root, options.changedSince, added, deleted, config);
            for (const [to, from] of pairs)
                if (!Object.values(renamed).includes(from))
                    renamed[to] = from;
            const moved = new Set(Object.values(renamed));
            deleted = deleted.filter((path) => !moved.has(path));
        }
        if (deleted.length > 0)
            notes.push(`Deleted since ${options.changedSince}: ${deleted.join(', ')}`);
    }
    const files = [...chosen.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, explicit]) => ({ path, explicit }));
    return { files, deleted, renamed, notFiles, notes };
}
/**
 * Added files that are a deleted contract moved, paired by contract `id` (src/core/pairing.ts): a DCS file replaced
 * by its ODCS migration is compared with it, not reported as one contract removed and another added.
 */
async function pairMoved(root, ref, added, deleted, config) {
    if (added.length === 0 || deleted.length === 0)
        return new Map();
    const removed = [];
    const reader = new BlobReader(root);
    try {
        for (const path of deleted) {
            const text = await reader.read(ref, path);
            if (text !== undefined)
                removed.push({ path, text });
        }
    }
    finally {
        reader.close();
    }
    const heads = added.flatMap((path) => readCandidate(root, path, false, config.limits.maxFileBytes) ?? []);
    return pairByContractId(removed, heads, { config });
}
/**
 * Renames between `ref` and the working tree as git detects them (`-M`, similarity of 50% or more), new path \u2192
 * old path. Untracked files are not seen, so a renamed contract must be added (`git add`) or committed.
 */
async function renamesSince(root, ref, git = runGit) {
    const out = await git(['diff', '--name-status', '-z', '-M', '--relative', ref, '--'], root);
    const fields = out.split('\0');
    const renames = new Map();
    for (let i = 0; i < fields.length && fields[i] !== '';) {
        const status = fields[i];
        if (status.startsWith('R') || status.startsWith('C')) {
            if (status.startsWith('R'))
                renames.set(fields[i + 2], fields[i + 1]);
            i += 3;
        }
        else
            i += 2;
    }
    return renames;
}
/**
 * The run's tasks: each selected file with, under --changed-since, the path of its version at the ref (its old path
 * when renamed), then each changed path that is no longer a regular file, then each deleted candidate as a base
 * without a head.
 */
function tasksOf(selection, compare) {
    const base = (path) => (compare ? { base: selection.renamed[path] ?? path } : {});
    return [
        ...selection.files.map(({ path, explicit }) => ({ head: { path, explicit }, ...base(path) })),
        ...selection.notFiles.map(({ path, detail }) => ({
            head: { path, explicit: false, notFile: detail },
            ...base(path)
        })),
        ...selection.deleted.map((path) => ({ base: path }))
    ];
}
/**
 * The process wrapper: real stdout/stderr (a closed pipe ends the output quietly, src/cli/pipe.ts), the exit code set
 * (not forced) so piped output is flushed.
 */
async function run() {
    tuneV8();
    process.exitCode = await main(process.argv.slice(2), {
        stdout: pipeWriter(process.stdout),
        stderr: pipeWriter(process.stderr),
        cwd: process.cwd(),
        env: process.env,
        isTTY: process.stdout.isTTY === true
    });
}
function isProcessEntry() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return pathToFileURL(realpathSync(entry)).href === import.meta.url;
    }
    catch {
        return false;
    }
}
if (isProcessEntry())
    await run();

export { DEFAULT_CONFIG_PATH, UsageError, earlyWorkers, exitCodeFor, main, renamesSince, run, selectFiles };
