import { M as resolveSeverity, i as contractDownstream, N as DOWNSTREAM_LISTED, O as fill, P as linksTo, Q as rangeVerdict, K as analyzeFile, u as uncheckedReason, j as gates, J as isPreExisting, k as describeFile, m as migrationText, p as parseSource, R as parseDuration, S as ajvExports, T as quote, q as itemIds, U as normaliseFormat } from './compare.js';

/** `limits.maxFileBytes` by default: 1 MiB, far above any contract or model card, far below what a parse can afford. */
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_ARTIFACT_FORMATS = [
    'onnx',
    'torchscript',
    'sklearn-pickle',
    'sklearn-joblib',
    'safetensors',
    'tensorflow-savedmodel'
];
function defaultConfig() {
    return {
        gate: 'all',
        paths: {
            contracts: ['**/*.{yaml,yml,json}'],
            modelCards: ['**/*.{md,markdown,yaml,yml}'],
            ignore: ['**/node_modules/**', '**/.git/**', '.github/workflows/**', '**/dist/**']
        },
        items: {},
        artifact: { formats: [...DEFAULT_ARTIFACT_FORMATS] },
        freshness: { max: undefined },
        limits: { maxFileBytes: DEFAULT_MAX_FILE_BYTES },
        owners: { codeowners: false, require: 'name' },
        impact: { mention: false }
    };
}

function contractEntry(path, doc) {
    const version = doc.version?.value;
    return {
        path,
        ...(typeof doc.id?.value === 'string' ? { id: doc.id.value } : {}),
        ...(doc.name ? { name: doc.name.value } : {}),
        ...(typeof version === 'string' || typeof version === 'number' ? { version: String(version) } : {})
    };
}
function cardEntry(path, doc, line) {
    const link = (role, l) => {
        const contract = l.contract?.value;
        if (typeof contract !== 'string' || contract.trim() === '')
            return [];
        const range = l.contractVersion?.value;
        return [
            {
                role,
                contract,
                ...(typeof range === 'string' ? { range } : {}),
                line: line(l.contract.at)
            }
        ];
    };
    const training = doc.trainingData;
    return {
        path,
        ...(doc.name ? { name: doc.name.value } : {}),
        owners: names(doc.owners),
        driftOwners: names(doc.ownership.drift ? [doc.ownership.drift] : []),
        links: [
            ...link('training', { at: training.anchor, ...training }),
            ...(doc.serving.inputs ?? []).flatMap((input) => link('serving', input))
        ]
    };
}
/** The entry of a read document: a contract or a card. */
function entryOf(path, read) {
    const { doc, source } = read;
    return doc.kind === 'contract'
        ? contractEntry(path, doc)
        : cardEntry(path, doc, (at) => source.locate(at).line);
}
function isCardEntry(entry) {
    return 'links' in entry;
}
/** Owner names as text; a list value counts element by element. */
function names(values) {
    return values
        .flatMap((o) => (Array.isArray(o.value) ? o.value : [o.value]))
        .filter((v) => typeof v === 'string' && v.trim() !== '');
}

// A contract change guards its downstream: each changed or removed contract gets the cards that depend on it, and a
// `contract.downstream` finding when the change breaks one that the same change does not update. Pure: the adapter
// reads the repository's cards (and the base versions of the cards the change touches); this decides.
/** The reports with each changed contract's downstream and, where it breaks a card left as it was, the finding. */
function guardDownstream(input) {
    const severity = resolveSeverity(input.severity ?? contractDownstream.defaultSeverity);
    return input.reports.map((report) => {
        if (report.kind !== 'contract' || report.changes === undefined)
            return report;
        const change = changeOf(report, input.contracts, input.removedIds.get(report.path));
        const downstream = dependentsOf(input.cards, change).map((d) => guarded(d, change, input.updates));
        const open = downstream.filter((d) => d.guard === 'open');
        const findings = open.length > 0 && severity !== undefined
            ? [...report.findings, finding(report, open, severity)]
            : report.findings;
        return { ...report, findings, downstream };
    });
}
function guarded(d, change, updates) {
    const update = updates.get(d.card);
    const marked = update ? { ...d, inChange: true } : { ...d };
    if (!breaks(d))
        return marked;
    return {
        ...marked,
        guard: acceptsUpdate(d) && update && linkUpdated(d, change, update) ? 'updated' : 'open'
    };
}
/**
 * A breaking change (or a contract version no range can be checked against) is accepted by updating the card; a
 * removal, a version outside the range and a range that is not semver break the card whatever else changed in it.
 */
function acceptsUpdate(d) {
    return d.impact === 'breaking-change' || d.impact === 'not-semver';
}
/** The card's link to this contract is new, or its range differs from the base's. */
function linkUpdated(d, change, update) {
    if (update.base === undefined)
        return true;
    const before = update.base.links.filter((l) => l.role === d.role && linksTo(l, { paths: change.paths, id: change.id }));
    return !before.some((l) => l.range === d.expects);
}
function finding(report, open, severity) {
    const at = anchorOf(report);
    const listed = open.slice(0, DOWNSTREAM_LISTED).map(describe$1).join('; ');
    const more = open.length > DOWNSTREAM_LISTED ? ` and ${open.length - DOWNSTREAM_LISTED} more` : '';
    const message = fill(contractDownstream.messages.breaks, {
        count: open.length,
        cards: listed + more,
        path: report.path
    });
    return {
        item: contractDownstream.id,
        severity,
        status: 'invalid',
        message,
        path: report.path,
        line: at.line,
        column: at.column,
        origin: 'new'
    };
}
/** Where the finding sits: on the change's own finding (a breaking change, a removal), else the first changed line. */
function anchorOf(report) {
    const own = report.findings.find((f) => f.item === 'contract.breaking-change');
    if (own)
        return { line: own.line, column: own.column };
    const line = report.changes?.changes.find((c) => c.line !== undefined)?.line;
    return { line: line ?? 1, column: 1 };
}
const WHY = {
    'breaking-change': 'breaking change',
    removed: 'contract removed',
    'outside-range': 'new version outside its range',
    'not-semver': 'contract version is not semver',
    'bad-range': 'its range is not semver'
};
/** `models/churn.md:6 (churn; expects ^1; breaking change; owners @acme/ml)`: owners as written, in a code span. */
function describe$1(d) {
    const owners = [...new Set([...d.owners, ...d.driftOwners])];
    const parts = [
        ...(d.model !== undefined ? [d.model] : []),
        `expects ${d.expects ?? 'any version'}`,
        WHY[d.impact],
        owners.length > 0
            ? `owners ${owners.map((o) => `\`${o.replace(/`/g, "'")}\``).join(', ')}`
            : 'no owner named'
    ];
    return `\`${d.card}:${d.line}\` (${parts.join('; ')})`;
}

/** The index of these entries: contracts and cards in path order; cards that link to nothing are left out. */
function buildLinksIndex(entries) {
    const contracts = [];
    const cards = [];
    for (const e of entries) {
        if (!e)
            continue;
        if (isCardEntry(e)) {
            if (e.links.length > 0)
                cards.push(e);
        }
        else
            contracts.push(e);
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { contracts: contracts.sort(byPath), cards: cards.sort(byPath) };
}
/**
 * Every card link that names the contract, in card-path order, with how the change meets it: a removal breaks every
 * dependent; the (new) version must satisfy the card's range; a breaking change breaks every dependent but one whose
 * range admits the new version and not the old one (the card already targets the new version).
 */
function dependentsOf(cards, change) {
    const out = [];
    for (const card of cards) {
        for (const link of card.links) {
            if (!linksTo(link, change))
                continue;
            out.push({
                card: card.path,
                ...(card.name !== undefined ? { model: card.name } : {}),
                owners: card.owners,
                driftOwners: card.driftOwners,
                role: link.role,
                ...(link.range !== undefined ? { expects: link.range } : {}),
                line: link.line,
                impact: impactOf(change, link.range)
            });
        }
    }
    return out;
}
function impactOf(change, range) {
    if (change.removed)
        return 'removed';
    const verdict = rangeVerdict(change.version, range);
    if (verdict === 'bad-range')
        return 'bad-range';
    if (verdict === 'outside')
        return 'outside-range';
    if (change.breaking && !targetsNewVersion(change, range))
        return 'breaking-change';
    if (verdict === 'not-semver')
        return 'not-semver';
    return 'ok';
}
/** The range admits the new version and rules the old one out: it was moved for this change. */
function targetsNewVersion(change, range) {
    return (range !== undefined &&
        rangeVerdict(change.version, range) === 'satisfied' &&
        rangeVerdict(change.baseVersion, range) === 'outside');
}
/**
 * The change a contract's report records, as dependentsOf reads it: its paths (the old one too on a rename), its
 * id (from the index, or `baseId` for a removed contract), the version it moved to, and whether it breaks.
 */
function changeOf(report, contracts, baseId) {
    const changes = report.changes;
    const removed = changes?.changes.some((c) => c.rule === 'contract-removed') ?? false;
    const id = removed ? baseId : contracts.find((c) => c.path === report.path)?.id;
    const paths = changes?.basePath !== undefined ? [report.path, changes.basePath] : [report.path];
    return {
        paths,
        ...(id !== undefined ? { id } : {}),
        ...(changes?.headVersion !== undefined ? { version: changes.headVersion } : {}),
        ...(changes?.baseVersion !== undefined ? { baseVersion: changes.baseVersion } : {}),
        breaking: changes?.verdict === 'breaking',
        removed
    };
}
/** Whether a dependent is broken by the change (any impact but `ok`). */
function breaks(dependent) {
    return dependent.impact !== 'ok';
}

/**
 * Added path → removed path, for each contract `id` held by exactly one removed and one added contract. An id
 * two removed or two added files share pairs nothing: which one moved would be a guess.
 */
function pairByContractId(removed, added, ctx) {
    const gone = byId(removed, ctx);
    const pairs = new Map();
    if (gone.size === 0)
        return pairs;
    for (const [id, paths] of byId(added, ctx)) {
        const from = gone.get(id);
        if (from?.length === 1 && paths.length === 1)
            pairs.set(paths[0], from[0]);
    }
    return pairs;
}
function byId(files, ctx) {
    const ids = new Map();
    for (const file of files) {
        const doc = analyzeFile({ path: file.path, text: file.text }, ctx)?.doc;
        const id = doc?.kind === 'contract' ? doc.id?.value : undefined;
        if (typeof id !== 'string' || id.trim() === '')
            continue;
        ids.set(id, [...(ids.get(id) ?? []), file.path]);
    }
    return ids;
}

// Neutralising text that comes from a pull request (paths, ids, values, messages that quote them, waiver authors
// and reasons) before a renderer writes it where GitHub or a terminal would interpret it. Each renderer passes every
// input-derived string through one of these, where it is written; the renderers' own markup stays as it is.
//
// - terminalText: one line of inert text for a terminal or a log (no control, bidi or line-breaking characters).
// - markdownText: inline Markdown that renders as the same text, and makes no HTML, link, image, autolink,
//   @mention or #reference on GitHub; atLineStart for such Markdown when it begins a line.
// - codeSpan: a code span that shows the text as it is, also inside a GFM table cell.
// - messageMarkdown: a product message whose `…` parts become code spans and the rest markdownText.
// - linkDestination: a URL the renderer itself built, made safe to put in `[text](…)`.
// - noWorkflowCommands: no line that the Actions runner would take for a `::command::`.
// - xmlText, xmlAttribute: character data and attribute values of well-formed XML 1.0 that read as the text.
/** Zero width space: invisible, but breaks mention, reference and autolink triggers in GitHub's text filters. */
const BREAK = '\u200b';
/**
 * C0 controls (tab and the line breaks are handled before), DEL, C1 controls, and the bidi marks, embeddings,
 * overrides and isolates that can make a terminal or a page show text in another order than it is.
 */
const UNSAFE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** `\x1b`, `\u202e`: the character named, visibly, instead of the character itself. */
function visible(ch) {
    const code = ch.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Text for one line of a terminal or a log: line breaks and tabs become spaces, other controls visible escapes. */
function terminalText(text) {
    return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE, visible);
}
/** Punctuation that could start Markdown syntax inline: escaped with a backslash (CommonMark allows it for all). */
const INLINE_PUNCTUATION = /[\\`*_[\]~$|<>&]/g;
const WORD = /[\p{L}\p{N}]/u;
/**
 * Inline Markdown text that renders as `text` (on one line): no HTML, emphasis, code, link, image or autolink
 * syntax, and no GitHub @mention, #123 / GH-123 reference or bare URL / www. / email autolink (a zero width space
 * after the trigger keeps the text readable and copyable). Safe in GFM table cells: `|` is escaped.
 */
function markdownText(text) {
    const breaks = terminalText(text)
        .replace(/@/g, `@${BREAK}`)
        .replace(/#(?=\d)/g, `#${BREAK}`)
        .replace(/GH-(?=\d)/gi, (m) => `${m}${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}${BREAK}.`);
    return breaks.replace(INLINE_PUNCTUATION, (ch, at, all) => {
        if (ch === '<')
            return '&lt;';
        if (ch === '>')
            return '&gt;';
        // An underscore between two letters or digits can neither open nor close emphasis: `order_id` stays as it is.
        if (ch === '_' && WORD.test(all[at - 1] ?? '') && WORD.test(all[at + 1] ?? ''))
            return ch;
        return `\\${ch}`;
    });
}
/**
 * Inline Markdown (from markdownText, codeSpan or messageMarkdown) made safe to begin a line, e.g. after a
 * renderer's own `> `: no heading, list, thematic break, setext underline, indented code or code fence either.
 */
function atLineStart(markdown) {
    const inline = markdown.replace(/^ +/, '');
    const ordered = /^(\d{1,9})([.)])/.exec(inline);
    if (ordered)
        return `${ordered[1]}\\${ordered[2]}${inline.slice(ordered[0].length)}`;
    if (/^[#+\-=]/.test(inline))
        return `\\${inline}`;
    // A code span's fence of three or more backticks would open a fenced code block at the start of a line.
    return inline.startsWith('`') ? `${BREAK}${inline}` : inline;
}
/**
 * A code span showing `text` as it is (on one line): its fence is longer than any run of backticks inside, padded
 * with spaces when the text starts or ends with a backtick or a space. GitHub makes no mention, reference or link
 * inside code, and nothing inside is Markdown.
 */
function codeSpan(text, options = {}) {
    let body = terminalText(text);
    if (options.table) {
        // The table splits cells before the code span is seen: `\|` keeps a pipe in the cell. A backslash of the text
        // right before it would pair with ours, so a zero width space goes between them.
        body = body.replace(/(\\?)\|/g, (_m, slash) => (slash ? `\\${BREAK}\\|` : '\\|'));
    }
    if (body === '')
        return '` `';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') ||
        body.endsWith('`') ||
        (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '')
        ? ' '
        : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * A message as the engine writes them: plain text with `code` parts in single backticks (which may quote values
 * from the file). The paired parts become code spans, everything else markdownText, so a value with a backtick can
 * at worst move where code starts, never make Markdown.
 */
function messageMarkdown(text, options = {}) {
    const out = [];
    let last = 0;
    for (const match of text.matchAll(/`([^`]+)`/g)) {
        const between = markdownText(text.slice(last, match.index));
        // Two code spans side by side would make one run of backticks of their fences: keep them apart.
        out.push(between === '' && out.length > 0 ? BREAK : between, codeSpan(match[1], options));
        last = match.index + match[0].length;
    }
    out.push(markdownText(text.slice(last)));
    return out.join('');
}
/** A URL the renderer built (it may contain a path from the pull request) as a Markdown link destination. */
function linkDestination(url) {
    return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, (ch) => [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
/**
 * Text printed to a log: a line whose first non-blank characters are `::` would be a workflow command, so it gets a
 * zero width space in front (the runner trims only whitespace).
 */
function noWorkflowCommands(text) {
    return text.replace(/^(\s*)::/gm, `$1${BREAK}::`);
}
/**
 * What XML 1.0 cannot hold at all, not even as a character reference, beyond the controls of UNSAFE: lone surrogates
 * (a string cut inside a pair) and the noncharacters U+FFFE and U+FFFF.
 */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
const XML_ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;'
};
/**
 * Character data of an XML element (several lines): markup characters as entities, line breaks as `\n`, and every
 * character XML 1.0 forbids or a viewer would reorder by (controls, bidi marks) as a visible escape, as terminalText
 * shows them. Parsed, it is the text as a log would print it.
 */
function xmlText(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(UNSAFE, visible)
        .replace(NOT_XML, visible)
        .replace(/[&<>]/g, (ch) => XML_ENTITY[ch]);
}
/**
 * An attribute value in double or single quotes, on one line as terminalText makes it (an XML parser would fold a
 * raw line break into a space anyway), with the characters XML 1.0 forbids as visible escapes.
 */
function xmlAttribute(text) {
    return terminalText(text)
        .replace(NOT_XML, visible)
        .replace(/[&<>"']/g, (ch) => XML_ENTITY[ch]);
}
/** Length in UTF-8 bytes, the unit of GitHub's size limits, without encoding the text. */
function utf8Length(text) {
    let bytes = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
    return bytes;
}

/** Whether the file reads and follows its standard: the first column of every table. */
const VALID = {
    key: 'valid',
    title: 'Valid',
    items: ['file.parse', 'file.schema', 'file.standard-version']
};
const GROUPS = {
    contract: [
        VALID,
        { key: 'schema', title: 'Schema', items: ['contract.schema'] },
        { key: 'freshness', title: 'Freshness', items: ['contract.freshness'] },
        { key: 'owner', title: 'Owner', items: ['contract.owner'] },
        // A breaking change fails as a version that does not announce it (or that the models downstream do not
        // expect), so it sits with the version.
        {
            key: 'version',
            title: 'Version',
            items: ['contract.version', 'contract.version-bump', 'contract.breaking-change', 'contract.downstream']
        }
    ],
    'model-card': [
        VALID,
        { key: 'owner', title: 'Owner', items: ['model.owner'] },
        { key: 'training-data', title: 'Training data', items: ['training-data.'] },
        { key: 'evaluation', title: 'Evaluation', items: ['evaluation.'] },
        { key: 'artifact', title: 'Artifact', items: ['artifact.'] },
        { key: 'serving', title: 'Serving', items: ['serving.'] },
        { key: 'monitoring', title: 'Monitoring', items: ['monitoring.'] },
        { key: 'ownership', title: 'Ownership', items: ['ownership.'] }
    ],
    unknown: [VALID]
};
const TABLE_TITLES = {
    contract: 'Data contract',
    'model-card': 'Model card',
    unknown: 'Other file'
};
const CELL_ICON = {
    present: '✅',
    error: '❌',
    warning: '⚠️',
    notice: 'ℹ️',
    waived: '🙈',
    unchecked: '—'
};
const LEGEND = '<sub>✅ present · ❌ missing or invalid · ⚠️ warning · ℹ️ notice · 🙈 waived · — not checked</sub>';
/**
 * The group a finding's item belongs to in its file's table. An item no group names (one a newer registry adds,
 * or a foreign report's) counts under Valid rather than nowhere: a gap is never shown as ✅.
 */
function groupOf(kind, item) {
    const named = (GROUPS[kind] ?? GROUPS.unknown).find((g) => g.items.some((id) => (id.endsWith('.') ? item.startsWith(id) : item === id)));
    return named ?? VALID;
}
/** The tables (one per kind that has files) and the legend; `rows` limits how many files are listed. */
function renderChecklist(files, links, rows = files.length) {
    const listed = files.slice(0, rows).map((file, index) => ({ file, index }));
    const out = [];
    for (const kind of ['contract', 'model-card', 'unknown']) {
        const ofKind = listed.filter(({ file }) => (GROUPS[file.kind] ? file.kind : 'unknown') === kind);
        if (ofKind.length === 0)
            continue;
        const groups = GROUPS[kind];
        out.push('', `| ${TABLE_TITLES[kind]} | ${groups.map((g) => g.title).join(' | ')} |`, `|---|${groups.map(() => ':-:').join('|')}|`);
        for (const { file, index } of ofKind)
            out.push(row(file, index, groups, links));
    }
    if (out.length > 0)
        out.push('', LEGEND);
    return out;
}
function row(file, index, groups, links) {
    const kind = GROUPS[file.kind] ? file.kind : 'unknown';
    const path = codeSpan(file.path, { table: true });
    const fileAnchor = links.file(index);
    const cells = [fileAnchor ? `[${path}](#${fileAnchor})` : path];
    const byGroup = new Map();
    for (const f of file.findings) {
        const key = groupOf(kind, f.item).key;
        byGroup.set(key, [...(byGroup.get(key) ?? []), f]);
    }
    const unchecked = uncheckedGroups(file);
    for (const group of groups) {
        if (unchecked.has(group.key)) {
            cells.push(CELL_ICON.unchecked);
            continue;
        }
        const icon = cellIcon(byGroup.get(group.key) ?? []);
        const target = byGroup.has(group.key) ? (links.finding(index, group) ?? fileAnchor) : undefined;
        cells.push(target ? `[${icon}](#${target})` : icon);
    }
    return `| ${cells.join(' | ')} |`;
}
/** The worst open finding's icon; waived when every finding is waived; present when there is none. */
function cellIcon(findings) {
    const open = findings.filter((f) => !f.waived);
    if (open.some((f) => f.severity === 'error'))
        return CELL_ICON.error;
    if (open.some((f) => f.severity === 'warning'))
        return CELL_ICON.warning;
    if (open.length > 0)
        return CELL_ICON.notice;
    return findings.length > 0 ? CELL_ICON.waived : CELL_ICON.present;
}
/**
 * Groups whose items were not checked: all but Valid when the file could not be read as its standard (or version), all but
 * Version for a removed contract (only its removal is reported).
 */
function uncheckedGroups(file) {
    const keys = (GROUPS[file.kind] ?? GROUPS.unknown).map((g) => g.key);
    const reason = uncheckedReason(file);
    if (reason === 'removed')
        return new Set(keys.filter((k) => k !== 'version'));
    if (reason === 'unread')
        return new Set(keys.filter((k) => k !== VALID.key));
    return new Set();
}

function stateOf(d, entry) {
    if (d.impact === 'ok')
        return 'pass';
    if (d.guard === 'updated')
        return 'updated';
    return d.guard === 'open' && entry.waived ? 'waived' : 'breaks';
}
const CELL$1 = { table: true };
/** A contract report's downstream block, with the version the contract moved to. */
function downstreamOf(file) {
    const version = file.changes?.headVersion;
    const finding = file.findings.find((f) => f.item === 'contract.downstream');
    return {
        path: file.path,
        ...(version !== undefined ? { version } : {}),
        downstream: file.downstream ?? [],
        ...(finding?.waived ? { waived: true } : {})
    };
}
const REASON = {
    'breaking-change': 'breaking change',
    removed: 'contract removed',
    'outside-range': 'version outside the range',
    'not-semver': 'contract version is not semver',
    'bad-range': 'range is not semver'
};
/** `pass`, or `breaks (why)`, with the guard's verdict on a break: updated by the change, or waived. */
function impactLabel(d, entry = {}) {
    if (d.impact === 'ok')
        return 'pass';
    const why = REASON[d.impact];
    const state = stateOf(d, entry);
    if (state === 'updated')
        return `updated with the change (${why})`;
    return state === 'waived' ? `waived (${why})` : `breaks (${why})`;
}
/** Every owner of a dependent: the card's, then who fixes drift, each once. */
function ownersOf(d) {
    return [...new Set([...d.owners, ...d.driftOwners])];
}
function expects(d) {
    return d.expects === undefined ? 'any version' : d.expects;
}
/** Indented text lines for the terminal (the impact command and the report's downstream block). */
function downstreamText(entry, indent = '  ') {
    if (entry.downstream.length === 0)
        return [`${indent}downstream: no model card names this contract`];
    const lines = [`${indent}downstream: ${entry.downstream.length} model card link(s)`];
    for (const d of entry.downstream) {
        const owners = ownersOf(d);
        lines.push(terminalText(`${indent}  ${d.card}:${d.line}  ${d.role}  expects ${expects(d)}  ${impactLabel(d, entry)}  owners: ${owners.length > 0 ? owners.join(', ') : 'none named'}`));
    }
    return lines;
}
const STATE_ICON = { pass: '✅', breaks: '❌', updated: '✅', waived: '🙈' };
/**
 * A Markdown table of the dependents. Owners are code spans unless `mention` is set: then the `@user` and
 * `@org/team` owners of a card the change breaks are written bare so GitHub notifies them, unless the change itself
 * edits that card (its owners are then the change author's words, and a pull request must not page anyone).
 */
function downstreamTable(entry, mention = false) {
    if (entry.downstream.length === 0)
        return ['No model card names this contract.'];
    const out = ['| Model card | Uses | Expects | Impact | Owners |', '|---|---|---|---|---|'];
    for (const d of entry.downstream) {
        const mentioned = mention && d.impact !== 'ok' && d.inChange !== true;
        const owners = ownersOf(d).map((o) => (mentioned && MENTION.test(o) ? o : codeSpan(o, CELL$1)));
        const model = d.model !== undefined ? ` (${markdownText(d.model)})` : '';
        const impact = `${STATE_ICON[stateOf(d, entry)]} ${impactLabel(d, entry)}`;
        out.push(`| ${codeSpan(`${d.card}:${d.line}`, CELL$1)}${model} | ${d.role} | ${codeSpan(expects(d), CELL$1)} | ${impact} | ${owners.join(', ') || '—'} |`);
    }
    return out;
}
/** A GitHub user or team a comment may mention. */
const MENTION = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
/**
 * A Mermaid graph of contracts and their dependent models (GitHub renders a ```mermaid block): each model node is
 * labelled with its card and owners and classed pass (updated with the change too), breaks or waived.
 */
function mermaidGraph(entries) {
    const lines = ['graph LR'];
    const classes = { pass: [], breaks: [], waived: [] };
    entries.forEach((entry, i) => {
        const contract = `c${i}`;
        lines.push(`  ${contract}[["${mermaidText(entry.version ? `${entry.path} ${entry.version}` : entry.path)}"]]`);
        entry.downstream.forEach((d, j) => {
            const node = `m${i}_${j}`;
            const owners = ownersOf(d);
            const label = [
                d.model ?? d.card,
                ...(d.model !== undefined ? [d.card] : []),
                owners.join(', ') || 'no owner'
            ];
            lines.push(`  ${contract} -->|"${mermaidText(`${d.role}, ${impactLabel(d, entry)}`)}"| ${node}["${label.map(mermaidText).join('<br/>')}"]`);
            const state = stateOf(d, entry);
            classes[state === 'updated' ? 'pass' : state].push(node);
        });
    });
    lines.push('  classDef pass fill:#dafbe1,stroke:#1a7f37', '  classDef breaks fill:#ffebe9,stroke:#cf222e', '  classDef waived fill:#fff8c5,stroke:#9a6700');
    for (const [name, nodes] of Object.entries(classes))
        if (nodes.length > 0)
            lines.push(`  class ${nodes.join(',')} ${name}`);
    return lines.join('\n');
}
/** Text inside a quoted Mermaid label: everything but plain characters as an entity code, so nothing is markup. */
function mermaidText(text) {
    return [...text].map((ch) => (/[A-Za-z0-9 ._/:@^~=-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`)).join('');
}

// The Markdown report: the body of the sticky PR comment, the job summary and `--format markdown`.
// Pure: (report, options) → string. Output depends only on its input, so an unchanged result renders the same text.
// Everything from the files and comments goes through ./escape.ts where it is written: the only HTML is our own
// <sub>, <br>, <details>/<summary> (with our own counts) and `<a name>` anchors (with our own names), the only links
// are the `link` option's and the checklist's `#` anchors, and nothing from input mentions or references anyone (but
// the owners the `mention` option names on purpose: ./downstream.ts says which).
//
// Layout: the verdict, the notes, the checklist (./checklist.ts), then one section per file with findings: new
// findings first, pre-existing ones in a collapsed <details>; once there are more than COLLAPSE_AFTER sections,
// each section's tables are collapsed too (the heading stays visible, and the checklist links to it).
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const CHANGE_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' };
/** Code spans in table cells escape `|`. */
const CELL = { table: true };
/** More file sections than this, and each one's tables are collapsed. */
const COLLAPSE_AFTER = 3;
/** A file's section anchor, `handoff-3`, and a finding group's, `handoff-3-owner`: our own names only. */
const fileAnchor = (index) => `handoff-${index + 1}`;
const groupAnchor = (index, group) => `${fileAnchor(index)}-${group.key}`;
function renderMarkdown(report, options = {}) {
    const head = [options.heading ?? '## handoff-check', '', verdictLine(report), ...notes(options.notes)];
    const indexed = report.files.map((file, index) => ({ file, index })).filter(({ file }) => hasContent(file));
    const collapse = indexed.length > COLLAPSE_AFTER;
    const sections = indexed.map(({ file, index }) => fileSection(file, index, options, collapse));
    const tail = footer(report);
    const graph = options.graph ? downstreamGraph(report) : [];
    /** The first `kept` sections, and the checklist's first `rows` files, linking only to what is shown. */
    const assemble = (kept, rows) => {
        const shown = new Set(indexed.slice(0, kept).map(({ index }) => index));
        const out = [...head, ...renderChecklist(report.files, checklistLinks(report, shown, collapse), rows)];
        out.push(...graph);
        out.push(...sections.slice(0, kept));
        const dropped = sections.length - kept;
        const unlisted = report.files.length - rows;
        if (dropped > 0 || unlisted > 0) {
            const parts = [
                dropped > 0 ? `${dropped} more file${plural(dropped)} not shown` : '',
                unlisted > 0 ? `the checklist lists ${rows} of ${report.files.length} files` : ''
            ].filter(Boolean);
            out.push('', `> ✂️ ${parts.join('; ')} to stay within GitHub's size limit.` +
                (options.truncatedNote ? ` ${options.truncatedNote}` : ''));
        }
        out.push('', tail);
        return out.join('\n') + '\n';
    };
    const all = report.files.length;
    const body = assemble(sections.length, all);
    const max = options.maxBytes;
    if (max === undefined || utf8Length(body) <= max)
        return body;
    const fits = (text) => utf8Length(text) <= max;
    // Drop whole files from the end until the body fits (a half-rendered table helps no one), then checklist rows.
    const kept = largest(sections.length - 1, (k) => fits(assemble(k, all)));
    if (kept >= 0)
        return assemble(kept, all);
    const rows = largest(all - 1, (r) => fits(assemble(0, r)));
    return rows >= 0 ? assemble(0, rows) : cut(assemble(0, 0), max);
}
/** The largest n in [0, upTo] with ok(n), when ok only turns false as n grows; -1 when there is none. */
function largest(upTo, ok) {
    let lo = -1;
    let hi = upTo;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi + 1) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * The checklist's anchors: a shown file's section, and within it the row of a group's first finding when that row
 * is visible without expanding anything (the file is not collapsed, the finding is not pre-existing). GitHub
 * prefixes the names with `user-content-` and resolves `#name` links to them.
 */
function checklistLinks(report, shown, collapse) {
    return {
        file: (index) => (shown.has(index) ? fileAnchor(index) : undefined),
        finding: (index, group) => {
            if (!shown.has(index) || collapse)
                return undefined;
            const file = report.files[index];
            const visible = newFindings(file).some((f) => groupOf(file.kind, f.item).key === group.key);
            return visible ? groupAnchor(index, group) : undefined;
        }
    };
}
/**
 * The head alone is too large (huge notes): whole lines while they fit, then `…`. Never part of a line, which could
 * leave half of our own link or code span.
 */
function cut(body, max) {
    const ellipsis = '…\n';
    let budget = max - utf8Length(ellipsis);
    if (budget < 0)
        return '';
    let out = '';
    for (const line of body.split('\n')) {
        const size = utf8Length(line) + 1;
        if (size > budget)
            break;
        out += `${line}\n`;
        budget -= size;
    }
    return out + ellipsis;
}
function verdictLine(report) {
    const { errors, warnings, waived } = report.summary;
    // A check that could not see every changed file leads with that, whatever the files it saw say.
    if (report.incomplete !== undefined)
        return `⛔ **${markdownText(report.incomplete)}.**`;
    if (report.files.length === 0)
        return '✅ No data contracts or model cards changed.';
    const open = report.files.flatMap((f) => f.findings).filter((f) => !f.waived && f.severity === 'error');
    const failing = open.filter((f) => gates(f, report.gate));
    const preExisting = open.filter(isPreExisting).length;
    const files = new Set(failing.map((f) => f.path)).size;
    const extra = [
        preExisting > 0
            ? `${preExisting} pre-existing${report.gate === 'new' ? ', not failing with `gate: new`' : ''}`
            : '',
        warnings > 0 ? `${warnings} warning${plural(warnings)}` : '',
        waived > 0 ? `${waived} waived` : ''
    ].filter(Boolean);
    const suffix = extra.length > 0 ? ` (${extra.join(', ')})` : '';
    const checked = `${report.files.length} file${plural(report.files.length)}`;
    if (failing.length === 0) {
        return errors > 0
            ? `✅ **No new handoff gaps** in ${checked}${suffix}.`
            : `✅ **All handoff items present** in ${checked}${suffix}.`;
    }
    const what = `${failing.length} ${report.gate === 'new' ? 'new ' : ''}handoff item${plural(failing.length)}`;
    return `❌ **${what} missing or invalid** in ${files} file${plural(files)}${suffix}.`;
}
function notes(list) {
    return list && list.length > 0 ? ['', ...list.map((n) => `> ${atLineStart(messageMarkdown(n))}`)] : [];
}
function hasContent(file) {
    return file.findings.length > 0 || shownChanges(file.changes) || (file.downstream?.length ?? 0) > 0;
}
/** The changed contracts that have dependents, and those dependents, as one picture (GitHub renders Mermaid). */
function downstreamGraph(report) {
    const entries = report.files.filter((f) => (f.downstream?.length ?? 0) > 0).map(downstreamOf);
    if (entries.length === 0)
        return [];
    return ['', '### Downstream', '', '```mermaid', mermaidGraph(entries), '```'];
}
/** A contract's changes are shown when there are any, or when it moved to another standard (a migration). */
function shownChanges(changes) {
    return changes !== undefined && (changes.verdict !== 'unchanged' || changes.migration !== undefined);
}
/** The findings shown first: all but the pre-existing ones. */
function newFindings(file) {
    return file.findings.filter((f) => f.origin !== 'pre-existing');
}
function fileSection(file, index, options, collapse) {
    const lines = [
        '',
        `### <a name="${fileAnchor(index)}"></a>${codeSpan(file.path)}`,
        '',
        `<sub>${markdownText(describeFile(file))}</sub>`
    ];
    const fresh = newFindings(file);
    const old = file.findings.filter((f) => f.origin === 'pre-existing');
    const changed = shownChanges(file.changes);
    if (collapse)
        lines.push('', `<details><summary>${collapsedSummary(fresh.length, old.length, changed)}</summary>`);
    if (fresh.length > 0)
        lines.push(...findingsTable(fresh, index, file, options, !collapse));
    if (old.length > 0) {
        const noun = `${old.length} pre-existing finding${plural(old.length)}`;
        lines.push('', `<details><summary>${noun}, already in the file at the base</summary>`);
        lines.push(...findingsTable(old, index, file, options, false), '', '</details>');
    }
    if (file.changes && changed)
        lines.push(...changesTable(file.changes, options, file.path));
    if (file.downstream && file.downstream.length > 0)
        lines.push('', '**Downstream**', '', ...downstreamTable(downstreamOf(file), options.mention));
    if (collapse)
        lines.push('', '</details>');
    return lines.join('\n');
}
/** What a collapsed section holds, in our own words and numbers only. */
function collapsedSummary(fresh, old, changed) {
    const parts = [
        fresh > 0 || old === 0 ? `${fresh} finding${plural(fresh)}` : '',
        old > 0 ? `${old} pre-existing` : '',
        changed ? 'contract changes' : ''
    ].filter(Boolean);
    return parts.join(', ');
}
/** A findings table; `anchored` puts the checklist's anchor on the first row of each group. */
function findingsTable(findings, index, file, options, anchored) {
    const seen = new Set();
    const rows = findings.map((f) => {
        const group = groupOf(file.kind, f.item);
        const first = anchored && !seen.has(group.key);
        seen.add(group.key);
        return findingRow(f, options, first ? groupAnchor(index, group) : undefined);
    });
    return ['', '| | Item | Line | What to do |', '|---|---|---|---|', ...rows];
}
function findingRow(f, options, anchor) {
    const line = markdownText(String(f.line));
    const where = options.link ? `[${line}](${linkDestination(options.link(f.path, f.line))})` : line;
    const icon = (anchor ? `<a name="${anchor}"></a>` : '') + (f.waived ? '🙈' : ICON[f.severity]);
    let text = messageMarkdown(f.message, CELL);
    if (f.waived)
        text = `~~${text}~~<br>**Waived** by ${markdownText(f.waived.by)}: ${markdownText(f.waived.reason)}`;
    return `| ${icon} | ${codeSpan(f.item, CELL)} | ${where} | ${text} |`;
}
function changesTable(changes, options, path) {
    const version = markdownText(`${changes.baseVersion ?? '?'} → ${changes.headVersion ?? '?'}`);
    const bump = markdownText(changes.bump);
    const verdict = changes.verdict === 'breaking'
        ? `**Breaking** (version ${version}, ${bump} bump)`
        : `${changes.verdict === 'unchanged' ? 'Unchanged' : 'Compatible'} (version ${version}, ${bump} bump)`;
    const from = changes.basePath && changes.basePath !== path ? ` (renamed from ${codeSpan(changes.basePath)})` : '';
    const migrated = changes.migration ? ` (${markdownText(migrationText(changes.migration))})` : '';
    const out = ['', `**Contract changes**${from}${migrated}: ${verdict}`];
    if (changes.changes.length === 0)
        return out;
    out.push('', '| | Change | Path | Old → New |', '|---|---|---|---|');
    for (const c of changes.changes)
        out.push(changeRow(c, options, path));
    return out;
}
function changeRow(c, options, path) {
    const code = codeSpan(c.path, CELL);
    const at = c.line !== undefined && options.link ? `[${code}](${linkDestination(options.link(path, c.line))})` : code;
    const icon = CHANGE_ICON[c.level] ?? markdownText(String(c.level));
    return `| ${icon} | ${messageMarkdown(c.message, CELL)} | ${at} | ${value(c.old)} → ${value(c.new)} |`;
}
function value(v) {
    if (v === undefined)
        return '—';
    const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    const chars = [...text];
    return codeSpan(chars.length > 60 ? chars.slice(0, 57).join('') + '...' : text, CELL);
}
function footer(report) {
    const { files, errors, warnings, notices } = report.summary;
    return `<sub>${files} file${plural(files)} checked · ${errors} error${plural(errors)} · ${warnings} warning${plural(warnings)} · ${notices} notice${plural(notices)}</sub>`;
}
function plural(n) {
    return n === 1 ? '' : 's';
}

// CODEOWNERS: each line is a pattern followed by owners; `#` starts a comment (`\#` in a pattern is literal).
// The one parser: the CLI reads the file from disk, the Action from the base commit.
/** Where GitHub looks for CODEOWNERS, in the order it uses (the first found wins). */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Every owner named anywhere in a CODEOWNERS file, lower-cased (GitHub matches them case-insensitively). */
function parseCodeowners(text) {
    const owners = new Set();
    for (const raw of text.split(/\r?\n/)) {
        const line = stripComment(raw).trim();
        if (!line)
            continue;
        const [, ...names] = line.split(/\s+/);
        for (const name of names)
            owners.add(name.toLowerCase());
    }
    return owners;
}
function stripComment(line) {
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\')
            i++;
        else if (line[i] === '#')
            return line.slice(0, i);
    }
    return line;
}

var $schema = "http://json-schema.org/draft-07/schema#";
var title = "handoff-check configuration (.github/handoff.yml)";
var description = "Where contracts and model cards live, how severe each handoff item is, and the limits items check against. Every key is optional; omitted keys keep their defaults.";
var type = "object";
var additionalProperties = false;
var properties = {
	gate: {
		description: "Which findings fail the check when files are compared with a base (the Action, `--changed-since`): `all` (default) fails on every open error, `new` only on errors that were not already in the file at the base. Pre-existing findings are still shown and counted.",
		"enum": [
			"all",
			"new"
		]
	},
	paths: {
		description: "Globs (picomatch syntax, relative to the repository root) that select the files to check.",
		type: "object",
		additionalProperties: false,
		properties: {
			contracts: {
				description: "Where data contracts live. Replaces the default `**/*.{yaml,yml,json}`.",
				$ref: "#/definitions/globs"
			},
			modelCards: {
				description: "Where model cards live. Replaces the default `**/*.{md,markdown,yaml,yml}`.",
				$ref: "#/definitions/globs"
			},
			ignore: {
				description: "Files never checked. Replaces the default (node_modules, .git, .github/workflows, dist).",
				$ref: "#/definitions/globs"
			}
		}
	},
	items: {
		description: "Severity per handoff item id; items not named keep their default severity. `off` disables an item.",
		type: "object",
		propertyNames: {
			"enum": [
				"artifact.format",
				"contract.breaking-change",
				"contract.downstream",
				"contract.freshness",
				"contract.owner",
				"contract.schema",
				"contract.version",
				"contract.version-bump",
				"evaluation.baseline",
				"evaluation.metrics",
				"file.parse",
				"file.schema",
				"file.standard-version",
				"model.owner",
				"monitoring.accuracy",
				"monitoring.drift",
				"monitoring.latency",
				"ownership.drift",
				"ownership.rollback",
				"serving.latency",
				"serving.throughput",
				"training-data.contract",
				"training-data.location",
				"training-data.version"
			]
		},
		additionalProperties: {
			description: "The item's severity.",
			"enum": [
				"error",
				"warning",
				"notice",
				"off"
			]
		}
	},
	artifact: {
		description: "Limits for `artifact.format`.",
		type: "object",
		additionalProperties: false,
		properties: {
			formats: {
				description: "Allowed model artifact formats (ids such as onnx, torchscript, safetensors; aliases such as joblib are accepted). Replaces the default list.",
				type: "array",
				items: {
					type: "string",
					minLength: 1
				},
				minItems: 1,
				uniqueItems: true
			}
		}
	},
	freshness: {
		description: "Limits for `contract.freshness`.",
		type: "object",
		additionalProperties: false,
		properties: {
			max: {
				description: "The longest freshness a contract may state: ISO 8601 (`P1D`) or a number and a unit (`24h`, `7d`).",
				type: "string",
				minLength: 1
			}
		}
	},
	limits: {
		description: "What handoff-check reads at all. A contract or model card over a limit is a `file.parse` finding, never skipped.",
		type: "object",
		additionalProperties: false,
		properties: {
			maxFileBytes: {
				description: "The largest file read, in bytes (default 1048576, 1 MiB). A larger file that the contract or model-card globs name, or that was a contract or model card at the base, is reported as too large without being read.",
				type: "integer",
				minimum: 1,
				maximum: 104857600
			}
		}
	},
	owners: {
		description: "Rules for every owner (`contract.owner`, `model.owner`, `ownership.*`).",
		type: "object",
		additionalProperties: false,
		properties: {
			codeowners: {
				description: "Require every owner to appear in the repository's CODEOWNERS file, when it has one.",
				type: "boolean"
			},
			require: {
				description: "What an owner must be. `name` (default): any non-empty name is an owner; one that a pull request cannot notify (not a GitHub user, team or email, and not listed in CODEOWNERS) is a notice. `reachable`: such a name is invalid.",
				"enum": [
					"name",
					"reachable"
				]
			}
		}
	},
	impact: {
		description: "The Downstream sections of a pull request that changes or removes a contract (the model cards that depend on it).",
		type: "object",
		additionalProperties: false,
		properties: {
			mention: {
				description: "@-mention the owners of the model cards a change breaks in the Downstream section of the sticky comment (default false). GitHub notifies them when the comment first names them; owners the pull request itself writes are never mentioned.",
				type: "boolean"
			}
		}
	}
};
var definitions = {
	globs: {
		type: "array",
		items: {
			type: "string",
			minLength: 1
		}
	}
};
var schema = {
	$schema: $schema,
	title: title,
	description: description,
	type: type,
	additionalProperties: additionalProperties,
	properties: properties,
	definitions: definitions
};

// `.github/handoff.yml` → ResolvedConfig. Every problem is a ConfigError at the key's line and column, with a
// message that names the key and says what to write instead.
let compiled;
// Compiled on first use, once per process.
function validator() {
    compiled ??= new ajvExports.Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema);
    return compiled;
}
/** Parse, validate and resolve a configuration file's text; an empty file yields the defaults. */
function loadConfig(text, path) {
    const source = parseSource(path, text);
    if (source.errors.length > 0) {
        return {
            ok: false,
            errors: source.errors.map((e) => ({
                path,
                line: e.line,
                column: e.column,
                message: `YAML syntax error: ${e.message}. Fix the syntax; the configuration is not used until it parses.`
            }))
        };
    }
    const data = dropEmptySections(source.data);
    if (data === undefined)
        return { ok: true, config: defaultConfig() };
    const at = (p, message) => ({ path, ...source.locate(p), message });
    const validate = validator();
    if (!validate(data)) {
        const errors = (validate.errors ?? []).flatMap((e) => describe(e)).map((d) => at(d.at, d.message));
        return { ok: false, errors: sortErrors(errors) };
    }
    const user = data;
    const max = user.freshness?.max;
    if (max !== undefined) {
        const seconds = parseDuration(max);
        if (seconds === undefined || !(seconds > 0)) {
            return {
                ok: false,
                errors: [
                    at(['freshness', 'max'], `freshness.max: "${max}" is not a positive duration; write ISO 8601 (\`P1D\`, \`PT36H\`) or a number and a unit (\`24h\`, \`7d\`).`)
                ]
            };
        }
    }
    return { ok: true, config: merge(user) };
}
function merge(user) {
    const config = defaultConfig();
    if (user.gate !== undefined)
        config.gate = user.gate;
    if (user.paths?.contracts)
        config.paths.contracts = [...user.paths.contracts];
    if (user.paths?.modelCards)
        config.paths.modelCards = [...user.paths.modelCards];
    if (user.paths?.ignore)
        config.paths.ignore = [...user.paths.ignore];
    if (user.items)
        config.items = { ...user.items };
    if (user.artifact?.formats) {
        config.artifact.formats = [...new Set(user.artifact.formats.map((f) => normaliseFormat(f) ?? f))];
    }
    if (user.freshness?.max !== undefined)
        config.freshness.max = user.freshness.max;
    if (user.limits?.maxFileBytes !== undefined)
        config.limits.maxFileBytes = user.limits.maxFileBytes;
    if (user.owners?.codeowners !== undefined)
        config.owners.codeowners = user.owners.codeowners;
    if (user.owners?.require !== undefined)
        config.owners.require = user.owners.require;
    if (user.impact?.mention !== undefined)
        config.impact.mention = user.impact.mention;
    return config;
}
// A key left with no value (`items:` after commenting out its entries) means "nothing set", not an error.
function dropEmptySections(data) {
    if (data === null || data === undefined)
        return undefined;
    if (typeof data !== 'object' || Array.isArray(data))
        return data;
    const kept = {};
    for (const [key, value] of Object.entries(data)) {
        if (value === null)
            continue;
        if (typeof value === 'object' && !Array.isArray(value)) {
            kept[key] = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
        }
        else
            kept[key] = value;
    }
    return kept;
}
const TYPE_NAMES = {
    array: 'a list',
    object: 'a mapping',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number'
};
function describe(e) {
    const at = toPath(e.instancePath);
    const name = keyName(at);
    switch (e.keyword) {
        case 'propertyNames': {
            const id = String(e.params.propertyName);
            return [
                {
                    at: [...at, id],
                    message: `${keyName([...at, id])}: unknown item id; known ids: ${itemIds.join(', ')}.`
                }
            ];
        }
        case 'enum':
            // propertyNames reports its own inner enum failure too; the propertyNames error above covers it.
            if (e.propertyName !== undefined)
                return [];
            return [
                {
                    at,
                    message: `${name}: "${quote(e.data)}" is not allowed; use one of ${e.params.allowedValues.join(', ')}.`
                }
            ];
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const known = Object.keys(e.parentSchema?.properties ?? {});
            const where = at.length === 0 ? key : keyName([...at, key]);
            return [{ at: [...at, key], message: `${where}: unknown key; known keys: ${known.join(', ')}.` }];
        }
        case 'type': {
            const wanted = TYPE_NAMES[String(e.params.type)] ?? String(e.params.type);
            if (at.length === 0) {
                return [
                    {
                        at,
                        message: `The configuration must be ${wanted} of keys (gate, paths, items, artifact, freshness, limits, owners, impact).`
                    }
                ];
            }
            return [{ at, message: `${name}: must be ${wanted}.` }];
        }
        case 'minItems':
            return [
                {
                    at,
                    message: `${name}: list at least ${String(e.params.limit)} entry, or remove the key to keep the default.`
                }
            ];
        case 'minLength':
            return [{ at, message: `${name}: must not be empty.` }];
        case 'minimum':
        case 'maximum':
            return [
                {
                    at,
                    message: `${name}: ${quote(e.data)} is ${e.keyword === 'minimum' ? 'below' : 'above'} the ${e.keyword} of ${String(e.params.limit)}.`
                }
            ];
        case 'uniqueItems':
            return [
                {
                    at: [...at, Math.max(Number(e.params.i), Number(e.params.j))],
                    message: `${name}: lists the same entry twice; remove one.`
                }
            ];
        default:
            return [{ at, message: `${name}: ${e.message ?? 'is not valid'}.` }];
    }
}
function toPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function keyName(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function sortErrors(errors) {
    return errors.sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
}

export { CODEOWNERS_LOCATIONS as C, messageMarkdown as a, xmlText as b, codeSpan as c, defaultConfig as d, downstreamText as e, downstreamOf as f, guardDownstream as g, entryOf as h, buildLinksIndex as i, isCardEntry as j, breaks as k, loadConfig as l, markdownText as m, noWorkflowCommands as n, dependentsOf as o, parseCodeowners as p, downstreamTable as q, renderMarkdown as r, mermaidGraph as s, terminalText as t, pairByContractId as u, xmlAttribute as x };
