import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

function _mergeNamespaces(n, m) {
    m.forEach(function (e) {
        e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
            if (k !== 'default' && !(k in n)) {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    });
    return Object.freeze(n);
}

const contractBreakingChange = {
    id: 'contract.breaking-change',
    appliesTo: 'file',
    defaultSeverity: 'error',
    title: 'Breaking changes bump the major version',
    description: "A breaking schema change (a field removed, a type changed, a constraint tightened, \u2026) comes with a major increase of the contract's version, and the version never goes backwards.",
    help: 'Bump the major version of the contract (1.4.0 \u2192 2.0.0; 0.3.0 \u2192 0.4.0 before 1.0), undo the breaking change, or waive it with `/handoff-waive contract.breaking-change <path> <reason>`.',
    example: 'version: 2.0.0   # was 1.4.0; orders.customer_id was removed',
    messages: {
        unannounced: '{{count}} breaking change(s) ({{paths}}) but the version went from {{old}} to {{new}} ({{bump}}); a breaking change needs a major version increase.',
        notComparable: '{{count}} breaking change(s) ({{paths}}) but the version {{old}} \u2192 {{new}} is not semver, so the major increase cannot be checked.',
        backwards: 'The contract version went backwards from {{old}} to {{new}}; consumers pinned to {{old}} would see an older promise under a newer change.',
        removed: 'The contract {{name}} (version {{old}}) was removed; every consumer loses its promise. Keep it, or waive the removal once consumers have moved.',
        baseUnreadable: 'The base version at {{basePath}} could not be read as a contract ({{detail}}), so breaking changes were not checked.'
    }
};
const contractVersionBump = {
    id: 'contract.version-bump',
    appliesTo: 'file',
    defaultSeverity: 'warning',
    title: 'Schema changes bump the version',
    description: "Any change to the contract's schema comes with an increase of the contract's version.",
    help: 'Increase the version: patch for descriptions and tags, minor for added fields or loosened constraints, major for breaking changes.',
    example: 'version: 1.5.0   # was 1.4.0; orders.region was added',
    messages: {
        notBumped: '{{count}} schema change(s) ({{paths}}) but the version stayed at {{old}}; increase it so consumers can tell the versions apart.'
    }
};
const diffItems = [contractBreakingChange, contractVersionBump];

/** Broken cards named one by one in the finding; the rest are counted (the Downstream table lists them all). */
const DOWNSTREAM_LISTED = 5;
const contractDownstream = {
    id: 'contract.downstream',
    appliesTo: 'file',
    defaultSeverity: 'error',
    title: 'A contract change updates the models it breaks',
    description: 'A changed or removed contract breaks no model card that depends on it (a breaking change, a removal, a version outside the range the card expects) unless the same pull request updates that card.',
    help: 'Re-validate each broken model against the new contract and move its `contractVersion` range in the same pull request, keep the change compatible, or waive it with `/handoff-waive contract.downstream <path> <reason>` once the model owners agree.',
    example: 'trainingData: { contract: contracts/orders.yaml, contractVersion: "^2.0.0" }   # was ^1',
    messages: {
        breaks: 'This change breaks {{count}} model card(s) that depend on this contract and are not updated with it: {{cards}}. Re-validate each model and move its `contractVersion` in this pull request, or waive with `/handoff-waive contract.downstream {{path}} <reason>` once the owners agree.'
    }
};

function isObj(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value under `key` of a mapping; undefined for anything else. */
function child(node, key) {
    return isObj(node) && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}
/** Any present, non-null value, raw: for items whose check judges the value itself. */
function anyAt(node, base, key) {
    const value = child(node, key);
    return value === undefined || value === null ? undefined : { value, at: [...base, key] };
}
function strAt(node, base, key) {
    const value = child(node, key);
    return typeof value === 'string' ? { value, at: [...base, key] } : undefined;
}
function numAt(node, base, key) {
    const value = child(node, key);
    return typeof value === 'number' && Number.isFinite(value) ? { value, at: [...base, key] } : undefined;
}
function boolAt(node, base, key) {
    const value = child(node, key);
    return typeof value === 'boolean' ? { value, at: [...base, key] } : undefined;
}
function listAt(node, base, key) {
    const value = child(node, key);
    return Array.isArray(value) ? { value, at: [...base, key] } : undefined;
}
/** A list of strings; undefined when any element is not a string. */
function strListAt(node, base, key) {
    const list = listAt(node, base, key);
    return list && list.value.every((v) => typeof v === 'string') ? list : undefined;
}
/** A scalar written as text or number (`version: 1.2` parses as a number), as text. */
function textAt(node, base, key) {
    const value = child(node, key);
    if (typeof value === 'string')
        return { value, at: [...base, key] };
    if (typeof value === 'number' && Number.isFinite(value))
        return { value: String(value), at: [...base, key] };
    return undefined;
}
/**
 * A number as a standard that writes numbers as strings has it: a finite number, or a string that is only a decimal
 * number (`"0.91"`, `"1e-3"`), as that number. Anything else is returned unchanged for the checks to judge.
 */
function numberFromText(value) {
    if (typeof value !== 'string' || !/^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(value))
        return value;
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
}
/** The entries of a mapping with their paths, in document order. */
function entries(node, base) {
    return isObj(node) ? Object.entries(node).map(([key, value]) => ({ key, value, at: [...base, key] })) : [];
}
/** The elements of a sequence with their paths. */
function elements(node, base) {
    return Array.isArray(node) ? node.map((value, index) => ({ value, at: [...base, index], index })) : [];
}
/** Copy only the defined properties, so mapped objects have no `key: undefined` noise for deep equality. */
function defined(value) {
    return putDefined({}, value);
}
/** Copy the defined properties of `source` onto `target` (in their order) and return `target`. */
function putDefined(target, source) {
    const from = source;
    const to = target;
    // for\u2026in over a plain object literal: no intermediate entry arrays on this hot path (every field of every file).
    for (const k in from) {
        const v = from[k];
        if (v !== undefined)
            to[k] = v;
    }
    return target;
}

/** The attributes read the same way wherever they sit (on a DCS field, a native field, ODCS logicalTypeOptions). */
function constraintsAt(node, at) {
    return {
        format: strAt(node, at, 'format'),
        minLength: numAt(node, at, 'minLength'),
        maxLength: numAt(node, at, 'maxLength'),
        pattern: strAt(node, at, 'pattern'),
        minimum: boundAt(node, at, 'minimum'),
        maximum: boundAt(node, at, 'maximum'),
        exclusiveMinimum: boundAt(node, at, 'exclusiveMinimum'),
        exclusiveMaximum: boundAt(node, at, 'exclusiveMaximum'),
        precision: numAt(node, at, 'precision'),
        scale: numAt(node, at, 'scale')
    };
}
/** A bound as a finite number or as non-empty text (a date or timestamp bound); anything else is absent. */
function boundAt(node, at, key) {
    const value = child(node, key);
    if (typeof value === 'string' && value.trim() !== '')
        return { value, at: [...at, key] };
    return numAt(node, at, key);
}
function annotationsAt(node, at) {
    return {
        required: boolAt(node, at, 'required'),
        unique: boolAt(node, at, 'unique'),
        primaryKey: boolAt(node, at, 'primaryKey'),
        classification: strAt(node, at, 'classification'),
        description: strAt(node, at, 'description'),
        tags: strListAt(node, at, 'tags'),
        examples: listAt(node, at, 'examples')
    };
}
/**
 * The nodes `contract.schema` reports on its own when they have the wrong shape: every field without a type (a
 * field that is not a mapping has none) and the fields container of every table without fields. Passed to
 * `validate` as `reportedNodes`, so a field left empty (`amount:`) is reported once, as a field with no type.
 */
function itemReportedNodes(objects) {
    const nodes = [];
    const visit = (field) => {
        if (field.type === undefined)
            nodes.push(field.at);
        field.fields.forEach(visit);
        if (field.items)
            visit(field.items);
    };
    for (const object of objects) {
        if (object.fields.length === 0)
            nodes.push(object.fieldsAt);
        object.fields.forEach(visit);
    }
    return nodes;
}
function mapKeyedFields(node, at, options) {
    return entries(node, at).map((e) => mapKeyedField(e.key, e.value, e.at, options));
}
function mapKeyedField(name, node, at, options) {
    const field = (name !== undefined ? { name, at } : { at });
    putDefined(field, typeOf(node, at, options));
    putDefined(field, constraintsAt(node, at));
    putDefined(field, annotationsAt(node, at));
    putDefined(field, {
        enum: listAt(node, at, 'enum'),
        pii: boolAt(node, at, 'pii'),
        ref: strAt(node, at, '$ref')
    });
    field.fields = mapKeyedFields(child(node, 'fields'), [...at, 'fields'], options);
    const items = child(node, 'items');
    if (items !== undefined && items !== null)
        field.items = mapKeyedField(undefined, items, [...at, 'items'], options);
    return field;
}
function typeOf(node, at, options) {
    const type = strAt(node, at, 'type');
    if (type)
        return { type, typeValid: options.types.has(type.value) };
    const ref = strAt(node, at, '$ref');
    if (!ref)
        return {};
    // A $ref field takes its type from the definition; an unresolvable one still counts as typed.
    const definitionType = child(options.resolveRef?.(ref.value), 'type');
    if (typeof definitionType === 'string') {
        return { type: { value: definitionType, at: ref.at }, typeValid: options.types.has(definitionType) };
    }
    return { type: ref, typeValid: true };
}
/**
 * The type of every field `contract.schema` judges against the standard's list (Field.typeValid), so `validate`
 * leaves out the schema's enum error at exactly these paths (`reportedTypes`) instead of saying it twice.
 */
function itemReportedTypes(objects) {
    const types = [];
    const visit = (field) => {
        if (field.typeValid !== undefined && field.type)
            types.push(field.type.at);
        field.fields.forEach(visit);
        if (field.items)
            visit(field.items);
    };
    for (const object of objects)
        object.fields.forEach(visit);
    return types;
}

// Cheap looks at raw text, before any parsing.
/** The first `---` block of a Markdown file, as huggingface_hub finds it; undefined when there is none. */
function frontMatterText(text) {
    return /^\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
}
function isMarkdown(path) {
    return /\.(md|markdown)$/i.test(path);
}
/** A top-level key with a value in YAML (`key: value`) or JSON (`"key": "value"`). */
function hasTopLevel(text, key, value) {
    // Most files name neither: a substring search rules them out before any regular expression runs.
    if (!text.includes(key) || (value !== undefined && !text.includes(value)))
        return false;
    const { yaml, json } = topLevelPatterns(key, value);
    return yaml.test(text) || json.test(text);
}
const patterns = new Map();
/** Built once per key and value: every file of a run is sniffed with the same few. */
function topLevelPatterns(key, value) {
    const id = `${key}\u0000${value ?? ''}`;
    let found = patterns.get(id);
    if (!found) {
        const k = escapeRegExp(key);
        const v = value === undefined ? '' : escapeRegExp(value);
        found = {
            yaml: new RegExp(`^["']?${k}["']?:${value === undefined ? '' : `\\s*["']?${v}["']?\\s*(?:#.*)?$`}`, 'm'),
            json: new RegExp(`"${k}"\\s*:${value === undefined ? '' : `\\s*"${v}"`}`)
        };
        patterns.set(id, found);
    }
    return found;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var formats$2 = {};

var hasRequiredFormats;

function requireFormats () {
	if (hasRequiredFormats) return formats$2;
	hasRequiredFormats = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
		function fmtDef(validate, compare) {
		    return { validate, compare };
		}
		exports.fullFormats = {
		    // date: http://tools.ietf.org/html/rfc3339#section-5.6
		    date: fmtDef(date, compareDate),
		    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
		    time: fmtDef(getTime(true), compareTime),
		    "date-time": fmtDef(getDateTime(true), compareDateTime),
		    "iso-time": fmtDef(getTime(), compareIsoTime),
		    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
		    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
		    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
		    uri,
		    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
		    // uri-template: https://tools.ietf.org/html/rfc6570
		    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
		    // For the source: https://gist.github.com/dperini/729294
		    // For test cases: https://mathiasbynens.be/demo/url-regex
		    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
		    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
		    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
		    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
		    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
		    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
		    regex,
		    // uuid: http://tools.ietf.org/html/rfc4122
		    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
		    // JSON-pointer: https://tools.ietf.org/html/rfc6901
		    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
		    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
		    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
		    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
		    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
		    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
		    // byte: https://github.com/miguelmota/is-base64
		    byte,
		    // signed 32 bit integer
		    int32: { type: "number", validate: validateInt32 },
		    // signed 64 bit integer
		    int64: { type: "number", validate: validateInt64 },
		    // C-type float
		    float: { type: "number", validate: validateNumber },
		    // C-type double
		    double: { type: "number", validate: validateNumber },
		    // hint to the UI to hide input strings
		    password: true,
		    // unchecked string payload
		    binary: true,
		};
		exports.fastFormats = {
		    ...exports.fullFormats,
		    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
		    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
		    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
		    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
		    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
		    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
		    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
		    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
		    // email (sources from jsen validator):
		    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
		    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
		    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
		};
		exports.formatNames = Object.keys(exports.fullFormats);
		function isLeapYear(year) {
		    // https://tools.ietf.org/html/rfc3339#appendix-C
		    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
		}
		const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
		const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
		function date(str) {
		    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
		    const matches = DATE.exec(str);
		    if (!matches)
		        return false;
		    const year = +matches[1];
		    const month = +matches[2];
		    const day = +matches[3];
		    return (month >= 1 &&
		        month <= 12 &&
		        day >= 1 &&
		        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
		}
		function compareDate(d1, d2) {
		    if (!(d1 && d2))
		        return undefined;
		    if (d1 > d2)
		        return 1;
		    if (d1 < d2)
		        return -1;
		    return 0;
		}
		const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
		function getTime(strictTimeZone) {
		    return function time(str) {
		        const matches = TIME.exec(str);
		        if (!matches)
		            return false;
		        const hr = +matches[1];
		        const min = +matches[2];
		        const sec = +matches[3];
		        const tz = matches[4];
		        const tzSign = matches[5] === "-" ? -1 : 1;
		        const tzH = +(matches[6] || 0);
		        const tzM = +(matches[7] || 0);
		        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
		            return false;
		        if (hr <= 23 && min <= 59 && sec < 60)
		            return true;
		        // leap second
		        const utcMin = min - tzM * tzSign;
		        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
		        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
		    };
		}
		function compareTime(s1, s2) {
		    if (!(s1 && s2))
		        return undefined;
		    const t1 = new Date("2020-01-01T" + s1).valueOf();
		    const t2 = new Date("2020-01-01T" + s2).valueOf();
		    if (!(t1 && t2))
		        return undefined;
		    return t1 - t2;
		}
		function compareIsoTime(t1, t2) {
		    if (!(t1 && t2))
		        return undefined;
		    const a1 = TIME.exec(t1);
		    const a2 = TIME.exec(t2);
		    if (!(a1 && a2))
		        return undefined;
		    t1 = a1[1] + a1[2] + a1[3];
		    t2 = a2[1] + a2[2] + a2[3];
		    if (t1 > t2)
		        return 1;
		    if (t1 < t2)
		        return -1;
		    return 0;
		}
		const DATE_TIME_SEPARATOR = /t|\s/i;
		function getDateTime(strictTimeZone) {
		    const time = getTime(strictTimeZone);
		    return function date_time(str) {
		        // http://tools.ietf.org/html/rfc3339#section-5.6
		        const dateTime = str.split(DATE_TIME_SEPARATOR);
		        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
		    };
		}
		function compareDateTime(dt1, dt2) {
		    if (!(dt1 && dt2))
		        return undefined;
		    const d1 = new Date(dt1).valueOf();
		    const d2 = new Date(dt2).valueOf();
		    if (!(d1 && d2))
		        return undefined;
		    return d1 - d2;
		}
		function compareIsoDateTime(dt1, dt2) {
		    if (!(dt1 && dt2))
		        return undefined;
		    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
		    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
		    const res = compareDate(d1, d2);
		    if (res === undefined)
		        return undefined;
		    return res || compareTime(t1, t2);
		}
		const NOT_URI_FRAGMENT = /\/|:/;
		const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
		function uri(str) {
		    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
		    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
		}
		const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
		function byte(str) {
		    BYTE.lastIndex = 0;
		    return BYTE.test(str);
		}
		const MIN_INT32 = -2147483648;
		const MAX_INT32 = 2 ** 31 - 1;
		function validateInt32(value) {
		    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
		}
		function validateInt64(value) {
		    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
		    return Number.isInteger(value);
		}
		function validateNumber() {
		    return true;
		}
		const Z_ANCHOR = /[^\\]\\Z/;
		function regex(str) {
		    if (Z_ANCHOR.test(str))
		        return false;
		    try {
		        new RegExp(str);
		        return true;
		    }
		    catch (e) {
		        return false;
		    }
		}
		
	} (formats$2));
	return formats$2;
}

var formatsExports = requireFormats();
var formats$1 = /*@__PURE__*/getDefaultExportFromCjs(formatsExports);

var helper0 = /*#__PURE__*/_mergeNamespaces({
    __proto__: null,
    default: formats$1
}, [formatsExports]);

var equal$1 = {};

var fastDeepEqual;
var hasRequiredFastDeepEqual;

function requireFastDeepEqual () {
	if (hasRequiredFastDeepEqual) return fastDeepEqual;
	hasRequiredFastDeepEqual = 1;

	// do not edit .js files directly - edit src/index.jst



	fastDeepEqual = function equal(a, b) {
	  if (a === b) return true;

	  if (a && b && typeof a == 'object' && typeof b == 'object') {
	    if (a.constructor !== b.constructor) return false;

	    var length, i, keys;
	    if (Array.isArray(a)) {
	      length = a.length;
	      if (length != b.length) return false;
	      for (i = length; i-- !== 0;)
	        if (!equal(a[i], b[i])) return false;
	      return true;
	    }



	    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
	    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
	    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

	    keys = Object.keys(a);
	    length = keys.length;
	    if (length !== Object.keys(b).length) return false;

	    for (i = length; i-- !== 0;)
	      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

	    for (i = length; i-- !== 0;) {
	      var key = keys[i];

	      if (!equal(a[key], b[key])) return false;
	    }

	    return true;
	  }

	  // true if both NaN, false otherwise
	  return a!==a && b!==b;
	};
	return fastDeepEqual;
}

var hasRequiredEqual;

function requireEqual () {
	if (hasRequiredEqual) return equal$1;
	hasRequiredEqual = 1;
	Object.defineProperty(equal$1, "__esModule", { value: true });
	// https://github.com/ajv-validator/ajv/issues/889
	const equal = requireFastDeepEqual();
	equal.code = 'require("ajv/dist/runtime/equal").default';
	equal$1.default = equal;
	
	return equal$1;
}

var equalExports = /*@__PURE__*/ requireEqual();
var equal = /*@__PURE__*/getDefaultExportFromCjs(equalExports);

var helper1 = /*#__PURE__*/_mergeNamespaces({
    __proto__: null,
    default: equal
}, [equalExports]);

var ucs2length$1 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$1;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$1, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$1.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$1;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

var helper2 = /*#__PURE__*/_mergeNamespaces({
    __proto__: null,
    default: ucs2length
}, [ucs2lengthExports]);

const HELPERS = {
  "ajv-formats/dist/formats": helper0,
  "ajv/dist/runtime/equal": helper1,
  "ajv/dist/runtime/ucs2length": helper2
};
const FILES = {
  "dcs-1.1.0": () => new URL('../validators/dcs-1.1.0.cjs', import.meta.url).href,
  "dcs-1.2.1": () => new URL('../validators/dcs-1.2.1.cjs', import.meta.url).href,
  "handoff-contract": () => new URL('../validators/handoff-contract.cjs', import.meta.url).href,
  "handoff-model-card": () => new URL('../validators/handoff-model-card.cjs', import.meta.url).href,
  "odcs-3.0.2": () => new URL('../validators/odcs-3.0.2.cjs', import.meta.url).href,
  "odcs-3.1.0": () => new URL('../validators/odcs-3.1.0.cjs', import.meta.url).href,
  "odcs-3.2.0": () => new URL('../validators/odcs-3.2.0.cjs', import.meta.url).href
};
const requireFile$1 = createRequire(import.meta.url);
const helper = (path) => {
  if (!(path in HELPERS)) throw new Error('a precompiled validator needs ' + path + ', which the bundle does not carry')
  return HELPERS[path]
};
const loaded = new Map();
function schemaValidator(target) {
  const id = target.split('#')[0];
  let table = loaded.get(id);
  if (table === undefined) {
    const file = FILES[id];
    if (file === undefined) throw new Error('no JSON Schema ' + target)
    table = requireFile$1(fileURLToPath(file()))(helper);
    loaded.set(id, table);
  }
  const validate = table[target];
  if (validate === undefined) throw new Error('no JSON Schema ' + target)
  return validate
}

/** At most this many issues per file. */
const MAX_ISSUES = 10;
const COMBINATORS = new Set(['oneOf', 'anyOf']);
const NOISE = new Set(['if', 'then', 'else', 'unevaluatedProperties', ...COMBINATORS]);
function validate(id, data, options) {
    const validateFn = schemaValidator(id);
    if (validateFn(data))
        return [];
    const issues = [];
    const seen = new Set();
    const { kept, forms } = collapse(validateFn.errors ?? []);
    for (const error of kept) {
        const issue = toIssue(error, data, options, forms.get(error));
        if (!issue)
            continue;
        const key = `${issue.at.join('\u0000')}\u0001${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
        if (issues.length === MAX_ISSUES)
            break;
    }
    return issues;
}
/**
 * For every failed oneOf/anyOf, keep what its branches reported deepest in the document (the branch that matched
 * furthest); when no branch got past the combinator's own value, keep the combinator's single error instead, with
 * the forms its branches expected (`forms`) so the message can say what would have been accepted.
 * ajv reports a combinator's branch errors just before the combinator error itself.
 */
function collapse(errors) {
    const dropped = new Set();
    const forms = new Map();
    errors.forEach((error, index) => {
        if (!COMBINATORS.has(error.keyword))
            return;
        const window = [];
        for (let i = index - 1; i >= 0 && within(errors[i].instancePath, error.instancePath); i--)
            window.push(i);
        const live = window.filter((i) => !dropped.has(i) && isBranchError(errors[i], error));
        const depth = (i) => segments(errors[i].instancePath).length;
        const own = segments(error.instancePath).length;
        const deepest = Math.max(own, ...live.map(depth));
        if (deepest > own) {
            for (const i of live)
                if (depth(i) < deepest)
                    dropped.add(i);
            dropped.add(index);
        }
        else if (live.length > 0 && live.every((i) => errors[i].keyword === 'type')) {
            // Every branch wanted another type: `must be string or object` says it better than `must match one schema`.
            dropped.add(index);
        }
        else {
            for (const i of live)
                dropped.add(i);
            forms.set(error, expectedForms(live.reverse().map((i) => errors[i]), forms));
        }
    });
    // `if`/`then` failures and `unevaluatedProperties` (a failed subschema evaluates nothing, so every sibling key
    // looks unevaluated) are only noise beside a real error at or below the same place.
    // A combinator kept with the forms it expected is a real problem too, and outranks an `if`/`then` at its value.
    const kept = errors.filter((_, i) => !dropped.has(i));
    const isReal = (e) => !NOISE.has(e.keyword) || forms.has(e);
    const real = kept.filter(isReal);
    return {
        kept: mergeTypeErrors(kept.filter((e) => isReal(e) || !real.some((r) => within(r.instancePath, e.instancePath)))),
        forms
    };
}
/**
 * What the branches of a failed combinator would have accepted, in the schema's order, each once: `a string
 * matching "^\u2026$"`, `an array`, `a mapping without 'username'`. A nested combinator contributes its own forms.
 */
function expectedForms(branchErrors, nested) {
    const out = [];
    // Branches that each require another key (ODCS quality operators) read as one form: one of these keys. The keys
    // one branch does not allow read as one form too: a mapping without them.
    const required = [];
    let requiredAt = -1;
    const extras = new Map();
    for (const error of branchErrors) {
        if (error.keyword === 'required') {
            if (requiredAt < 0)
                requiredAt = out.push('') - 1;
            const key = `'${String(error.params.missingProperty)}'`;
            if (!required.includes(key))
                required.push(key);
            continue;
        }
        if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
            const params = error.params;
            const key = `'${String(params.additionalProperty ?? params.unevaluatedProperty)}'`;
            let branch = extras.get(error.schemaPath);
            if (!branch)
                extras.set(error.schemaPath, (branch = { at: out.push('') - 1, keys: [] }));
            if (!branch.keys.includes(key))
                branch.keys.push(key);
            continue;
        }
        const inner = nested.get(error);
        for (const form of inner ?? [expectedForm(error)])
            if (form && !out.includes(form))
                out.push(form);
    }
    if (requiredAt >= 0) {
        out[requiredAt] =
            required.length === 1 ? `a mapping with ${required[0]}` : `a mapping with one of ${required.join(', ')}`;
    }
    for (const { at, keys } of extras.values())
        out[at] = `a mapping without ${keys.join(', ')}`;
    return out.filter((form, i) => out.indexOf(form) === i);
}
function expectedForm(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'type':
            return String(params.type)
                .split(',')
                .map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`)
                .join(' or ');
        case 'pattern':
            return `a string matching "${String(params.pattern)}"`;
        case 'format':
            return `a ${String(params.format)}`;
        case 'enum':
            return `one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return JSON.stringify(params.allowedValue);
        case 'if':
        case 'then':
        case 'else':
            return undefined;
        default:
            return error.message;
    }
}
/** `must be string` and `must be number` at one place become `must be string or number`. */
function mergeTypeErrors(errors) {
    const out = [];
    const byPath = new Map();
    for (const error of errors) {
        if (error.keyword !== 'type') {
            out.push(error);
            continue;
        }
        const previous = byPath.get(error.instancePath);
        if (!previous) {
            const copy = { ...error, params: { type: String(error.params.type) } };
            byPath.set(error.instancePath, copy);
            out.push(copy);
            continue;
        }
        const types = new Set(String(previous.params.type).split(','));
        for (const t of String(error.params.type).split(','))
            types.add(t);
        previous.params = { type: [...types].join(',') };
    }
    return out;
}
/**
 * Whether `error` came from one of `combinator`'s branches rather than from a sibling keyword of the same schema
 * (a `required` beside the `oneOf`). Branch errors sit under the combinator's schema path, or, reached through a
 * `$ref`, outside the schema that holds the combinator.
 */
function isBranchError(error, combinator) {
    const holder = combinator.schemaPath.slice(0, combinator.schemaPath.lastIndexOf('/'));
    return (error.schemaPath.startsWith(`${combinator.schemaPath}/`) || !error.schemaPath.startsWith(`${holder}/`));
}
function samePath$1(a, b) {
    return a.length === b.length && a.every((s, i) => s === b[i]);
}
function within(path, parent) {
    return path === parent || path.startsWith(`${parent}/`);
}
function segments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/');
}
/** A JSON Pointer as a JsonPath: sequence indexes as numbers, following the data to tell them from keys. */
function pointerToPath(pointer, data) {
    const path = [];
    let node = data;
    for (const raw of segments(pointer)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node) && /^\d+$/.test(key)) {
            path.push(Number(key));
            node = node[Number(key)];
        }
        else {
            path.push(key);
            node = typeof node === 'object' && node !== null ? node[key] : undefined;
        }
    }
    return path;
}
/** `schema[0].properties[2]`, `info.version`, `models.orders.fields["a.b"]`. */
function renderPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
function toIssue(error, data, options, forms) {
    const path = pointerToPath(error.instancePath, data);
    let at = path;
    let message = error.message ?? 'is invalid';
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            const full = [...path, missing];
            if (options.reportedKeys.some((k) => samePath$1(k, full)))
                return;
            break;
        }
        case 'additionalProperties':
            at = [...path, String(params.additionalProperty)];
            if (options.reportedExtras?.some((k) => samePath$1(k, at)))
                return;
            message = `must NOT have additional property '${String(params.additionalProperty)}'`;
            break;
        case 'unevaluatedProperties':
            at = [...path, String(params.unevaluatedProperty)];
            if (options.reportedExtras?.some((k) => samePath$1(k, at)))
                return;
            message = `must NOT have unevaluated property '${String(params.unevaluatedProperty)}'`;
            break;
        case 'enum':
            if (options.reportedTypes?.some((t) => samePath$1(t, path)))
                return;
            message = `must be one of: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
            break;
        case 'oneOf':
        case 'anyOf':
            // A oneOf that matched more than one form keeps ajv's words; one that matched none says what would do.
            if (!Array.isArray(params.passingSchemas) && forms && forms.length > 0)
                message = `must be ${joinForms(forms)}`;
            break;
        case 'const':
            message = `must be ${JSON.stringify(params.allowedValue)}`;
            break;
        case 'type':
            if (options.reportedNodes?.some((node) => samePath$1(node, path)))
                return;
            message = `must be ${String(params.type).split(',').join(' or ')}`;
            break;
    }
    const root = path[0];
    const item = typeof root === 'string' && options.schemaRoots.includes(root) ? 'contract.schema' : 'file.schema';
    const where = renderPath(path);
    return { item, message: where === '' ? message : `${where}: ${message}`, at };
}
/** `a, b or c`. */
function joinForms(forms) {
    return forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`;
}

/** `logicalType` values of the ODCS v3.1.0 JSON Schema (v3.0.2 allows a subset; its schema rejects the rest). */
const ODCS_LOGICAL_TYPES = new Set([
    'string',
    'date',
    'timestamp',
    'time',
    'number',
    'integer',
    'object',
    'array',
    'boolean'
]);
const ODCS_VERSIONS = {
    '0': { schema: 'odcs-3.0.2', logicalTypes: ODCS_LOGICAL_TYPES },
    '1': { schema: 'odcs-3.1.0', logicalTypes: ODCS_LOGICAL_TYPES },
    // v3.2.0 adds the `map` logical type (RFC 0030) and property `enum`s (RFC 0033).
    '2': { schema: 'odcs-3.2.0', logicalTypes: new Set([...ODCS_LOGICAL_TYPES, 'map']) }
};
/** The ODCS versions handoff-check reads, as messages name them. */
const ODCS_SUPPORTED = 'v3.0.x, v3.1.x and v3.2.x';
// `v3.1.0`, `v3.2`, and `v3` alone (validated as v3.1.0, whose schema then names the allowed values).
const V3 = /^v3(?:\.(\d+))?(?:[.-]|$)/;
/** The version a v3 `apiVersion` names, when handoff-check reads it; undefined for v2, v3.3 and anything else. */
function odcsVersion(apiVersion) {
    // String() would call a hostile value's own toString.
    const match = typeof apiVersion === 'string' ? V3.exec(apiVersion) : null;
    if (!match)
        return undefined;
    return ODCS_VERSIONS[match[1] ?? '1'];
}
const odcs = {
    standard: 'odcs',
    kind: 'contract',
    // `kind: DataContract` without `apiVersion` too, and v2's `kind: managedDataset`: such a file is reported as not
    // supported (formats/unsupported.ts) rather than skipped.
    sniff: (text) => hasTopLevel(text, 'kind', 'DataContract') || hasTopLevel(text, 'kind', 'managedDataset'),
    detect: (data) => child(data, 'kind') === 'DataContract' && odcsVersion(child(data, 'apiVersion')) !== undefined,
    map: (data) => mapOdcs(data)
};
function mapOdcs(data) {
    const apiVersion = child(data, 'apiVersion');
    // detect() lets only a version handoff-check reads through; a mapper called on anything else reads it as v3.1.
    const version = odcsVersion(apiVersion) ?? ODCS_VERSIONS['1'];
    const schemaList = anyAt(data, [], 'schema');
    const objects = elements(schemaList?.value, ['schema']).map((e) => schemaObject(e.value, e.at, version.logicalTypes));
    const owners = ownersOf(data);
    // contract.owner says where ODCS reads the owner; the schema's "additional property" would say less, twice.
    const strayOwner = owners.length === 0 ? anyAt(data, [], 'owner') : undefined;
    return {
        kind: 'contract',
        standard: 'odcs',
        at: [],
        ...defined({
            standardVersion: typeof apiVersion === 'string' ? apiVersion : undefined,
            name: strAt(data, [], 'name'),
            id: strAt(data, [], 'id'),
            version: anyAt(data, [], 'version'),
            freshness: freshnessOf(data),
            schema: schemaList && { value: objects, at: schemaList.at },
            strayOwner
        }),
        versionAnchor: [],
        owners,
        ownerAnchor: [],
        freshnessAnchor: child(data, 'slaProperties') === undefined ? [] : ['slaProperties'],
        schemaAnchor: [],
        issues: validateOdcs(data, version, {
            ...VALIDATION,
            reportedNodes: itemReportedNodes(objects),
            reportedTypes: itemReportedTypes(objects),
            ...(strayOwner && { reportedExtras: [strayOwner.at] })
        })
    };
}
/**
 * First found: customProperties `owner`; team members whose role names an owner (`username`, else `name`); the
 * v3.1 team's own `name` (where datacontract-cli writes a DCS `info.owner`); support `mailto:` channels. A member
 * named as owner is more specific than the team, and one the team can be reached through.
 */
function ownersOf(data) {
    const custom = elements(child(data, 'customProperties'), ['customProperties'])
        .filter((e) => child(e.value, 'property') === 'owner')
        .flatMap((e) => anyAt(e.value, e.at, 'value') ?? []);
    if (custom.length > 0)
        return custom;
    const team = child(data, 'team');
    const members = Array.isArray(team)
        ? elements(team, ['team'])
        : elements(child(team, 'members'), ['team', 'members']);
    const owners = members
        .filter((m) => /owner/i.test(strAt(m.value, m.at, 'role')?.value ?? ''))
        .flatMap((m) => strAt(m.value, m.at, 'username') ?? strAt(m.value, m.at, 'name') ?? []);
    if (owners.length > 0)
        return owners;
    const teamName = strAt(team, ['team'], 'name');
    if (teamName && teamName.value.trim() !== '')
        return [teamName];
    return elements(child(data, 'support'), ['support']).flatMap((e) => {
        const url = strAt(e.value, e.at, 'url');
        return url && /^mailto:/i.test(url.value)
            ? [{ value: url.value.replace(/^mailto:/i, ''), at: url.at }]
            : [];
    });
}
function freshnessOf(data) {
    const sla = elements(child(data, 'slaProperties'), ['slaProperties']);
    const entry = sla.find((e) => child(e.value, 'property') === 'freshness') ??
        sla.find((e) => child(e.value, 'property') === 'latency');
    if (!entry)
        return undefined;
    const value = anyAt(entry.value, entry.at, 'value');
    if (!value)
        return undefined;
    return { at: entry.at, value, ...defined({ unit: anyAt(entry.value, entry.at, 'unit') }) };
}
function schemaObject(node, at, types) {
    const name = child(node, 'name');
    return {
        name: typeof name === 'string' ? name : '',
        at,
        ...defined({ type: strAt(node, at, 'physicalType'), description: strAt(node, at, 'description') }),
        fields: properties(node, at, types),
        fieldsAt: child(node, 'properties') === undefined ? at : [...at, 'properties']
    };
}
function properties(node, at, types) {
    return elements(child(node, 'properties'), [...at, 'properties']).map((e) => property(e.value, e.at, types));
}
function property(node, at, types) {
    const logicalType = strAt(node, at, 'logicalType');
    const physicalType = strAt(node, at, 'physicalType');
    const options = child(node, 'logicalTypeOptions');
    const name = child(node, 'name');
    // Assigned one group at a time: a spread of every attribute into a temporary object, filtered again, was the
    // costliest step of mapping a large contract.
    const field = (typeof name === 'string' ? { name, at } : { at });
    putDefined(field, {
        type: logicalType ?? physicalType,
        // Physical types are the data store's own and free-form.
        typeValid: logicalType ? types.has(logicalType.value) : physicalType ? true : undefined,
        physicalType
    });
    if (isObj(options))
        putDefined(field, constraintsAt(options, [...at, 'logicalTypeOptions']));
    putDefined(field, annotationsAt(node, at));
    putDefined(field, { primaryKeyPosition: numAt(node, at, 'primaryKeyPosition'), enum: enumValues(node, at) });
    field.fields = properties(node, at, types);
    const items = child(node, 'items');
    if (isObj(items))
        field.items = property(items, [...at, 'items'], types);
    return field;
}
/**
 * v3.2 `enum: [{ value, label, \u2026 }]` as its values, for the breaking-change diff; any other shape is the schema's.
 * Before v3.2, the custom property `enum` with a list, where datacontract-cli's DCS \u2192 ODCS export writes a DCS enum.
 */
function enumValues(node, at) {
    const list = child(node, 'enum');
    if (Array.isArray(list) && list.every((e) => isObj(e) && 'value' in e))
        return { value: list.map((e) => e.value), at: [...at, 'enum'] };
    const custom = child(node, 'customProperties');
    if (!Array.isArray(custom))
        return undefined;
    const index = custom.findIndex((e) => child(e, 'property') === 'enum' && Array.isArray(child(e, 'value')));
    return index < 0
        ? undefined
        : { value: child(custom[index], 'value'), at: [...at, 'customProperties', index, 'value'] };
}
const VALIDATION = { schemaRoots: ['schema'], reportedKeys: [['version']] };
/**
 * Each file against the schema of its own minor version. A v3.0.x file that only uses what v3.1.0 allows (a `team`
 * object, numeric `exclusiveMinimum`, \u2026) passes: the standard's own v3.0.x examples do exactly that. When it fails
 * both, the shorter list is the more specific one. A v3.0.x file passes when either schema accepts it, so v3.1.0,
 * which accepts nearly every valid v3.0.x file too, is asked first: one validation settles most files, and a thread
 * that meets only valid files never loads the v3.0.2 validator at all.
 */
function validateOdcs(data, version, options) {
    if (version.schema !== 'odcs-3.0.2')
        return validate(version.schema, data, options);
    const later = validate('odcs-3.1.0', data, options);
    if (later.length === 0)
        return later;
    const declared = validate('odcs-3.0.2', data, options);
    return later.length < declared.length ? later : declared;
}

const fileParse = {
    id: 'file.parse',
    appliesTo: 'file',
    defaultSeverity: 'error',
    title: 'File can be read',
    description: 'The file is valid YAML (or Markdown with a YAML front-matter block) in a format handoff-check knows.',
    help: 'Fix the YAML syntax at the reported line; a Markdown model card needs a front-matter block between two `---` lines.',
    example: 'owner: "@acme/ml-platform"   # key: value, two-space indentation, no tabs',
    messages: {
        syntax: 'The file cannot be parsed: {{detail}}. Fix the YAML at this line; the other files are still checked.',
        unrecognised: 'Not a data contract or model card handoff-check recognises: expected ODCS v3 (`kind: DataContract`), Data Contract Specification (`dataContractSpecification:`), a handoff-check contract (`kind: HandoffContract`) or model card (`kind: ModelCard`), a Hugging Face model card (Markdown front matter with a model card key such as `model-index:` or `library_name:`) or a Model Card Toolkit card (a .json file with `"model_details"`).',
        dataRecords: 'Data records, not a data contract or model card: {{count}} JSON records, {{form}}. Check the contract or model card that describes this data instead, or list the file in `paths.ignore` when it sits where contracts are looked for.',
        template: 'An unrendered template, not a data contract or model card: "{{placeholder}}" is filled in only when it is rendered (Jinja, Helm, the Hub\'s card template). Check the rendered file instead, or list the template in `paths.ignore`.',
        noFrontMatter: 'No YAML front matter found: a Markdown model card starts with a `---` line, its metadata, and a closing `---` line.',
        tooLarge: 'Too large to check: {{size}}, over the {{limit}} limit (`limits.maxFileBytes`). The file was not read; split it, raise the limit in the policy, or list it in `paths.ignore` when it is not a contract or model card.',
        binary: 'Binary content ({{detail}}): a data contract or model card is UTF-8 text (or UTF-16 with a byte-order mark). The file was not checked.',
        notAFile: 'Not a regular file: {{detail}}. handoff-check never follows symbolic links or submodules; commit the contract or model card itself at this path.',
        was: 'This was {{what}} at the base and is not one now: {{detail}}',
        companion: '{{path}}:{{line}} cannot be parsed: {{detail}}. Fix the YAML there; this file is checked without it.',
        companionUnread: '{{path}} was not read with this file: {{size}}, over the {{limit}} limit (`limits.maxFileBytes`). This file is checked without it.',
        internal: 'handoff-check could not check this file ({{detail}}). This is a bug in handoff-check; please report it.'
    }
};
const fileSchema = {
    id: 'file.schema',
    appliesTo: 'file',
    defaultSeverity: 'error',
    title: 'File conforms to its standard',
    description: "The document is valid against its standard's published JSON Schema (ODCS, DCS, handoff-check's own).",
    help: "Fix the reported key so the file validates against its standard's JSON Schema.",
    example: 'status: active   # ODCS v3 requires version, apiVersion, kind, id and status',
    messages: {
        standard: '{{detail}}'
    }
};
const fileStandardVersion = {
    id: 'file.standard-version',
    appliesTo: 'file',
    defaultSeverity: 'error',
    title: 'File is in a standard version handoff-check reads',
    description: 'A file that calls itself a data contract (`kind: DataContract` or `kind: managedDataset`) is in a version handoff-check reads (ODCS v3.0 to v3.2), so it is checked rather than skipped.',
    help: "Migrate an ODCS v2 contract to v3; upgrade handoff-check for a newer ODCS; list another tool's file in `paths.ignore`.",
    example: 'apiVersion: v3.1.0   # with kind: DataContract',
    messages: {
        odcsBeforeV3: `ODCS {{version}} is not supported: handoff-check reads ODCS ${ODCS_SUPPORTED}. Migrate this contract to ODCS v3 (https://github.com/bitol-io/open-data-contract-standard), or list it in \`paths.ignore\`.`,
        odcsNewer: `ODCS {{version}} is newer than the versions this handoff-check reads (${ODCS_SUPPORTED}): upgrade handoff-check, or declare a version it reads.`,
        otherDataContract: "`kind: DataContract` with `apiVersion: {{version}}` is not a standard handoff-check reads: for ODCS write a v3 `apiVersion` (`v3.1.0`); for another tool's format list the file in `paths.ignore`."
    }
};

/** `{{where}}` in the template is replaced by each standard's entry. */
function contractMissingMessages(template, where) {
    return {
        missingNative: template.replace('{{where}}', where.native),
        missingOdcs: template.replace('{{where}}', where.odcs),
        missingDcs: template.replace('{{where}}', where.dcs)
    };
}
function cardMissingMessages(template, where) {
    return {
        missingNative: template.replace('{{where}}', where.native),
        missingHuggingface: template.replace('{{where}}', where.huggingface),
        missingMct: template.replace('{{where}}', where.mct)
    };
}
function contractMissingId(doc) {
    return doc.standard === 'odcs' ? 'missingOdcs' : doc.standard === 'dcs' ? 'missingDcs' : 'missingNative';
}
function cardMissingId(doc) {
    return doc.standard === 'huggingface'
        ? 'missingHuggingface'
        : doc.standard === 'model-card-toolkit'
            ? 'missingMct'
            : 'missingNative';
}
/**
 * A mapper may tie a standard's schema violation to any item (`StandardIssue.item`); the engine reports it with
 * message id `standard`, so every item carries this template.
 */
const STANDARD_ISSUE = { standard: '{{detail}}' };

// Model artifact formats: one id per format, the aliases people write, and the file extensions that fit.
const ARTIFACT_FORMATS = {
    onnx: { aliases: [], extensions: ['.onnx'] },
    torchscript: { aliases: [], extensions: ['.pt', '.pth', '.ts'] },
    pytorch: { aliases: [], extensions: ['.pt', '.pth', '.bin'] },
    'sklearn-pickle': { aliases: ['pickle', 'sklearn'], extensions: ['.pkl', '.pickle'] },
    'sklearn-joblib': { aliases: ['joblib'], extensions: ['.joblib'] },
    safetensors: { aliases: [], extensions: ['.safetensors'] },
    'tensorflow-savedmodel': {
        aliases: ['savedmodel', 'tf-savedmodel'],
        extensions: [],
        files: ['saved_model.pb'],
        dir: true
    },
    keras: { aliases: [], extensions: ['.keras', '.h5'] },
    tflite: { aliases: [], extensions: ['.tflite'] },
    gguf: { aliases: [], extensions: ['.gguf'] },
    xgboost: { aliases: [], extensions: ['.json', '.ubj', '.model'] },
    lightgbm: { aliases: [], extensions: ['.txt'] },
    pmml: { aliases: [], extensions: ['.pmml'] },
    coreml: { aliases: [], extensions: ['.mlmodel', '.mlpackage'] },
    mlflow: { aliases: [], extensions: [], files: ['MLmodel'], dir: true }
};
const ALIASES = new Map(Object.entries(ARTIFACT_FORMATS).flatMap(([id, spec]) => spec.aliases.map((a) => [a, id])));
/** Lower-case, spaces and underscores as `-`, aliases resolved (`TorchScript` \u2192 `torchscript`, `joblib` \u2192 `sklearn-joblib`). */
function normaliseFormat(value) {
    if (typeof value !== 'string')
        return undefined;
    const id = value
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-');
    if (!id)
        return undefined;
    return ALIASES.get(id) ?? id;
}
/** What a path for the format must look like, for messages (`.pt, .pth or .ts`); undefined for formats not in the table. */
function expectedShape(format) {
    const spec = ARTIFACT_FORMATS[format];
    if (!spec)
        return undefined;
    const names = [...spec.extensions, ...(spec.files ?? [])];
    if (spec.dir)
        names.unshift('a directory');
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
/**
 * Whether the artifact path fits the format: its extension is one of the format's, or, for directory formats,
 * it has no extension or is one of their marker files. True for formats the table does not know.
 */
function pathFitsFormat(format, path) {
    const spec = ARTIFACT_FORMATS[format];
    if (!spec)
        return true;
    const trimmed = path.trim().replace(/\/+$/, '');
    const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    if (spec.files?.includes(base))
        return true;
    const dot = base.lastIndexOf('.');
    if (dot <= 0)
        return spec.dir === true;
    return spec.extensions.includes(base.slice(dot).toLowerCase());
}

/** A scalar as the user wrote it, for quoting in messages; structures are summarised, never dumped. */
function quote(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null || value === undefined)
        return 'null';
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
    if (Array.isArray(value))
        return 'a list';
    return 'a mapping';
}

const artifactFormat = {
    id: 'artifact.format',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Artifact format is allowed',
    description: "The model card names its artifact's format, the format is one `artifact.formats` allows, and the artifact path (when given) has the format's extension.",
    help: 'Name the serialisation format of the model file, one the serving platform accepts (see `artifact.formats`).',
    example: 'artifact: { format: onnx, path: models/churn/model.onnx }',
    messages: {
        ...cardMissingMessages('No artifact format: add {{where}}.', {
            native: '`artifact.format: onnx` (and `artifact.path: models/model.onnx`)',
            huggingface: '`handoff.artifact: { format: safetensors, path: model.safetensors }` in the front matter',
            mct: '`"handoff": { "artifact": { "format": "onnx", "path": "model.onnx" } }`'
        }),
        notText: 'Artifact format is {{value}}: write the format id as a string, e.g. `onnx`.',
        notAllowed: 'Artifact format "{{value}}" is not allowed here; allowed: {{allowed}} (artifact.formats in .github/handoff.yml).',
        badPath: 'Artifact path is {{value}}: write the path of the model file as a string.',
        wrongExtension: 'Artifact path "{{path}}" does not fit the format {{format}}: expected {{expected}}.',
        ...STANDARD_ISSUE
    },
    check(doc, ctx) {
        const { format, path } = doc.artifact;
        if (format === undefined)
            return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.artifact.anchor }];
        const id = normaliseFormat(format.value);
        if (id === undefined) {
            return [
                { messageId: 'notText', data: { value: quote(format.value) }, status: 'invalid', at: format.at }
            ];
        }
        const allowed = ctx.config.artifact.formats.map((f) => normaliseFormat(f) ?? f);
        const reports = [];
        if (!allowed.includes(id)) {
            reports.push({
                messageId: 'notAllowed',
                data: { value: quote(format.value), allowed: allowed.join(', ') },
                status: 'invalid',
                at: format.at
            });
        }
        if (path === undefined)
            return reports;
        if (typeof path.value !== 'string' || path.value.trim() === '') {
            const value = typeof path.value === 'string' ? 'empty' : quote(path.value);
            reports.push({ messageId: 'badPath', data: { value }, status: 'invalid', at: path.at });
        }
        else if (!pathFitsFormat(id, path.value)) {
            reports.push({
                messageId: 'wrongExtension',
                data: { path: path.value, format: id, expected: expectedShape(id) ?? id },
                status: 'invalid',
                at: path.at
            });
        }
        return reports;
    }
};

// Durations as people write them in contracts: ISO 8601 (`PT24H`, `P1D`, `P1W`) or a number and a unit
// (`24h`, `7 days`), or, in ODCS, a number with a separate unit. All parse to seconds.
const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
const UNITS = {
    ms: SECOND / 1000,
    msec: SECOND / 1000,
    millisecond: SECOND / 1000,
    milliseconds: SECOND / 1000,
    s: SECOND,
    sec: SECOND,
    secs: SECOND,
    second: SECOND,
    seconds: SECOND,
    m: MINUTE,
    min: MINUTE,
    mins: MINUTE,
    minute: MINUTE,
    minutes: MINUTE,
    h: HOUR,
    hr: HOUR,
    hrs: HOUR,
    hour: HOUR,
    hours: HOUR,
    d: DAY,
    day: DAY,
    days: DAY,
    w: WEEK,
    wk: WEEK,
    week: WEEK,
    weeks: WEEK,
    mo: MONTH,
    month: MONTH,
    months: MONTH,
    y: YEAR,
    yr: YEAR,
    yrs: YEAR,
    year: YEAR,
    years: YEAR
};
const ISO = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const SHORT = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i;
/** The unit's length in seconds (`h` \u2192 3600, `days` \u2192 86400), case-insensitive; undefined when unknown. */
function durationUnitSeconds(unit) {
    if (typeof unit !== 'string')
        return undefined;
    return UNITS[unit.trim().toLowerCase()];
}
/**
 * Seconds in a duration, or undefined when the value is not one. A bare number is a duration only with `unit`
 * (ODCS `slaProperties` split value and unit); a string carries its own unit and must not have a `unit` besides.
 */
function parseDuration(value, unit) {
    if (unit !== undefined) {
        const size = durationUnitSeconds(unit);
        const n = typeof value === 'number' ? value : typeof value === 'string' ? toNumber$1(value) : undefined;
        return size === undefined || n === undefined ? undefined : n * size;
    }
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    const iso = ISO.exec(text);
    if (iso && text !== 'P' && !/T$/i.test(text)) {
        const sizes = [YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND];
        return sizes.reduce((sum, size, i) => sum + (iso[i + 1] ? Number(iso[i + 1].replace(',', '.')) * size : 0), 0);
    }
    const short = SHORT.exec(text);
    if (!short)
        return undefined;
    const size = durationUnitSeconds(short[2]);
    return size === undefined ? undefined : Number(short[1]) * size;
}
/** For messages: hours, and days too from one day on (`36 hours (1.5 days)`). */
function describeDuration(seconds) {
    const hours = round(seconds / HOUR);
    const h = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
    if (seconds < DAY)
        return h;
    const days = round(seconds / DAY);
    return `${h} (${days} ${days === 1 ? 'day' : 'days'})`;
}
function round(n) {
    return Math.round(n * 100) / 100;
}
function toNumber$1(text) {
    const t = text.trim();
    return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

const contractFreshness = {
    id: 'contract.freshness',
    appliesTo: 'contract',
    defaultSeverity: 'error',
    title: 'Contract states how fresh the data is',
    description: 'The contract states the maximum age of its data as a positive duration, no longer than `freshness.max` when configured.',
    help: 'State the maximum data age as an ISO 8601 duration (`PT24H`, `P1D`) or a number and a unit (`24h`, `7d`).',
    example: 'freshness: 24h',
    messages: {
        ...contractMissingMessages('No freshness: add {{where}} (the maximum age of the data).', {
            native: '`freshness: 24h`',
            odcs: 'an `slaProperties` entry `{ property: freshness, value: 24, unit: h }`',
            dcs: '`servicelevels.freshness.threshold: 24h`'
        }),
        unparseable: 'Freshness "{{value}}" is not a duration: write ISO 8601 (`PT24H`, `P1D`) or a number and a unit (`30m`, `24h`, `7d`).',
        notPositive: 'Freshness "{{value}}" must be longer than zero.',
        tooLong: 'Freshness {{actual}} is longer than the allowed maximum of {{max}} (freshness.max in .github/handoff.yml).',
        ...STANDARD_ISSUE
    },
    check(doc, ctx) {
        const f = doc.freshness;
        if (!f)
            return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.freshnessAnchor }];
        const written = f.unit ? `${quote(f.value.value)} ${quote(f.unit.value)}` : quote(f.value.value);
        const seconds = parseDuration(f.value.value, f.unit?.value);
        const report = (messageId, data) => [
            { messageId, data, status: 'invalid', at: f.value.at }
        ];
        if (seconds === undefined || !Number.isFinite(seconds))
            return report('unparseable', { value: written });
        if (seconds <= 0)
            return report('notPositive', { value: written });
        const max = ctx.config.freshness.max === undefined ? undefined : parseDuration(ctx.config.freshness.max);
        if (max !== undefined && seconds > max) {
            return report('tooLong', { actual: describeDuration(seconds), max: describeDuration(max) });
        }
        return [];
    }
};

// Owners as teams write them: any non-empty name ("Checkout Team", `ceastwood`, `urn:acme:team:checkout`). The three
// forms CODEOWNERS accepts, a GitHub user (`@alice`), a team (`@acme/ml-platform`) or an email, are the ones a pull
// request can notify.
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const EMAIL = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** The owner's kind, or undefined when the value is not a user, team or email (surrounding spaces allowed). */
function ownerKind(value) {
    if (typeof value !== 'string')
        return undefined;
    const v = value.trim();
    if (USER.test(v))
        return 'user';
    if (TEAM.test(v))
        return 'team';
    if (EMAIL.test(v))
        return 'email';
    return undefined;
}
/** A name: a string with something besides spaces. */
function isOwnerName(value) {
    return typeof value === 'string' && value.trim() !== '';
}
/**
 * Whether CODEOWNERS names the owner; GitHub compares users, teams and emails case-insensitively. A bare username
 * (ODCS `username: ceastwood`) matches its handle (`@ceastwood`).
 */
function inCodeowners(owner, codeowners) {
    const wanted = owner.trim().toLowerCase();
    for (const o of codeowners) {
        const listed = o.toLowerCase();
        if (listed === wanted || listed === `@${wanted}`)
            return true;
    }
    return false;
}
/** Whether a pull request can notify the owner: a user, team or email, or a name CODEOWNERS lists. */
function isReachable(owner, codeowners) {
    return ownerKind(owner) !== undefined || (codeowners !== undefined && inCodeowners(owner, codeowners));
}

const OWNER_MESSAGES = {
    badOwner: 'Owner "{{value}}" is not a name: write the owner as text, a GitHub team (`@acme/data-platform`), user (`@alice`), email (`data@acme.com`) or the team\'s name.',
    unreachable: 'Owner "{{value}}" cannot be notified from a pull request: it is not a GitHub user (`@alice`), team (`@acme/data-platform`) or email. Name one too, so the owner hears of changes.',
    unreachableRequired: 'Owner "{{value}}" cannot be notified from a pull request: name a GitHub user (`@alice`), team (`@acme/data-platform`), email, or an owner CODEOWNERS lists (owners.require is reachable).',
    notInCodeowners: 'Owner "{{value}}" does not appear in CODEOWNERS; add it there or name an owner that does (owners.codeowners is on).'
};
/** A list value (`owners: [...]`, `rollback: [a, b]`) counts element by element, each at its own path. */
function expandOwners(values) {
    return values.flatMap((o) => Array.isArray(o.value) ? o.value.map((value, i) => ({ value, at: [...o.at, i] })) : [o]);
}
/** Reports for each owner that is not a name, cannot be notified, or, when required, is missing from CODEOWNERS. */
function ownerReports(values, ctx) {
    const reports = [];
    const checkCodeowners = ctx.config.owners.codeowners && ctx.codeowners !== undefined;
    const requireReachable = ctx.config.owners.require === 'reachable';
    for (const owner of expandOwners(values)) {
        if (!isOwnerName(owner.value)) {
            reports.push({
                messageId: 'badOwner',
                data: { value: quote(owner.value) },
                status: 'invalid',
                at: owner.at
            });
            continue;
        }
        const value = owner.value.trim();
        if (checkCodeowners && !inCodeowners(value, ctx.codeowners)) {
            reports.push({ messageId: 'notInCodeowners', data: { value }, status: 'invalid', at: owner.at });
        }
        else if (!isReachable(value, ctx.codeowners)) {
            reports.push(requireReachable
                ? { messageId: 'unreachableRequired', data: { value }, status: 'invalid', at: owner.at }
                : { messageId: 'unreachable', data: { value }, status: 'invalid', at: owner.at, severity: 'notice' });
        }
    }
    return reports;
}

const contractOwner = {
    id: 'contract.owner',
    appliesTo: 'contract',
    defaultSeverity: 'error',
    title: 'Contract names its owner',
    description: "The contract names at least one owner: a team's name, or one a pull request can notify (a GitHub user, team or email).",
    help: 'Name the team that answers for this data: a GitHub user (`@alice`), team (`@acme/data-platform`) or email.',
    example: 'owner: "@acme/data-platform"',
    messages: {
        ...contractMissingMessages('No owner: add {{where}} (a GitHub user, team or email).', {
            native: '`owner: "@acme/data-platform"`',
            odcs: 'a top-level `customProperties` entry `{ property: owner, value: "@acme/data-platform" }` or a `team` member with role `owner`',
            dcs: '`info.owner: "@acme/data-platform"`'
        }),
        strayOdcs: 'No owner where ODCS reads one: ODCS has no top-level `owner`; move "{{value}}" to a top-level `customProperties` entry `{ property: owner, value: "{{value}}" }` or to `team.name`.',
        ...OWNER_MESSAGES,
        ...STANDARD_ISSUE
    },
    check(doc, ctx) {
        if (expandOwners(doc.owners).length === 0) {
            if (doc.strayOwner) {
                const value = quote(doc.strayOwner.value);
                return [{ messageId: 'strayOdcs', data: { value }, status: 'missing', at: doc.strayOwner.at }];
            }
            return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.ownerAnchor }];
        }
        return ownerReports(doc.owners, ctx);
    }
};

const contractSchema = {
    id: 'contract.schema',
    appliesTo: 'contract',
    defaultSeverity: 'error',
    title: 'Contract declares a typed schema',
    description: 'The contract declares at least one table (or view, topic, \u2026), each with at least one field, and every field, nested ones included, has a name and a valid type.',
    help: 'Declare each table with its fields; give every field a name and a type the standard allows.',
    example: 'schema: { orders: { fields: { order_id: { type: string, required: true } } } }',
    messages: {
        ...contractMissingMessages('No schema: add {{where}}.', {
            native: '`schema: { orders: { fields: { order_id: { type: string } } } }`',
            odcs: 'a `schema` list, e.g. `schema: [{ name: orders, properties: [{ name: order_id, logicalType: string }] }]`',
            dcs: '`models: { orders: { fields: { order_id: { type: string } } } }`'
        }),
        empty: 'The schema declares no tables: add at least one, with its fields.',
        noFields: 'Table "{{object}}" has no fields: declare at least one, with a name and a type.',
        unnamedField: 'A field of "{{parent}}" has no name: give it a `name`.',
        untypedField: 'Field "{{field}}" has no type: give it one ({{typeKey}}).',
        badType: 'Field "{{field}}" has type "{{type}}", which {{standard}} does not allow.',
        ...STANDARD_ISSUE
    },
    check(doc) {
        if (!doc.schema)
            return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.schemaAnchor }];
        if (doc.schema.value.length === 0)
            return [{ messageId: 'empty', status: 'invalid', at: doc.schema.at }];
        const reports = [];
        for (const object of doc.schema.value) {
            if (object.fields.length === 0) {
                reports.push({
                    messageId: 'noFields',
                    data: { object: object.name },
                    status: 'invalid',
                    at: object.fieldsAt
                });
            }
            for (const field of object.fields)
                checkField(doc, field, object.name, true, reports);
        }
        return reports;
    }
};
const TYPE_KEY = {
    odcs: '`logicalType: string`, or a `physicalType`',
    dcs: '`type: string`',
    'handoff-contract': '`type: string`'
};
const STANDARD_NAME = {
    odcs: 'ODCS',
    dcs: 'the Data Contract Specification',
    'handoff-contract': 'the handoff-check contract'
};
// Array elements (`items`) are named by their array, so only fields proper must have a name.
function checkField(doc, field, parent, named, reports) {
    const label = typeof field.name === 'string' && named ? `${parent}.${field.name}` : parent;
    if (named && (typeof field.name !== 'string' || field.name.trim() === '')) {
        reports.push({ messageId: 'unnamedField', data: { parent }, status: 'invalid', at: field.at });
    }
    const typedByPhysical = doc.standard === 'odcs' && field.physicalType !== undefined;
    if (field.type === undefined) {
        if (!typedByPhysical) {
            reports.push({
                messageId: 'untypedField',
                data: { field: label, typeKey: TYPE_KEY[doc.standard] ?? TYPE_KEY.dcs },
                status: 'invalid',
                at: field.at
            });
        }
    }
    else if (field.typeValid === false) {
        reports.push({
            messageId: 'badType',
            data: {
                field: label,
                type: quote(field.type.value),
                standard: STANDARD_NAME[doc.standard] ?? 'the standard'
            },
            status: 'invalid',
            at: field.type.at
        });
    }
    for (const nested of field.fields)
        checkField(doc, nested, label, true, reports);
    if (field.items)
        checkField(doc, field.items, `${label}[]`, false, reports);
}

var re = {exports: {}};

var constants$1;
var hasRequiredConstants$1;

function requireConstants$1 () {
	if (hasRequiredConstants$1) return constants$1;
	hasRequiredConstants$1 = 1;

	// Note: this is the semver.org version of the spec that it implements
	// Not necessarily the package version of this code.
	const SEMVER_SPEC_VERSION = '2.0.0';

	const MAX_LENGTH = 256;
	const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
	/* istanbul ignore next */ 9007199254740991;

	// Max safe segment length for coercion.
	const MAX_SAFE_COMPONENT_LENGTH = 16;

	// Max safe length for a build identifier. The max length minus 6 characters for
	// the shortest version with a build 0.0.0+BUILD.
	const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

	// ECMAScript whitespace and line terminators matched by \s.
	const WHITESPACE_CHARACTERS = [
	  '\t',
	  '\n',
	  '\v',
	  '\f',
	  '\r',
	  ' ',
	  '\u00a0',
	  '\u1680',
	  '\u2000',
	  '\u2001',
	  '\u2002',
	  '\u2003',
	  '\u2004',
	  '\u2005',
	  '\u2006',
	  '\u2007',
	  '\u2008',
	  '\u2009',
	  '\u200a',
	  '\u2028',
	  '\u2029',
	  '\u202f',
	  '\u205f',
	  '\u3000',
	  '\ufeff',
	];

	const RELEASE_TYPES = [
	  'major',
	  'premajor',
	  'minor',
	  'preminor',
	  'patch',
	  'prepatch',
	  'prerelease',
	];

	constants$1 = {
	  MAX_LENGTH,
	  MAX_SAFE_COMPONENT_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  MAX_SAFE_INTEGER,
	  WHITESPACE_CHARACTERS,
	  RELEASE_TYPES,
	  SEMVER_SPEC_VERSION,
	  FLAG_INCLUDE_PRERELEASE: 0b001,
	  FLAG_LOOSE: 0b010,
	};
	return constants$1;
}

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;

	const debug = (
	  typeof process === 'object' &&
	  process.env &&
	  process.env.NODE_DEBUG &&
	  /\bsemver\b/i.test(process.env.NODE_DEBUG)
	) ? (...args) => console.error('SEMVER', ...args)
	  : () => {};

	debug_1 = debug;
	return debug_1;
}

var hasRequiredRe;

function requireRe () {
	if (hasRequiredRe) return re.exports;
	hasRequiredRe = 1;
	(function (module, exports) {

		const {
		  MAX_SAFE_COMPONENT_LENGTH,
		  MAX_SAFE_BUILD_LENGTH,
		  MAX_LENGTH,
		} = requireConstants$1();
		const debug = requireDebug();
		exports = module.exports = {};

		// The actual regexps go on exports.re
		const re = exports.re = [];
		const safeRe = exports.safeRe = [];
		const src = exports.src = [];
		const safeSrc = exports.safeSrc = [];
		const t = exports.t = {};
		let R = 0;

		const LETTERDASHNUMBER = '[a-zA-Z0-9-]';

		// Replace some greedy regex tokens to prevent regex dos issues. These regex are
		// used internally via the safeRe object since all inputs in this library get
		// normalized first to trim and collapse all extra whitespace. The original
		// regexes are exported for userland consumption and lower level usage. A
		// future breaking change could export the safer regex only with a note that
		// all input should have extra whitespace removed.
		const safeRegexReplacements = [
		  ['\\s', 1],
		  ['\\d', MAX_LENGTH],
		  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
		];

		const makeSafeRegex = (value) => {
		  for (const [token, max] of safeRegexReplacements) {
		    value = value
		      .split(`${token}*`).join(`${token}{0,${max}}`)
		      .split(`${token}+`).join(`${token}{1,${max}}`);
		  }
		  return value
		};

		const createToken = (name, value, isGlobal) => {
		  const safe = makeSafeRegex(value);
		  const index = R++;
		  debug(name, index, value);
		  t[name] = index;
		  src[index] = value;
		  safeSrc[index] = safe;
		  re[index] = new RegExp(value, isGlobal ? 'g' : undefined);
		  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined);
		};

		// The following Regular Expressions can be used for tokenizing,
		// validating, and parsing SemVer version strings.

		// ## Numeric Identifier
		// A single `0`, or a non-zero digit followed by zero or more digits.

		createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*');
		createToken('NUMERICIDENTIFIERLOOSE', '\\d+');

		// ## Non-numeric Identifier
		// Zero or more digits, followed by a letter or hyphen, and then zero or
		// more letters, digits, or hyphens.

		createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);

		// ## Main Version
		// Three dot-separated numeric identifiers.

		createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})`);

		createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version Identifier
		// A numeric identifier, or a non-numeric identifier.
		// Non-numeric identifiers include numeric identifiers but can be longer.
		// Therefore non-numeric identifiers must go first.

		createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIER]})`);

		createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version
		// Hyphen, followed by one or more dot-separated pre-release version
		// identifiers.

		createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
		}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);

		createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
		}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);

		// ## Build Metadata Identifier
		// Any combination of digits, letters, or hyphens.

		createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`);

		// ## Build Metadata
		// Plus sign, followed by one or more period-separated build metadata
		// identifiers.

		createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
		}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);

		// ## Full Version String
		// A main version, followed optionally by a pre-release version and
		// build metadata.

		// Note that the only major, minor, patch, and pre-release sections of
		// the version string are capturing groups.  The build metadata is not a
		// capturing group, because it should not ever be used in version
		// comparison.

		createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
		}${src[t.PRERELEASE]}?${
		  src[t.BUILD]}?`);

		createToken('FULL', `^${src[t.FULLPLAIN]}$`);

		// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
		// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
		// common in the npm registry.
		createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
		}${src[t.PRERELEASELOOSE]}?${
		  src[t.BUILD]}?`);

		createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`);

		createToken('GTLT', '((?:<|>)?=?)');

		// Something like "2.*" or "1.2.x".
		// Note that "x.x" is a valid xRange identifier, meaning "any version"
		// Only the first item is strictly required.
		createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
		createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);

		createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:${src[t.PRERELEASE]})?${
		                     src[t.BUILD]}?` +
		                   `)?)?`);

		createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:${src[t.PRERELEASELOOSE]})?${
		                          src[t.BUILD]}?` +
		                        `)?)?`);

		createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
		createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);

		// Coercion.
		// Extract anything that could conceivably be a part of a valid semver
		createToken('COERCEPLAIN', `${'(^|[^\\d])' +
		              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
		createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
		createToken('COERCEFULL', src[t.COERCEPLAIN] +
		              `(?:${src[t.PRERELEASE]})?` +
		              `(?:${src[t.BUILD]})?` +
		              `(?:$|[^\\d])`);
		createToken('COERCERTL', src[t.COERCE], true);
		createToken('COERCERTLFULL', src[t.COERCEFULL], true);

		// Tilde ranges.
		// Meaning is "reasonably at or greater than"
		createToken('LONETILDE', '(?:~>?)');

		createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true);
		exports.tildeTrimReplace = '$1~';

		createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
		createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);

		// Caret ranges.
		// Meaning is "at least and backwards compatible with"
		createToken('LONECARET', '(?:\\^)');

		createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true);
		exports.caretTrimReplace = '$1^';

		createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
		createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);

		// A simple gt/lt/eq thing, or just "" to indicate "any version"
		createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
		createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);

		// An expression to strip any whitespace between the gtlt and the thing
		// it modifies, so that `> 1.2.3` ==> `>1.2.3`
		createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
		}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
		exports.comparatorTrimReplace = '$1$2$3';

		// Something like `1.2.3 - 1.2.4`
		// Note that these all use the loose form, because they'll be
		// checked against either the strict or loose comparator form
		// later.
		createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
		                   `\\s+-\\s+` +
		                   `(${src[t.XRANGEPLAIN]})` +
		                   `\\s*$`);

		createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s+-\\s+` +
		                        `(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s*$`);

		// Star ranges basically just allow anything at all.
		createToken('STAR', '(<|>)?=?\\s*\\*');
		// >=0.0.0 is like a star
		createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$');
		createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$'); 
	} (re, re.exports));
	return re.exports;
}

var parseOptions_1;
var hasRequiredParseOptions;

function requireParseOptions () {
	if (hasRequiredParseOptions) return parseOptions_1;
	hasRequiredParseOptions = 1;

	// parse out just the options we care about
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({ });
	const parseOptions = options => {
	  if (!options) {
	    return emptyOpts
	  }

	  if (typeof options !== 'object') {
	    return looseOption
	  }

	  return options
	};
	parseOptions_1 = parseOptions;
	return parseOptions_1;
}

var identifiers;
var hasRequiredIdentifiers;

function requireIdentifiers () {
	if (hasRequiredIdentifiers) return identifiers;
	hasRequiredIdentifiers = 1;

	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
	  if (typeof a === 'number' && typeof b === 'number') {
	    return a === b ? 0 : a < b ? -1 : 1
	  }

	  const anum = numeric.test(a);
	  const bnum = numeric.test(b);

	  if (anum && bnum) {
	    a = +a;
	    b = +b;
	  }

	  return a === b ? 0
	    : (anum && !bnum) ? -1
	    : (bnum && !anum) ? 1
	    : a < b ? -1
	    : 1
	};

	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);

	identifiers = {
	  compareIdentifiers,
	  rcompareIdentifiers,
	};
	return identifiers;
}

var semver$2;
var hasRequiredSemver$1;

function requireSemver$1 () {
	if (hasRequiredSemver$1) return semver$2;
	hasRequiredSemver$1 = 1;

	const debug = requireDebug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = requireConstants$1();
	const { safeRe: re, t } = requireRe();

	const parseOptions = requireParseOptions();
	const { compareIdentifiers } = requireIdentifiers();

	const isPrereleaseIdentifier = (prerelease, identifier) => {
	  const identifiers = identifier.split('.');
	  if (identifiers.length > prerelease.length) {
	    return false
	  }

	  for (let i = 0; i < identifiers.length; i++) {
	    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
	      return false
	    }
	  }

	  return true
	};

	class SemVer {
	  constructor (version, options) {
	    options = parseOptions(options);

	    if (version instanceof SemVer) {
	      if (version.loose === !!options.loose &&
	        version.includePrerelease === !!options.includePrerelease) {
	        return version
	      } else {
	        version = version.version;
	      }
	    } else if (typeof version !== 'string') {
	      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
	    }

	    if (version.length > MAX_LENGTH) {
	      throw new TypeError(
	        `version is longer than ${MAX_LENGTH} characters`
	      )
	    }

	    debug('SemVer', version, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    // this isn't actually relevant for versions, but keep it so that we
	    // don't run into trouble passing this.options around.
	    this.includePrerelease = !!options.includePrerelease;

	    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);

	    if (!m) {
	      throw new TypeError(`Invalid Version: ${version}`)
	    }

	    this.raw = version;

	    // these are actually numbers
	    this.major = +m[1];
	    this.minor = +m[2];
	    this.patch = +m[3];

	    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
	      throw new TypeError('Invalid major version')
	    }

	    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
	      throw new TypeError('Invalid minor version')
	    }

	    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
	      throw new TypeError('Invalid patch version')
	    }

	    // numberify any prerelease numeric ids
	    if (!m[4]) {
	      this.prerelease = [];
	    } else {
	      this.prerelease = m[4].split('.').map((id) => {
	        if (/^[0-9]+$/.test(id)) {
	          const num = +id;
	          if (num >= 0 && num < MAX_SAFE_INTEGER) {
	            return num
	          }
	        }
	        return id
	      });
	    }

	    this.build = m[5] ? m[5].split('.') : [];
	    this.format();
	  }

	  format () {
	    this.version = `${this.major}.${this.minor}.${this.patch}`;
	    if (this.prerelease.length) {
	      this.version += `-${this.prerelease.join('.')}`;
	    }
	    return this.version
	  }

	  toString () {
	    return this.version
	  }

	  compare (other) {
	    debug('SemVer.compare', this.version, this.options, other);
	    if (!(other instanceof SemVer)) {
	      if (typeof other === 'string' && other === this.version) {
	        return 0
	      }
	      other = new SemVer(other, this.options);
	    }

	    if (other.version === this.version) {
	      return 0
	    }

	    return this.compareMain(other) || this.comparePre(other)
	  }

	  compareMain (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    if (this.major < other.major) {
	      return -1
	    }
	    if (this.major > other.major) {
	      return 1
	    }
	    if (this.minor < other.minor) {
	      return -1
	    }
	    if (this.minor > other.minor) {
	      return 1
	    }
	    if (this.patch < other.patch) {
	      return -1
	    }
	    if (this.patch > other.patch) {
	      return 1
	    }
	    return 0
	  }

	  comparePre (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    // NOT having a prerelease is > having one
	    if (this.prerelease.length && !other.prerelease.length) {
	      return -1
	    } else if (!this.prerelease.length && other.prerelease.length) {
	      return 1
	    } else if (!this.prerelease.length && !other.prerelease.length) {
	      return 0
	    }

	    let i = 0;
	    do {
	      const a = this.prerelease[i];
	      const b = other.prerelease[i];
	      debug('prerelease compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  compareBuild (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    let i = 0;
	    do {
	      const a = this.build[i];
	      const b = other.build[i];
	      debug('build compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  // preminor will bump the version up to the next minor release, and immediately
	  // down to pre-release. premajor and prepatch work the same way.
	  inc (release, identifier, identifierBase) {
	    if (release.startsWith('pre')) {
	      if (!identifier && identifierBase === false) {
	        throw new Error('invalid increment argument: identifier is empty')
	      }
	      // Avoid an invalid semver results
	      if (identifier) {
	        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
	        if (!match || match[1] !== identifier) {
	          throw new Error(`invalid identifier: ${identifier}`)
	        }
	      }
	    }

	    switch (release) {
	      case 'premajor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor = 0;
	        this.major++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'preminor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'prepatch':
	        // If this is already a prerelease, it will bump to the next version
	        // drop any prereleases that might already exist, since they are not
	        // relevant at this point.
	        this.prerelease.length = 0;
	        this.inc('patch', identifier, identifierBase);
	        this.inc('pre', identifier, identifierBase);
	        break
	      // If the input is a non-prerelease version, this acts the same as
	      // prepatch.
	      case 'prerelease':
	        if (this.prerelease.length === 0) {
	          this.inc('patch', identifier, identifierBase);
	        }
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'release':
	        if (this.prerelease.length === 0) {
	          throw new Error(`version ${this.raw} is not a prerelease`)
	        }
	        this.prerelease.length = 0;
	        break

	      case 'major':
	        // If this is a pre-major version, bump up to the same major version.
	        // Otherwise increment major.
	        // 1.0.0-5 bumps to 1.0.0
	        // 1.1.0 bumps to 2.0.0
	        if (
	          this.minor !== 0 ||
	          this.patch !== 0 ||
	          this.prerelease.length === 0
	        ) {
	          this.major++;
	        }
	        this.minor = 0;
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'minor':
	        // If this is a pre-minor version, bump up to the same minor version.
	        // Otherwise increment minor.
	        // 1.2.0-5 bumps to 1.2.0
	        // 1.2.1 bumps to 1.3.0
	        if (this.patch !== 0 || this.prerelease.length === 0) {
	          this.minor++;
	        }
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'patch':
	        // If this is not a pre-release version, it will increment the patch.
	        // If it is a pre-release it will bump up to the same patch version.
	        // 1.2.0-5 patches to 1.2.0
	        // 1.2.0 patches to 1.2.1
	        if (this.prerelease.length === 0) {
	          this.patch++;
	        }
	        this.prerelease = [];
	        break
	      // This probably shouldn't be used publicly.
	      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
	      case 'pre': {
	        const base = Number(identifierBase) ? 1 : 0;

	        if (this.prerelease.length === 0) {
	          this.prerelease = [base];
	        } else {
	          let i = this.prerelease.length;
	          while (--i >= 0) {
	            if (typeof this.prerelease[i] === 'number') {
	              this.prerelease[i]++;
	              i = -2;
	            }
	          }
	          if (i === -1) {
	            // didn't increment anything
	            if (identifier === this.prerelease.join('.') && identifierBase === false) {
	              throw new Error('invalid increment argument: identifier already exists')
	            }
	            this.prerelease.push(base);
	          }
	        }
	        if (identifier) {
	          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
	          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
	          let prerelease = [identifier, base];
	          if (identifierBase === false) {
	            prerelease = [identifier];
	          }
	          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
	            const prereleaseBase = this.prerelease[identifier.split('.').length];
	            if (isNaN(prereleaseBase)) {
	              this.prerelease = prerelease;
	            }
	          } else {
	            this.prerelease = prerelease;
	          }
	        }
	        break
	      }
	      default:
	        throw new Error(`invalid increment argument: ${release}`)
	    }
	    this.raw = this.format();
	    if (this.build.length) {
	      this.raw += `+${this.build.join('.')}`;
	    }
	    return this
	  }
	}

	semver$2 = SemVer;
	return semver$2;
}

var parse_1$1;
var hasRequiredParse$1;

function requireParse$1 () {
	if (hasRequiredParse$1) return parse_1$1;
	hasRequiredParse$1 = 1;

	const SemVer = requireSemver$1();
	const parse = (version, options, throwErrors = false) => {
	  if (version instanceof SemVer) {
	    return version
	  }
	  try {
	    return new SemVer(version, options)
	  } catch (er) {
	    if (!throwErrors) {
	      return null
	    }
	    throw er
	  }
	};

	parse_1$1 = parse;
	return parse_1$1;
}

var valid_1;
var hasRequiredValid$1;

function requireValid$1 () {
	if (hasRequiredValid$1) return valid_1;
	hasRequiredValid$1 = 1;

	const parse = requireParse$1();
	const valid = (version, options) => {
	  const v = parse(version, options);
	  return v ? v.version : null
	};
	valid_1 = valid;
	return valid_1;
}

var clean_1;
var hasRequiredClean;

function requireClean () {
	if (hasRequiredClean) return clean_1;
	hasRequiredClean = 1;

	const parse = requireParse$1();
	const clean = (version, options) => {
	  const s = parse(version.trim().replace(/^[=v]+/, ''), options);
	  return s ? s.version : null
	};
	clean_1 = clean;
	return clean_1;
}

var inc_1;
var hasRequiredInc;

function requireInc () {
	if (hasRequiredInc) return inc_1;
	hasRequiredInc = 1;

	const SemVer = requireSemver$1();

	const inc = (version, release, options, identifier, identifierBase) => {
	  if (typeof (options) === 'string') {
	    identifierBase = identifier;
	    identifier = options;
	    options = undefined;
	  }

	  try {
	    return new SemVer(
	      version instanceof SemVer ? version.version : version,
	      options
	    ).inc(release, identifier, identifierBase).version
	  } catch (er) {
	    return null
	  }
	};
	inc_1 = inc;
	return inc_1;
}

var diff_1;
var hasRequiredDiff;

function requireDiff () {
	if (hasRequiredDiff) return diff_1;
	hasRequiredDiff = 1;

	const parse = requireParse$1();

	const diff = (version1, version2) => {
	  const v1 = parse(version1, null, true);
	  const v2 = parse(version2, null, true);
	  const comparison = v1.compare(v2);

	  if (comparison === 0) {
	    return null
	  }

	  const v1Higher = comparison > 0;
	  const highVersion = v1Higher ? v1 : v2;
	  const lowVersion = v1Higher ? v2 : v1;
	  const highHasPre = !!highVersion.prerelease.length;
	  const lowHasPre = !!lowVersion.prerelease.length;

	  if (lowHasPre && !highHasPre) {
	    // Going from prerelease -> no prerelease requires some special casing

	    // If the low version has only a major, then it will always be a major
	    // Some examples:
	    // 1.0.0-1 -> 1.0.0
	    // 1.0.0-1 -> 1.1.1
	    // 1.0.0-1 -> 2.0.0
	    if (!lowVersion.patch && !lowVersion.minor) {
	      return 'major'
	    }

	    // If the main part has no difference
	    if (lowVersion.compareMain(highVersion) === 0) {
	      if (lowVersion.minor && !lowVersion.patch) {
	        return 'minor'
	      }
	      return 'patch'
	    }
	  }

	  // add the `pre` prefix if we are going to a prerelease version
	  const prefix = highHasPre ? 'pre' : '';

	  if (v1.major !== v2.major) {
	    return prefix + 'major'
	  }

	  if (v1.minor !== v2.minor) {
	    return prefix + 'minor'
	  }

	  if (v1.patch !== v2.patch) {
	    return prefix + 'patch'
	  }

	  // high and low are prereleases
	  return 'prerelease'
	};

	diff_1 = diff;
	return diff_1;
}

var major_1;
var hasRequiredMajor;

function requireMajor () {
	if (hasRequiredMajor) return major_1;
	hasRequiredMajor = 1;

	const SemVer = requireSemver$1();
	const major = (a, loose) => new SemVer(a, loose).major;
	major_1 = major;
	return major_1;
}

var minor_1;
var hasRequiredMinor;

function requireMinor () {
	if (hasRequiredMinor) return minor_1;
	hasRequiredMinor = 1;

	const SemVer = requireSemver$1();
	const minor = (a, loose) => new SemVer(a, loose).minor;
	minor_1 = minor;
	return minor_1;
}

var patch_1;
var hasRequiredPatch;

function requirePatch () {
	if (hasRequiredPatch) return patch_1;
	hasRequiredPatch = 1;

	const SemVer = requireSemver$1();
	const patch = (a, loose) => new SemVer(a, loose).patch;
	patch_1 = patch;
	return patch_1;
}

var prerelease_1;
var hasRequiredPrerelease;

function requirePrerelease () {
	if (hasRequiredPrerelease) return prerelease_1;
	hasRequiredPrerelease = 1;

	const parse = requireParse$1();
	const prerelease = (version, options) => {
	  const parsed = parse(version, options);
	  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
	};
	prerelease_1 = prerelease;
	return prerelease_1;
}

var compare_1;
var hasRequiredCompare;

function requireCompare () {
	if (hasRequiredCompare) return compare_1;
	hasRequiredCompare = 1;

	const SemVer = requireSemver$1();
	const compare = (a, b, loose) =>
	  new SemVer(a, loose).compare(new SemVer(b, loose));

	compare_1 = compare;
	return compare_1;
}

var rcompare_1;
var hasRequiredRcompare;

function requireRcompare () {
	if (hasRequiredRcompare) return rcompare_1;
	hasRequiredRcompare = 1;

	const compare = requireCompare();
	const rcompare = (a, b, loose) => compare(b, a, loose);
	rcompare_1 = rcompare;
	return rcompare_1;
}

var compareLoose_1;
var hasRequiredCompareLoose;

function requireCompareLoose () {
	if (hasRequiredCompareLoose) return compareLoose_1;
	hasRequiredCompareLoose = 1;

	const compare = requireCompare();
	const compareLoose = (a, b) => compare(a, b, true);
	compareLoose_1 = compareLoose;
	return compareLoose_1;
}

var compareBuild_1;
var hasRequiredCompareBuild;

function requireCompareBuild () {
	if (hasRequiredCompareBuild) return compareBuild_1;
	hasRequiredCompareBuild = 1;

	const SemVer = requireSemver$1();
	const compareBuild = (a, b, loose) => {
	  const versionA = new SemVer(a, loose);
	  const versionB = new SemVer(b, loose);
	  return versionA.compare(versionB) || versionA.compareBuild(versionB)
	};
	compareBuild_1 = compareBuild;
	return compareBuild_1;
}

var sort_1;
var hasRequiredSort;

function requireSort () {
	if (hasRequiredSort) return sort_1;
	hasRequiredSort = 1;

	const compareBuild = requireCompareBuild();
	const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
	sort_1 = sort;
	return sort_1;
}

var rsort_1;
var hasRequiredRsort;

function requireRsort () {
	if (hasRequiredRsort) return rsort_1;
	hasRequiredRsort = 1;

	const compareBuild = requireCompareBuild();
	const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
	rsort_1 = rsort;
	return rsort_1;
}

var gt_1;
var hasRequiredGt;

function requireGt () {
	if (hasRequiredGt) return gt_1;
	hasRequiredGt = 1;

	const compare = requireCompare();
	const gt = (a, b, loose) => compare(a, b, loose) > 0;
	gt_1 = gt;
	return gt_1;
}

var lt_1;
var hasRequiredLt;

function requireLt () {
	if (hasRequiredLt) return lt_1;
	hasRequiredLt = 1;

	const compare = requireCompare();
	const lt = (a, b, loose) => compare(a, b, loose) < 0;
	lt_1 = lt;
	return lt_1;
}

var eq_1;
var hasRequiredEq;

function requireEq () {
	if (hasRequiredEq) return eq_1;
	hasRequiredEq = 1;

	const compare = requireCompare();
	const eq = (a, b, loose) => compare(a, b, loose) === 0;
	eq_1 = eq;
	return eq_1;
}

var neq_1;
var hasRequiredNeq;

function requireNeq () {
	if (hasRequiredNeq) return neq_1;
	hasRequiredNeq = 1;

	const compare = requireCompare();
	const neq = (a, b, loose) => compare(a, b, loose) !== 0;
	neq_1 = neq;
	return neq_1;
}

var gte_1;
var hasRequiredGte;

function requireGte () {
	if (hasRequiredGte) return gte_1;
	hasRequiredGte = 1;

	const compare = requireCompare();
	const gte = (a, b, loose) => compare(a, b, loose) >= 0;
	gte_1 = gte;
	return gte_1;
}

var lte_1;
var hasRequiredLte;

function requireLte () {
	if (hasRequiredLte) return lte_1;
	hasRequiredLte = 1;

	const compare = requireCompare();
	const lte = (a, b, loose) => compare(a, b, loose) <= 0;
	lte_1 = lte;
	return lte_1;
}

var cmp_1;
var hasRequiredCmp;

function requireCmp () {
	if (hasRequiredCmp) return cmp_1;
	hasRequiredCmp = 1;

	const eq = requireEq();
	const neq = requireNeq();
	const gt = requireGt();
	const gte = requireGte();
	const lt = requireLt();
	const lte = requireLte();

	const cmp = (a, op, b, loose) => {
	  switch (op) {
	    case '===':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a === b

	    case '!==':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a !== b

	    case '':
	    case '=':
	    case '==':
	      return eq(a, b, loose)

	    case '!=':
	      return neq(a, b, loose)

	    case '>':
	      return gt(a, b, loose)

	    case '>=':
	      return gte(a, b, loose)

	    case '<':
	      return lt(a, b, loose)

	    case '<=':
	      return lte(a, b, loose)

	    default:
	      throw new TypeError(`Invalid operator: ${op}`)
	  }
	};
	cmp_1 = cmp;
	return cmp_1;
}

var coerce_1;
var hasRequiredCoerce;

function requireCoerce () {
	if (hasRequiredCoerce) return coerce_1;
	hasRequiredCoerce = 1;

	const SemVer = requireSemver$1();
	const parse = requireParse$1();
	const { safeRe: re, t } = requireRe();

	const coerce = (version, options) => {
	  if (version instanceof SemVer) {
	    return version
	  }

	  if (typeof version === 'number') {
	    version = String(version);
	  }

	  if (typeof version !== 'string') {
	    return null
	  }

	  options = options || {};

	  let match = null;
	  if (!options.rtl) {
	    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
	  } else {
	    // Find the right-most coercible string that does not share
	    // a terminus with a more left-ward coercible string.
	    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
	    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
	    //
	    // Walk through the string checking with a /g regexp
	    // Manually set the index so as to pick up overlapping matches.
	    // Stop when we get a match that ends at the string end, since no
	    // coercible string can be more right-ward without the same terminus.
	    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
	    let next;
	    while ((next = coerceRtlRegex.exec(version)) &&
	        (!match || match.index + match[0].length !== version.length)
	    ) {
	      if (!match ||
	            next.index + next[0].length !== match.index + match[0].length) {
	        match = next;
	      }
	      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
	    }
	    // leave it in a clean state
	    coerceRtlRegex.lastIndex = -1;
	  }

	  if (match === null) {
	    return null
	  }

	  const major = match[2];
	  const minor = match[3] || '0';
	  const patch = match[4] || '0';
	  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : '';
	  const build = options.includePrerelease && match[6] ? `+${match[6]}` : '';

	  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
	};
	coerce_1 = coerce;
	return coerce_1;
}

var truncate_1;
var hasRequiredTruncate;

function requireTruncate () {
	if (hasRequiredTruncate) return truncate_1;
	hasRequiredTruncate = 1;

	const parse = requireParse$1();
	const constants = requireConstants$1();
	const SemVer = requireSemver$1();

	const truncate = (version, truncation, options) => {
	  if (!constants.RELEASE_TYPES.includes(truncation)) {
	    return null
	  }

	  const clonedVersion = cloneInputVersion(version, options);
	  return clonedVersion && doTruncation(clonedVersion, truncation)
	};

	const cloneInputVersion = (version, options) => {
	  const versionStringToParse = (
	    version instanceof SemVer ? version.version : version
	  );

	  return parse(versionStringToParse, options)
	};

	const doTruncation = (version, truncation) => {
	  if (isPrerelease(truncation)) {
	    return version.version
	  }

	  version.prerelease = [];

	  switch (truncation) {
	    case 'major':
	      version.minor = 0;
	      version.patch = 0;
	      break
	    case 'minor':
	      version.patch = 0;
	      break
	  }

	  return version.format()
	};

	const isPrerelease = (type) => {
	  return type.startsWith('pre')
	};

	truncate_1 = truncate;
	return truncate_1;
}

var lrucache;
var hasRequiredLrucache;

function requireLrucache () {
	if (hasRequiredLrucache) return lrucache;
	hasRequiredLrucache = 1;

	class LRUCache {
	  constructor () {
	    this.max = 1000;
	    this.map = new Map();
	  }

	  get (key) {
	    const value = this.map.get(key);
	    if (value === undefined) {
	      return undefined
	    } else {
	      // Remove the key from the map and add it to the end
	      this.map.delete(key);
	      this.map.set(key, value);
	      return value
	    }
	  }

	  delete (key) {
	    return this.map.delete(key)
	  }

	  set (key, value) {
	    const deleted = this.delete(key);

	    if (!deleted && value !== undefined) {
	      // If cache is full, delete the least recently used item
	      if (this.map.size >= this.max) {
	        const firstKey = this.map.keys().next().value;
	        this.delete(firstKey);
	      }

	      this.map.set(key, value);
	    }

	    return this
	  }
	}

	lrucache = LRUCache;
	return lrucache;
}

var trimComparatorWhitespace_1;
var hasRequiredTrimComparatorWhitespace;

function requireTrimComparatorWhitespace () {
	if (hasRequiredTrimComparatorWhitespace) return trimComparatorWhitespace_1;
	hasRequiredTrimComparatorWhitespace = 1;

	// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
	// validation. Each end-index finder returns an exclusive end, or its start
	// on no match.
	// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
	// range.slice(start, end) gives the matched text, not a converted number.
	const {
	  MAX_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  WHITESPACE_CHARACTERS,
	} = requireConstants$1();

	/**
	 * Remembers the last two rows of digits so their characters need not be reread.
	 * Positions start at -1 until a row has been found.
	 *
	 * @typedef {object} DigitRunCache
	 * @property {number} start The first character of the most recently found row.
	 * @property {number} end The position after that row's last character.
	 * @property {number} previousStart The first character of the previous row.
	 * @property {number} previousEnd The position after the previous row.
	 */

	// One entry per UTF-16 code unit keeps membership checks constant-time.
	const whitespace = new Uint8Array(0x10000);
	for (const char of WHITESPACE_CHARACTERS) {
	  whitespace[char.charCodeAt(0)] = 1;
	}

	/**
	 * Checks whether a character is whitespace, like a space, tab, or newline.
	 * Looking past the end of the string returns false.
	 *
	 * @param {string|undefined} char One character, or undefined past the string's end.
	 * @returns {boolean} Whether the character is whitespace.
	 * @example isWhitespace(' ') // true
	 * @example isWhitespace('1') // false
	 */
	const isWhitespace = char =>
	  char !== undefined && whitespace[char.charCodeAt(0)] === 1;

	/**
	 * Checks for v, =, or whitespace before the version number.
	 * These are historical version prefixes, not range operators:
	 * < and > are handled separately, as are tilde and caret ranges.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can belong to a version prefix.
	 * @example isVersionPrefix('=') // true
	 * @example isVersionPrefix('>') // false
	 */
	const isVersionPrefix = char =>
	  char === 'v' ||
	  char === '=' ||
	  isWhitespace(char);

	/**
	 * Checks whether a character is one of the digits 0 through 9.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII digit.
	 * @example isDigit('7') // true
	 * @example isDigit('.') // false
	 */
	const isDigit = char => char !== undefined && char >= '0' && char <= '9';

	/**
	 * Checks whether a character is an English letter, uppercase or lowercase.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII letter.
	 * @example isLetter('b') // true
	 * @example isLetter('7') // false
	 */
	const isLetter = char =>
	  char !== undefined && (
	    (char >= 'a' && char <= 'z') ||
	    (char >= 'A' && char <= 'Z')
	  );

	/**
	 * Checks for a letter, digit, or hyphen: the characters allowed inside
	 * prerelease and build names such as beta-1.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can be part of an identifier.
	 * @example isIdentifierCharacter('-') // true
	 * @example isIdentifierCharacter('.') // false; dots separate identifiers
	 */
	const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-';

	/**
	 * Checks whether a version component can begin here: with a digit or
	 * a wildcard such as x, X, or *.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether a number or wildcard can start with this character.
	 * @example isVersionStart('x') // true
	 * @example isVersionStart('v') // false; v belongs to the prefix
	 */
	const isVersionStart = char =>
	  isDigit(char) ||
	  char === 'x' ||
	  char === 'X' ||
	  char === '*';

	/**
	 * Finds the end of a row of digits, but returns no more than limit digits.
	 * Remembers the last two rows so looking at them again does not reread them.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first character to check.
	 * @param {number} limit The most digit characters the returned match can include.
	 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
	 * @returns {number} The position after the matched digits, or start if none match.
	 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
	 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
	 */
	const findDigitsEndIndex = (range, start, limit, digitRuns) => {
	  if (!isDigit(range[start])) {
	    return start
	  }
	  if (start >= digitRuns.start && start < digitRuns.end) {
	    return Math.min(start + limit, digitRuns.end)
	  }
	  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
	    return Math.min(start + limit, digitRuns.previousEnd)
	  }
	  let end = start + 1;
	  while (isDigit(range[end])) {
	    end++;
	  }
	  // A failed full version can rewind from its second run to its first.
	  digitRuns.previousStart = digitRuns.start;
	  digitRuns.previousEnd = digitRuns.end;
	  digitRuns.start = start;
	  digitRuns.end = end;
	  return Math.min(start + limit, end)
	};

	/**
	 * Reads a number using the old regex's length and leading-zero rules.
	 * Strict mode reads just the first zero in 012; loose mode can read all three.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the number should begin.
	 * @param {boolean} loose Whether to allow leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched digits, not their numeric value.
	 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
	 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
	 */
	const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
	  if (!loose && range[start] === '0') {
	    return start + 1
	  }
	  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
	  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
	};

	/**
	 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
	 * Tries the letter-or-hyphen form first, then the number-only form.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
	 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
	 */
	const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
	  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
	  // The legacy regex tries a nonnumeric identifier before a numeric one.
	  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
	    let end = digitsEnd + 1;
	    const limit = end + MAX_SAFE_BUILD_LENGTH;
	    while (end < limit && isIdentifierCharacter(range[end])) {
	      end++;
	    }
	    return end
	  }
	  return findVersionNumberEndIndex(range, start, loose, digitRuns)
	};

	/**
	 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
	 * Loose mode also allows the name without its opening hyphen.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the suffix should begin, including -.
	 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched suffix, or start if absent.
	 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
	 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
	 */
	const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
	  const hyphen = range[start] === '-';
	  if (!loose && !hyphen) {
	    return start
	  }
	  const identifierStart = start + (hyphen ? 1 : 0);
	  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
	  if (end === identifierStart) {
	    if (!loose || !hyphen) {
	      return start
	    }
	    // In loose syntax, a lone hyphen can itself be the identifier.
	    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
	  }
	  while (range[end] === '.') {
	    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads one build-name piece, such as sha or 123 in +sha.123.
	 * Stops at a disallowed character or the old regex's length limit.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
	 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
	 */
	const findBuildIdentifierEndIndex = (range, start) => {
	  let end = start;
	  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
	    end++;
	  }
	  return end
	};

	/**
	 * Reads optional build metadata such as +sha.123.
	 * Leaves the position unchanged if there is no plus sign followed by a name.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the opening + should be.
	 * @returns {number} The position after the matched metadata, or start if absent.
	 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
	 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
	 */
	const findBuildEndIndex = (range, start) => {
	  if (range[start] !== '+') {
	    return start
	  }
	  let end = findBuildIdentifierEndIndex(range, start + 1);
	  if (end === start + 1) {
	    return start
	  }
	  while (range[end] === '.') {
	    const next = findBuildIdentifierEndIndex(range, end + 1);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads three numbers separated by dots, then any prerelease and build suffixes.
	 * Uses loose rules, so forms such as 01.02.03beta can match here.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first number, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the version match, or start if none matches.
	 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
	 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
	 */
	const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
	  let end = start;
	  for (let component = 0; component < 3; component++) {
	    const next = findVersionNumberEndIndex(range, end, true, digitRuns);
	    if (next === end) {
	      return start
	    }
	    end = next;
	    if (component < 2) {
	      if (range[end] !== '.') {
	        return start
	      }
	      end++;
	    }
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
	 * Numbers use strict leading-zero rules; wildcards take up one character.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the component should begin.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the component, or start if none matches.
	 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
	 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
	 */
	const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
	  if (isDigit(range[start])) {
	    return findVersionNumberEndIndex(range, start, false, digitRuns)
	  }
	  return isVersionStart(range[start]) ? start + 1 : start
	};

	/**
	 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
	 * After the third component, also reads any strict prerelease and build suffixes.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched version text.
	 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
	 */
	const findPartialVersionEndIndex = (range, start, digitRuns) => {
	  let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
	  for (let component = 0; component < 2; component++) {
	    if (range[end] !== '.') {
	      return end
	    }
	    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
	    if (next === end + 1) {
	      return end
	    }
	    end = next;
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Finds where a version match ends, without deciding whether the range is valid.
	 * Tries a loose full version first, then a partial or wildcard version, just
	 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position where scanning the next candidate can resume.
	 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
	 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 */
	const findVersionEndIndex = (range, start, digitRuns) => {
	  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
	  return fullVersionEnd !== start
	    ? fullVersionEnd
	    : findPartialVersionEndIndex(range, start, digitRuns)
	};

	/**
	 * Finds the one whitespace character the old replacement would remove.
	 * Keeps leading whitespace, skips an optional operator, and checks immediately
	 * after it. Returns -1 if there is nothing to remove.
	 *
	 * @param {string} range The text containing a candidate already found by the caller.
	 * @param {number} matchStart The candidate's position, including leading whitespace.
	 * @returns {number} The position of the removable whitespace, or -1 if absent.
	 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
	 * @example findRemovableWhitespaceIndex('>1', 0) // -1
	 */
	const findRemovableWhitespaceIndex = (range, matchStart) => {
	  let position = matchStart;
	  if (isWhitespace(range[position])) {
	    position++;
	  }
	  if (range[position] === '<' || range[position] === '>') {
	    position++;
	  }
	  if (range[position] === '=') {
	    position++;
	  }
	  return isWhitespace(range[position]) ? position : -1
	};

	/**
	 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
	 * Copies everything else according to the old regex's matching rules.
	 * Moves forward through prefixes and whole versions to avoid repeatedly
	 * searching the same characters on long inputs.
	 *
	 * @param {string} range The range text to process; the original string is unchanged.
	 * @returns {string} The range with matched operator whitespace removed.
	 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
	 * @example trimComparatorWhitespace('> invalid') // '> invalid'
	 */
	const trimComparatorWhitespace = range => {
	  let result = '';
	  let copyFrom = 0;
	  let cursor = 0;
	  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };

	  while (cursor < range.length) {
	    const matchStart = cursor;
	    if (range[cursor] === '<' || range[cursor] === '>') {
	      cursor++;
	    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
	      cursor++;
	      continue
	    }

	    // Consume a v/=/whitespace run once, even when no version follows it.
	    while (cursor < range.length && isVersionPrefix(range[cursor])) {
	      cursor++;
	    }
	    if (!isVersionStart(range[cursor])) {
	      continue
	    }

	    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
	    if (whitespacePosition !== -1) {
	      result += range.slice(copyFrom, whitespacePosition);
	      copyFrom = whitespacePosition + 1;
	    }

	    // Skip the entire match, so a prerelease's trailing v cannot be
	    // reconsidered as the prefix of another version.
	    cursor = findVersionEndIndex(range, cursor, digitRuns);
	  }

	  return result + range.slice(copyFrom)
	};

	trimComparatorWhitespace_1 = trimComparatorWhitespace;
	return trimComparatorWhitespace_1;
}

var range;
var hasRequiredRange;

function requireRange () {
	if (hasRequiredRange) return range;
	hasRequiredRange = 1;

	const SPACE_CHARACTERS = /\s+/g;

	// hoisted class for cyclic dependency
	class Range {
	  constructor (range, options) {
	    options = parseOptions(options);

	    if (range instanceof Range) {
	      if (
	        range.loose === !!options.loose &&
	        range.includePrerelease === !!options.includePrerelease
	      ) {
	        return range
	      } else {
	        return new Range(range.raw, options)
	      }
	    }

	    if (range instanceof Comparator) {
	      // just put it in the set and return
	      this.raw = range.value;
	      this.set = [[range]];
	      this.formatted = undefined;
	      return this
	    }

	    this.options = options;
	    this.loose = !!options.loose;
	    this.includePrerelease = !!options.includePrerelease;

	    // First reduce all whitespace as much as possible so we do not have to rely
	    // on potentially slow regexes like \s*. This is then stored and used for
	    // future error messages as well.
	    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ');

	    // First, split on ||
	    this.set = this.raw
	      .split('||')
	      // map the range to a 2d array of comparators
	      .map(r => this.parseRange(r.trim()))
	      // throw out any comparator lists that are empty
	      // this generally means that it was not a valid range, which is allowed
	      // in loose mode, but will still throw if the WHOLE range is invalid.
	      .filter(c => c.length);

	    if (!this.set.length) {
	      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
	    }

	    // if we have any that are not the null set, throw out null sets.
	    if (this.set.length > 1) {
	      // keep the first one, in case they're all null sets
	      const first = this.set[0];
	      this.set = this.set.filter(c => !isNullSet(c[0]));
	      if (this.set.length === 0) {
	        this.set = [first];
	      } else if (this.set.length > 1) {
	        // if we have any that are *, then the range is just *
	        for (const c of this.set) {
	          if (c.length === 1 && isAny(c[0])) {
	            this.set = [c];
	            break
	          }
	        }
	      }
	    }

	    this.formatted = undefined;
	  }

	  get range () {
	    if (this.formatted === undefined) {
	      this.formatted = '';
	      for (let i = 0; i < this.set.length; i++) {
	        if (i > 0) {
	          this.formatted += '||';
	        }
	        const comps = this.set[i];
	        for (let k = 0; k < comps.length; k++) {
	          if (k > 0) {
	            this.formatted += ' ';
	          }
	          this.formatted += comps[k].toString().trim();
	        }
	      }
	    }
	    return this.formatted
	  }

	  format () {
	    return this.range
	  }

	  toString () {
	    return this.range
	  }

	  parseRange (range) {
	    // strip build metadata so it can't bleed into the version
	    range = range.replace(BUILDSTRIPRE, '');

	    // memoize range parsing for performance.
	    // this is a very hot path, and fully deterministic.
	    const memoOpts =
	      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
	      (this.options.loose && FLAG_LOOSE);
	    const memoKey = memoOpts + ':' + range;
	    const cached = cache.get(memoKey);
	    if (cached) {
	      return cached
	    }

	    const loose = this.options.loose;
	    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
	    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
	    range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
	    debug('hyphen replace', range);

	    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
	    range = trimComparatorWhitespace(range);
	    debug('comparator trim', range);

	    // `~ 1.2.3` => `~1.2.3`
	    range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
	    debug('tilde trim', range);

	    // `^ 1.2.3` => `^1.2.3`
	    range = range.replace(re[t.CARETTRIM], caretTrimReplace);
	    debug('caret trim', range);

	    // At this point, the range is completely trimmed and
	    // ready to be split into comparators.

	    let rangeList = range
	      .split(' ')
	      .map(comp => parseComparator(comp, this.options))
	      .join(' ')
	      .split(/\s+/)
	      // >=0.0.0 is equivalent to *
	      .map(comp => replaceGTE0(comp, this.options));

	    if (loose) {
	      // in loose mode, throw out any that are not valid comparators
	      rangeList = rangeList.filter(comp => {
	        debug('loose invalid filter', comp, this.options);
	        return !!comp.match(re[t.COMPARATORLOOSE])
	      });
	    }
	    debug('range list', rangeList);

	    // if any comparators are the null set, then replace with JUST null set
	    // if more than one comparator, remove any * comparators
	    // also, don't include the same comparator more than once
	    const rangeMap = new Map();
	    const comparators = rangeList.map(comp => new Comparator(comp, this.options));
	    for (const comp of comparators) {
	      if (isNullSet(comp)) {
	        return [comp]
	      }
	      rangeMap.set(comp.value, comp);
	    }
	    if (rangeMap.size > 1 && rangeMap.has('')) {
	      rangeMap.delete('');
	    }

	    const result = [...rangeMap.values()];
	    cache.set(memoKey, result);
	    return result
	  }

	  intersects (range, options) {
	    if (!(range instanceof Range)) {
	      throw new TypeError('a Range is required')
	    }

	    return this.set.some((thisComparators) => {
	      return (
	        isSatisfiable(thisComparators, options) &&
	        range.set.some((rangeComparators) => {
	          return (
	            isSatisfiable(rangeComparators, options) &&
	            thisComparators.every((thisComparator) => {
	              return rangeComparators.every((rangeComparator) => {
	                return thisComparator.intersects(rangeComparator, options)
	              })
	            })
	          )
	        })
	      )
	    })
	  }

	  // if ANY of the sets match ALL of its comparators, then pass
	  test (version) {
	    if (!version) {
	      return false
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    for (let i = 0; i < this.set.length; i++) {
	      if (testSet(this.set[i], version, this.options)) {
	        return true
	      }
	    }
	    return false
	  }
	}

	range = Range;

	const LRU = requireLrucache();
	const cache = new LRU();

	const parseOptions = requireParseOptions();
	const Comparator = requireComparator();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const trimComparatorWhitespace = requireTrimComparatorWhitespace();
	const {
	  safeRe: re,
	  src,
	  t,
	  tildeTrimReplace,
	  caretTrimReplace,
	} = requireRe();
	const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = requireConstants$1();

	// unbounded global build-metadata stripper used by parseRange
	const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g');

	const isNullSet = c => c.value === '<0.0.0-0';
	const isAny = c => c.value === '';

	// take a set of comparators and determine whether there
	// exists a version which can satisfy it
	const isSatisfiable = (comparators, options) => {
	  let result = true;
	  const remainingComparators = comparators.slice();
	  let testComparator = remainingComparators.pop();

	  while (result && remainingComparators.length) {
	    result = remainingComparators.every((otherComparator) => {
	      return testComparator.intersects(otherComparator, options)
	    });

	    testComparator = remainingComparators.pop();
	  }

	  return result
	};

	// comprised of xranges, tildes, stars, and gtlt's at this point.
	// already replaced the hyphen ranges
	// turn into a set of JUST comparators.
	const parseComparator = (comp, options) => {
	  comp = comp.replace(re[t.BUILD], '');
	  debug('comp', comp, options);
	  comp = replaceCarets(comp, options);
	  debug('caret', comp);
	  comp = replaceTildes(comp, options);
	  debug('tildes', comp);
	  comp = replaceXRanges(comp, options);
	  debug('xrange', comp);
	  comp = replaceStars(comp, options);
	  debug('stars', comp);
	  return comp
	};

	const isX = id => !id || id.toLowerCase() === 'x' || id === '*';

	const invalidXRangeOrder = (M, m, p) => (
	  (isX(M) && !isX(m)) ||
	  (isX(m) && p && !isX(p))
	);

	// ~, ~> --> * (any, kinda silly)
	// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
	// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
	// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
	// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
	// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
	// ~0.0.1 --> >=0.0.1 <0.1.0-0
	const replaceTildes = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceTilde(c, options))
	    .join(' ')
	};

	const replaceTilde = (comp, options) => {
	  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
	  // if we're including prereleases in the match, then the lower bound is
	  // -0, the lowest possible prerelease value, just like x-ranges and carets.
	  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('tilde', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      // ~1.2 == >=1.2.0 <1.3.0-0
	      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	    } else if (pr) {
	      debug('replaceTilde pr', pr);
	      ret = `>=${M}.${m}.${p}-${pr
	      } <${M}.${+m + 1}.0-0`;
	    } else {
	      // ~1.2.3 == >=1.2.3 <1.3.0-0
	      ret = `>=${M}.${m}.${p
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('tilde return', ret);
	    return ret
	  })
	};

	// ^ --> * (any, kinda silly)
	// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
	// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
	// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
	// ^1.2.3 --> >=1.2.3 <2.0.0-0
	// ^1.2.0 --> >=1.2.0 <2.0.0-0
	// ^0.0.1 --> >=0.0.1 <0.0.2-0
	// ^0.1.0 --> >=0.1.0 <0.2.0-0
	const replaceCarets = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceCaret(c, options))
	    .join(' ')
	};

	const replaceCaret = (comp, options) => {
	  debug('caret', comp, options);
	  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('caret', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      if (M === '0') {
	        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	      } else {
	        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
	      }
	    } else if (pr) {
	      debug('replaceCaret pr', pr);
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p}-${pr
	        } <${+M + 1}.0.0-0`;
	      }
	    } else {
	      debug('no pr');
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p
	        } <${+M + 1}.0.0-0`;
	      }
	    }

	    debug('caret return', ret);
	    return ret
	  })
	};

	const replaceXRanges = (comp, options) => {
	  debug('replaceXRanges', comp, options);
	  return comp
	    .split(/\s+/)
	    .map((c) => replaceXRange(c, options))
	    .join(' ')
	};

	const replaceXRange = (comp, options) => {
	  comp = comp.trim();
	  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
	  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
	    debug('xRange', comp, ret, gtlt, M, m, p, pr);
	    if (invalidXRangeOrder(M, m, p)) {
	      return comp
	    }

	    const xM = isX(M);
	    const xm = xM || isX(m);
	    const xp = xm || isX(p);
	    const anyX = xp;

	    if (gtlt === '=' && anyX) {
	      gtlt = '';
	    }

	    // if we're including prereleases in the match, then we need
	    // to fix this to -0, the lowest possible prerelease value
	    pr = options.includePrerelease ? '-0' : '';

	    if (xM) {
	      if (gtlt === '>' || gtlt === '<') {
	        // nothing is allowed
	        ret = '<0.0.0-0';
	      } else {
	        // nothing is forbidden
	        ret = '*';
	      }
	    } else if (gtlt && anyX) {
	      // we know patch is an x, because we have any x at all.
	      // replace X with 0
	      if (xm) {
	        m = 0;
	      }
	      p = 0;

	      if (gtlt === '>') {
	        // >1 => >=2.0.0
	        // >1.2 => >=1.3.0
	        gtlt = '>=';
	        if (xm) {
	          M = +M + 1;
	          m = 0;
	          p = 0;
	        } else {
	          m = +m + 1;
	          p = 0;
	        }
	      } else if (gtlt === '<=') {
	        // <=0.7.x is actually <0.8.0, since any 0.7.x should
	        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
	        gtlt = '<';
	        if (xm) {
	          M = +M + 1;
	        } else {
	          m = +m + 1;
	        }
	      }

	      if (gtlt === '<') {
	        pr = '-0';
	      }

	      ret = `${gtlt + M}.${m}.${p}${pr}`;
	    } else if (xm) {
	      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
	    } else if (xp) {
	      ret = `>=${M}.${m}.0${pr
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('xRange return', ret);

	    return ret
	  })
	};

	// Because * is AND-ed with everything else in the comparator,
	// and '' means "any version", just remove the *s entirely.
	const replaceStars = (comp, options) => {
	  debug('replaceStars', comp, options);
	  // Looseness is ignored here.  star is always as loose as it gets!
	  return comp
	    .trim()
	    .replace(re[t.STAR], '')
	};

	const replaceGTE0 = (comp, options) => {
	  debug('replaceGTE0', comp, options);
	  return comp
	    .trim()
	    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
	};

	// This function is passed to string.replace(re[t.HYPHENRANGE])
	// M, m, patch, prerelease, build
	// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
	// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
	// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
	// TODO build?
	const hyphenReplace = incPr => ($0,
	  from, fM, fm, fp, fpr, fb,
	  to, tM, tm, tp, tpr) => {
	  if (isX(fM)) {
	    from = '';
	  } else if (isX(fm)) {
	    from = `>=${fM}.0.0${incPr ? '-0' : ''}`;
	  } else if (isX(fp)) {
	    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`;
	  } else if (fpr) {
	    from = `>=${from}`;
	  } else {
	    from = `>=${from}${incPr ? '-0' : ''}`;
	  }

	  if (isX(tM)) {
	    to = '';
	  } else if (isX(tm)) {
	    to = `<${+tM + 1}.0.0-0`;
	  } else if (isX(tp)) {
	    to = `<${tM}.${+tm + 1}.0-0`;
	  } else if (tpr) {
	    to = `<=${tM}.${tm}.${tp}-${tpr}`;
	  } else if (incPr) {
	    to = `<${tM}.${tm}.${+tp + 1}-0`;
	  } else {
	    to = `<=${to}`;
	  }

	  return `${from} ${to}`.trim()
	};

	const testSet = (set, version, options) => {
	  for (let i = 0; i < set.length; i++) {
	    if (!set[i].test(version)) {
	      return false
	    }
	  }

	  if (version.prerelease.length && !options.includePrerelease) {
	    // Find the set of versions that are allowed to have prereleases
	    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
	    // That should allow `1.2.3-pr.2` to pass.
	    // However, `1.2.4-alpha.notready` should NOT be allowed,
	    // even though it's within the range set by the comparators.
	    for (let i = 0; i < set.length; i++) {
	      debug(set[i].semver);
	      if (set[i].semver === Comparator.ANY) {
	        continue
	      }

	      if (set[i].semver.prerelease.length > 0) {
	        const allowed = set[i].semver;
	        if (allowed.major === version.major &&
	            allowed.minor === version.minor &&
	            allowed.patch === version.patch) {
	          return true
	        }
	      }
	    }

	    // Version has a -pre, but it's not one of the ones we like.
	    return false
	  }

	  return true
	};
	return range;
}

var comparator;
var hasRequiredComparator;

function requireComparator () {
	if (hasRequiredComparator) return comparator;
	hasRequiredComparator = 1;

	const ANY = Symbol('SemVer ANY');
	// hoisted class for cyclic dependency
	class Comparator {
	  static get ANY () {
	    return ANY
	  }

	  constructor (comp, options) {
	    options = parseOptions(options);

	    if (comp instanceof Comparator) {
	      if (comp.loose === !!options.loose) {
	        return comp
	      } else {
	        comp = comp.value;
	      }
	    }

	    comp = comp.trim().split(/\s+/).join(' ');
	    debug('comparator', comp, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    this.parse(comp);

	    if (this.semver === ANY) {
	      this.value = '';
	    } else {
	      this.value = this.operator + this.semver.version;
	    }

	    debug('comp', this);
	  }

	  parse (comp) {
	    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
	    const m = comp.match(r);

	    if (!m) {
	      throw new TypeError(`Invalid comparator: ${comp}`)
	    }

	    this.operator = m[1] !== undefined ? m[1] : '';
	    if (this.operator === '=') {
	      this.operator = '';
	    }

	    // if it literally is just '>' or '' then allow anything.
	    if (!m[2]) {
	      this.semver = ANY;
	    } else {
	      this.semver = new SemVer(m[2], this.options.loose);
	    }
	  }

	  toString () {
	    return this.value
	  }

	  test (version) {
	    debug('Comparator.test', version, this.options.loose);

	    if (this.semver === ANY || version === ANY) {
	      return true
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    return cmp(version, this.operator, this.semver, this.options)
	  }

	  intersects (comp, options) {
	    if (!(comp instanceof Comparator)) {
	      throw new TypeError('a Comparator is required')
	    }

	    if (this.operator === '') {
	      if (this.value === '') {
	        return true
	      }
	      return new Range(comp.value, options).test(this.value)
	    } else if (comp.operator === '') {
	      if (comp.value === '') {
	        return true
	      }
	      return new Range(this.value, options).test(comp.semver)
	    }

	    options = parseOptions(options);

	    // Special cases where nothing can possibly be lower
	    if (options.includePrerelease &&
	      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
	      return false
	    }
	    if (!options.includePrerelease &&
	      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
	      return false
	    }

	    // Same direction increasing (> or >=)
	    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
	      return true
	    }
	    // Same direction decreasing (< or <=)
	    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // same SemVer and both sides are inclusive (<= or >=)
	    if (
	      (this.semver.version === comp.semver.version) &&
	      this.operator.includes('=') && comp.operator.includes('=')) {
	      return true
	    }
	    // opposite directions less than
	    if (cmp(this.semver, '<', comp.semver, options) &&
	      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // opposite directions greater than
	    if (cmp(this.semver, '>', comp.semver, options) &&
	      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
	      return true
	    }
	    return false
	  }
	}

	comparator = Comparator;

	const parseOptions = requireParseOptions();
	const { safeRe: re, t } = requireRe();
	const cmp = requireCmp();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const Range = requireRange();
	return comparator;
}

var satisfies_1;
var hasRequiredSatisfies;

function requireSatisfies () {
	if (hasRequiredSatisfies) return satisfies_1;
	hasRequiredSatisfies = 1;

	const Range = requireRange();
	const satisfies = (version, range, options) => {
	  try {
	    range = new Range(range, options);
	  } catch (er) {
	    return false
	  }
	  return range.test(version)
	};
	satisfies_1 = satisfies;
	return satisfies_1;
}

var toComparators_1;
var hasRequiredToComparators;

function requireToComparators () {
	if (hasRequiredToComparators) return toComparators_1;
	hasRequiredToComparators = 1;

	const Range = requireRange();

	// Mostly just for testing and legacy API reasons
	const toComparators = (range, options) =>
	  new Range(range, options).set
	    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '));

	toComparators_1 = toComparators;
	return toComparators_1;
}

var maxSatisfying_1;
var hasRequiredMaxSatisfying;

function requireMaxSatisfying () {
	if (hasRequiredMaxSatisfying) return maxSatisfying_1;
	hasRequiredMaxSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();

	const maxSatisfying = (versions, range, options) => {
	  let max = null;
	  let maxSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!max || maxSV.compare(v) === -1) {
	        // compare(max, v, true)
	        max = v;
	        maxSV = new SemVer(max, options);
	      }
	    }
	  });
	  return max
	};
	maxSatisfying_1 = maxSatisfying;
	return maxSatisfying_1;
}

var minSatisfying_1;
var hasRequiredMinSatisfying;

function requireMinSatisfying () {
	if (hasRequiredMinSatisfying) return minSatisfying_1;
	hasRequiredMinSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const minSatisfying = (versions, range, options) => {
	  let min = null;
	  let minSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!min || minSV.compare(v) === 1) {
	        // compare(min, v, true)
	        min = v;
	        minSV = new SemVer(min, options);
	      }
	    }
	  });
	  return min
	};
	minSatisfying_1 = minSatisfying;
	return minSatisfying_1;
}

var minVersion_1;
var hasRequiredMinVersion;

function requireMinVersion () {
	if (hasRequiredMinVersion) return minVersion_1;
	hasRequiredMinVersion = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const gt = requireGt();

	const minVersion = (range, loose) => {
	  range = new Range(range, loose);

	  let minver = new SemVer('0.0.0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = new SemVer('0.0.0-0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = null;
	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let setMin = null;
	    comparators.forEach((comparator) => {
	      // Clone to avoid manipulating the comparator's semver object.
	      const compver = new SemVer(comparator.semver.version);
	      switch (comparator.operator) {
	        case '>':
	          if (compver.prerelease.length === 0) {
	            compver.patch++;
	          } else {
	            compver.prerelease.push(0);
	          }
	          compver.raw = compver.format();
	          /* fallthrough */
	        case '':
	        case '>=':
	          if (!setMin || gt(compver, setMin)) {
	            setMin = compver;
	          }
	          break
	        case '<':
	        case '<=':
	          /* Ignore maximum versions */
	          break
	        /* istanbul ignore next */
	        default:
	          throw new Error(`Unexpected operation: ${comparator.operator}`)
	      }
	    });
	    if (setMin && (!minver || gt(minver, setMin))) {
	      minver = setMin;
	    }
	  }

	  if (minver && range.test(minver)) {
	    return minver
	  }

	  return null
	};
	minVersion_1 = minVersion;
	return minVersion_1;
}

var valid;
var hasRequiredValid;

function requireValid () {
	if (hasRequiredValid) return valid;
	hasRequiredValid = 1;

	const Range = requireRange();
	const validRange = (range, options) => {
	  try {
	    // Return '*' instead of '' so that truthiness works.
	    // This will throw if it's invalid anyway
	    return new Range(range, options).range || '*'
	  } catch (er) {
	    return null
	  }
	};
	valid = validRange;
	return valid;
}

var outside_1;
var hasRequiredOutside;

function requireOutside () {
	if (hasRequiredOutside) return outside_1;
	hasRequiredOutside = 1;

	const SemVer = requireSemver$1();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const gt = requireGt();
	const lt = requireLt();
	const lte = requireLte();
	const gte = requireGte();

	const outside = (version, range, hilo, options) => {
	  version = new SemVer(version, options);
	  range = new Range(range, options);

	  let gtfn, ltefn, ltfn, comp, ecomp;
	  switch (hilo) {
	    case '>':
	      gtfn = gt;
	      ltefn = lte;
	      ltfn = lt;
	      comp = '>';
	      ecomp = '>=';
	      break
	    case '<':
	      gtfn = lt;
	      ltefn = gte;
	      ltfn = gt;
	      comp = '<';
	      ecomp = '<=';
	      break
	    default:
	      throw new TypeError('Must provide a hilo val of "<" or ">"')
	  }

	  // If it satisfies the range it is not outside
	  if (satisfies(version, range, options)) {
	    return false
	  }

	  // From now on, variable terms are as if we're in "gtr" mode.
	  // but note that everything is flipped for the "ltr" function.

	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let high = null;
	    let low = null;

	    comparators.forEach((comparator) => {
	      if (comparator.semver === ANY) {
	        comparator = new Comparator('>=0.0.0');
	      }
	      high = high || comparator;
	      low = low || comparator;
	      if (gtfn(comparator.semver, high.semver, options)) {
	        high = comparator;
	      } else if (ltfn(comparator.semver, low.semver, options)) {
	        low = comparator;
	      }
	    });

	    // If the edge version comparator has a operator then our version
	    // isn't outside it
	    if (high.operator === comp || high.operator === ecomp) {
	      return false
	    }

	    // If the lowest version comparator has an operator and our version
	    // is less than it then it isn't higher than the range
	    if ((!low.operator || low.operator === comp) &&
	        ltefn(version, low.semver)) {
	      return false
	    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
	      return false
	    }
	  }
	  return true
	};

	outside_1 = outside;
	return outside_1;
}

var gtr_1;
var hasRequiredGtr;

function requireGtr () {
	if (hasRequiredGtr) return gtr_1;
	hasRequiredGtr = 1;

	// Determine if version is greater than all the versions possible in the range.
	const outside = requireOutside();
	const gtr = (version, range, options) => outside(version, range, '>', options);
	gtr_1 = gtr;
	return gtr_1;
}

var ltr_1;
var hasRequiredLtr;

function requireLtr () {
	if (hasRequiredLtr) return ltr_1;
	hasRequiredLtr = 1;

	const outside = requireOutside();
	// Determine if version is less than all the versions possible in the range
	const ltr = (version, range, options) => outside(version, range, '<', options);
	ltr_1 = ltr;
	return ltr_1;
}

var intersects_1;
var hasRequiredIntersects;

function requireIntersects () {
	if (hasRequiredIntersects) return intersects_1;
	hasRequiredIntersects = 1;

	const Range = requireRange();
	const intersects = (r1, r2, options) => {
	  r1 = new Range(r1, options);
	  r2 = new Range(r2, options);
	  return r1.intersects(r2, options)
	};
	intersects_1 = intersects;
	return intersects_1;
}

var simplify;
var hasRequiredSimplify;

function requireSimplify () {
	if (hasRequiredSimplify) return simplify;
	hasRequiredSimplify = 1;

	// given a set of versions and a range, create a "simplified" range
	// that includes the same versions that the original range does
	// If the original range is shorter than the simplified one, return that.
	const satisfies = requireSatisfies();
	const compare = requireCompare();
	simplify = (versions, range, options) => {
	  const set = [];
	  let first = null;
	  let prev = null;
	  const v = versions.sort((a, b) => compare(a, b, options));
	  for (const version of v) {
	    const included = satisfies(version, range, options);
	    if (included) {
	      prev = version;
	      if (!first) {
	        first = version;
	      }
	    } else {
	      if (prev) {
	        set.push([first, prev]);
	      }
	      prev = null;
	      first = null;
	    }
	  }
	  if (first) {
	    set.push([first, null]);
	  }

	  const ranges = [];
	  for (const [min, max] of set) {
	    if (min === max) {
	      ranges.push(min);
	    } else if (!max && min === v[0]) {
	      ranges.push('*');
	    } else if (!max) {
	      ranges.push(`>=${min}`);
	    } else if (min === v[0]) {
	      ranges.push(`<=${max}`);
	    } else {
	      ranges.push(`${min} - ${max}`);
	    }
	  }
	  const simplified = ranges.join(' || ');
	  const original = typeof range.raw === 'string' ? range.raw : String(range);
	  return simplified.length < original.length ? simplified : range
	};
	return simplify;
}

var subset_1;
var hasRequiredSubset;

function requireSubset () {
	if (hasRequiredSubset) return subset_1;
	hasRequiredSubset = 1;

	const Range = requireRange();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const satisfies = requireSatisfies();
	const compare = requireCompare();

	// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
	// - Every simple range `r1, r2, ...` is a null set, OR
	// - Every simple range `r1, r2, ...` which is not a null set is a subset of
	//   some `R1, R2, ...`
	//
	// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
	// - If c is only the ANY comparator
	//   - If C is only the ANY comparator, return true
	//   - Else if in prerelease mode, return false
	//   - else replace c with `[>=0.0.0]`
	// - If C is only the ANY comparator
	//   - if in prerelease mode, return true
	//   - else replace C with `[>=0.0.0]`
	// - Let EQ be the set of = comparators in c
	// - If EQ is more than one, return true (null set)
	// - Let GT be the highest > or >= comparator in c
	// - Let LT be the lowest < or <= comparator in c
	// - If GT and LT, and GT.semver > LT.semver, return true (null set)
	// - If any C is a = range, and GT or LT are set, return false
	// - If EQ
	//   - If GT, and EQ does not satisfy GT, return true (null set)
	//   - If LT, and EQ does not satisfy LT, return true (null set)
	//   - If EQ satisfies every C, return true
	//   - Else return false
	// - If GT
	//   - If GT.semver is lower than any > or >= comp in C, return false
	//   - If GT is >=, and GT.semver does not satisfy every C, return false
	//   - If GT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the GT.semver tuple, return false
	// - If LT
	//   - If LT.semver is greater than any < or <= comp in C, return false
	//   - If LT is <=, and LT.semver does not satisfy every C, return false
	//   - If LT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the LT.semver tuple, return false
	// - Else return true

	const subset = (sub, dom, options = {}) => {
	  if (sub === dom) {
	    return true
	  }

	  sub = new Range(sub, options);
	  dom = new Range(dom, options);
	  let sawNonNull = false;

	  OUTER: for (const simpleSub of sub.set) {
	    for (const simpleDom of dom.set) {
	      const isSub = simpleSubset(simpleSub, simpleDom, options);
	      sawNonNull = sawNonNull || isSub !== null;
	      if (isSub) {
	        continue OUTER
	      }
	    }
	    // the null set is a subset of everything, but null simple ranges in
	    // a complex range should be ignored.  so if we saw a non-null range,
	    // then we know this isn't a subset, but if EVERY simple range was null,
	    // then it is a subset.
	    if (sawNonNull) {
	      return false
	    }
	  }
	  return true
	};

	const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')];
	const minimumVersion = [new Comparator('>=0.0.0')];

	const simpleSubset = (sub, dom, options) => {
	  if (sub === dom) {
	    return true
	  }

	  if (sub.length === 1 && sub[0].semver === ANY) {
	    if (dom.length === 1 && dom[0].semver === ANY) {
	      return true
	    } else if (options.includePrerelease) {
	      sub = minimumVersionWithPreRelease;
	    } else {
	      sub = minimumVersion;
	    }
	  }

	  if (dom.length === 1 && dom[0].semver === ANY) {
	    if (options.includePrerelease) {
	      return true
	    } else {
	      dom = minimumVersion;
	    }
	  }

	  const eqSet = new Set();
	  let gt, lt;
	  for (const c of sub) {
	    if (c.operator === '>' || c.operator === '>=') {
	      gt = higherGT(gt, c, options);
	    } else if (c.operator === '<' || c.operator === '<=') {
	      lt = lowerLT(lt, c, options);
	    } else {
	      eqSet.add(c.semver);
	    }
	  }

	  if (eqSet.size > 1) {
	    return null
	  }

	  let gtltComp;
	  if (gt && lt) {
	    gtltComp = compare(gt.semver, lt.semver, options);
	    if (gtltComp > 0) {
	      return null
	    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
	      return null
	    }
	  }

	  // will iterate one or zero times
	  for (const eq of eqSet) {
	    if (gt && !satisfies(eq, String(gt), options)) {
	      return null
	    }

	    if (lt && !satisfies(eq, String(lt), options)) {
	      return null
	    }

	    for (const c of dom) {
	      if (!satisfies(eq, String(c), options)) {
	        return false
	      }
	    }

	    return true
	  }

	  let higher, lower;
	  let hasDomLT, hasDomGT;
	  // if the subset has a prerelease, we need a comparator in the superset
	  // with the same tuple and a prerelease, or it's not a subset
	  let needDomLTPre = lt &&
	    !options.includePrerelease &&
	    lt.semver.prerelease.length ? lt.semver : false;
	  let needDomGTPre = gt &&
	    !options.includePrerelease &&
	    gt.semver.prerelease.length ? gt.semver : false;
	  // exception: <1.2.3-0 is the same as <1.2.3
	  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
	      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
	    needDomLTPre = false;
	  }

	  for (const c of dom) {
	    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>=';
	    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<=';
	    if (gt) {
	      if (needDomGTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomGTPre.major &&
	            c.semver.minor === needDomGTPre.minor &&
	            c.semver.patch === needDomGTPre.patch) {
	          needDomGTPre = false;
	        }
	      }
	      if (c.operator === '>' || c.operator === '>=') {
	        higher = higherGT(gt, c, options);
	        if (higher === c && higher !== gt) {
	          return false
	        }
	      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
	        return false
	      }
	    }
	    if (lt) {
	      if (needDomLTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomLTPre.major &&
	            c.semver.minor === needDomLTPre.minor &&
	            c.semver.patch === needDomLTPre.patch) {
	          needDomLTPre = false;
	        }
	      }
	      if (c.operator === '<' || c.operator === '<=') {
	        lower = lowerLT(lt, c, options);
	        if (lower === c && lower !== lt) {
	          return false
	        }
	      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
	        return false
	      }
	    }
	    if (!c.operator && (lt || gt) && gtltComp !== 0) {
	      return false
	    }
	  }

	  // if there was a < or >, and nothing in the dom, then must be false
	  // UNLESS it was limited by another range in the other direction.
	  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
	  if (gt && hasDomLT && !lt && gtltComp !== 0) {
	    return false
	  }

	  if (lt && hasDomGT && !gt && gtltComp !== 0) {
	    return false
	  }

	  // we needed a prerelease range in a specific tuple, but didn't get one
	  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
	  // because it includes prereleases in the 1.2.3 tuple
	  if (needDomGTPre || needDomLTPre) {
	    return false
	  }

	  return true
	};

	// >=1.2.3 is lower than >1.2.3
	const higherGT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp > 0 ? a
	    : comp < 0 ? b
	    : b.operator === '>' && a.operator === '>=' ? b
	    : a
	};

	// <=1.2.3 is higher than <1.2.3
	const lowerLT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp < 0 ? a
	    : comp > 0 ? b
	    : b.operator === '<' && a.operator === '<=' ? b
	    : a
	};

	subset_1 = subset;
	return subset_1;
}

var semver$1;
var hasRequiredSemver;

function requireSemver () {
	if (hasRequiredSemver) return semver$1;
	hasRequiredSemver = 1;

	// just pre-load all the stuff that index.js lazily exports
	const internalRe = requireRe();
	const constants = requireConstants$1();
	const SemVer = requireSemver$1();
	const identifiers = requireIdentifiers();
	const parse = requireParse$1();
	const valid = requireValid$1();
	const clean = requireClean();
	const inc = requireInc();
	const diff = requireDiff();
	const major = requireMajor();
	const minor = requireMinor();
	const patch = requirePatch();
	const prerelease = requirePrerelease();
	const compare = requireCompare();
	const rcompare = requireRcompare();
	const compareLoose = requireCompareLoose();
	const compareBuild = requireCompareBuild();
	const sort = requireSort();
	const rsort = requireRsort();
	const gt = requireGt();
	const lt = requireLt();
	const eq = requireEq();
	const neq = requireNeq();
	const gte = requireGte();
	const lte = requireLte();
	const cmp = requireCmp();
	const coerce = requireCoerce();
	const truncate = requireTruncate();
	const Comparator = requireComparator();
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const toComparators = requireToComparators();
	const maxSatisfying = requireMaxSatisfying();
	const minSatisfying = requireMinSatisfying();
	const minVersion = requireMinVersion();
	const validRange = requireValid();
	const outside = requireOutside();
	const gtr = requireGtr();
	const ltr = requireLtr();
	const intersects = requireIntersects();
	const simplifyRange = requireSimplify();
	const subset = requireSubset();
	semver$1 = {
	  parse,
	  valid,
	  clean,
	  inc,
	  diff,
	  major,
	  minor,
	  patch,
	  prerelease,
	  compare,
	  rcompare,
	  compareLoose,
	  compareBuild,
	  sort,
	  rsort,
	  gt,
	  lt,
	  eq,
	  neq,
	  gte,
	  lte,
	  cmp,
	  coerce,
	  truncate,
	  Comparator,
	  Range,
	  satisfies,
	  toComparators,
	  maxSatisfying,
	  minSatisfying,
	  minVersion,
	  validRange,
	  outside,
	  gtr,
	  ltr,
	  intersects,
	  simplifyRange,
	  subset,
	  SemVer,
	  re: internalRe.re,
	  src: internalRe.src,
	  tokens: internalRe.t,
	  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
	  RELEASE_TYPES: constants.RELEASE_TYPES,
	  compareIdentifiers: identifiers.compareIdentifiers,
	  rcompareIdentifiers: identifiers.rcompareIdentifiers,
	};
	return semver$1;
}

var semverExports = requireSemver();
var semver = /*@__PURE__*/getDefaultExportFromCjs(semverExports);

/** The value as a semantic version (`1.2.0`, `v1.2.0`), or undefined when it is not one. */
function parseSemver(value) {
    if (typeof value !== 'string')
        return undefined;
    return semver.valid(value.trim()) ?? undefined;
}
const FLOATING = new Set(['latest', 'main', 'master', 'head', 'current', '*']);
/** Whether a version names one fixed thing: not empty and not a moving tag or branch (`latest`, `main`, `*`, \u2026). */
function isPinnedVersion(value) {
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (value instanceof Date)
        return !Number.isNaN(value.getTime());
    if (typeof value !== 'string')
        return false;
    const v = value.trim().toLowerCase();
    return v !== '' && !FLOATING.has(v);
}

const contractVersion = {
    id: 'contract.version',
    appliesTo: 'contract',
    defaultSeverity: 'error',
    title: 'Contract has a semantic version',
    description: 'The contract declares its own version; a version that is not semver only warns, since breaking-change detection then cannot compare versions.',
    help: 'Give the contract a semantic version and raise its major part with every breaking change.',
    example: 'version: 1.2.0',
    messages: {
        ...contractMissingMessages('No contract version: add {{where}} (a semantic version; raise the major part on breaking changes).', {
            native: '`version: 1.0.0`',
            odcs: 'a top-level `version: 1.0.0`',
            dcs: '`info.version: 1.0.0`'
        }),
        notSemver: 'Version "{{value}}" is not a semantic version (MAJOR.MINOR.PATCH, e.g. `1.0.0`); breaking changes cannot be checked against it.',
        ...STANDARD_ISSUE
    },
    check(doc) {
        if (doc.version === undefined) {
            return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.versionAnchor }];
        }
        if (parseSemver(doc.version.value))
            return [];
        return [
            {
                messageId: 'notSemver',
                data: { value: quote(doc.version.value) },
                status: 'invalid',
                at: doc.version.at,
                severity: 'warning'
            }
        ];
    }
};

// Metric values and their direction: is a bigger number better?
/** A finite number, or undefined; numeric strings are not numbers here (the checks ask for a plain number). */
function metricNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** Whether a string reads as a number (`"0.91"`, `" 12 "`), for the hint to drop the quotes. */
function isNumericString(value) {
    return typeof value === 'string' && /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(value);
}
// Words that say which way a metric's name points. The first such word in the name decides, so a qualifier after it
// does not flip it: `precision_at_1pct_fpr` is a precision (higher is better) measured at a false-positive rate.
const HIGHER_IS_BETTER = new Set([
    'accuracy',
    'acc',
    'precision',
    'recall',
    'auc',
    'auroc',
    'auprc',
    'aupr',
    'roc',
    'pr',
    'f1',
    'f2',
    'fbeta',
    'f',
    'map',
    'ndcg',
    'mrr',
    'hit',
    'hits',
    'hitrate',
    'bleu',
    'rouge',
    'meteor',
    'chrf',
    'bertscore',
    'exact',
    'em',
    'iou',
    'miou',
    'dice',
    'r2',
    'kappa',
    'mcc',
    'tpr',
    'tnr',
    'sensitivity',
    'specificity',
    'coverage',
    'gini',
    'ks',
    'lift',
    'spearman',
    'pearson',
    'correlation',
    'throughput',
    'score'
]);
const LOWER_IS_BETTER = new Set([
    'loss',
    'error',
    'err',
    'rmse',
    'mse',
    'mae',
    'mape',
    'smape',
    'rmsle',
    'perplexity',
    'ppl',
    'latency',
    'wer',
    'cer',
    'ter',
    'fpr',
    'fnr',
    'far',
    'frr',
    'eer',
    'brier',
    'logloss',
    'deviance',
    'distance',
    'fid',
    'duration',
    'time',
    // false_positive_rate, false_alarm_rate, miss_rate
    'false',
    'miss'
]);
/**
 * Direction inferred from the metric's name: the first word that names a direction decides (`roc_auc`,
 * `recall@10`, `precision_at_1pct_fpr` are higher-is-better; `log_loss`, `rmse`, `p95 latency`, `false_positive_rate`
 * lower-is-better). A name with no known word is higher-is-better unless a word ends in "loss" or "error".
 */
function higherIsBetterByName(name) {
    const words = name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    for (const word of words) {
        if (HIGHER_IS_BETTER.has(word))
            return true;
        if (LOWER_IS_BETTER.has(word))
            return false;
    }
    return !words.some((w) => /(?:loss|error)$/.test(w));
}
/** The example baseline a message suggests when a metric has a value but no baseline (0.87 when it has neither). */
const EXAMPLE_BASELINE = 0.87;
/**
 * An example baseline the metric's value beats, so the suggestion is one a reviewer could accept as written: 10% worse
 * than the value in the metric's direction (lower when higher is better, higher when lower is better), to three
 * significant digits (`0.912` \u2192 `0.821`; a word error rate of `8.5` \u2192 `9.35`). Without a value: `0.87`.
 */
function exampleBaseline(value, higherIsBetter) {
    if (value === undefined)
        return EXAMPLE_BASELINE;
    // Next to zero (or below where 10% of the value is still a number) the step is 0.1.
    const step = Math.abs(value) > 1e-300 ? Math.abs(value) * 0.1 : 0.1;
    // The rounding moves the example by at most 0.5% of itself, well inside the 10% step, so the value still beats it.
    return Number((higherIsBetter ? value - step : value + step).toPrecision(3));
}

const evaluationMetrics = {
    id: 'evaluation.metrics',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Evaluation metrics are reported',
    description: 'The model card reports at least one evaluation metric, each with a name and a numeric value.',
    help: 'Report how the model scored: each metric with its name and value as a plain number.',
    example: 'evaluation: { metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }] }',
    messages: {
        ...cardMissingMessages('No evaluation metrics: add {{where}}.', {
            native: '`evaluation.metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }]`',
            huggingface: '`model-index` results with `metrics: [{ type: accuracy, value: 0.91 }]`, or `handoff.evaluation.metrics` in the front matter',
            mct: '`"quantitative_analysis": { "performance_metrics": [{ "type": "accuracy", "value": 0.91 }] }`'
        }),
        empty: 'The metrics list is empty: add at least one metric with its name and value.',
        unnamed: 'A metric has no name: name it (e.g. `accuracy`, `roc_auc`).',
        noValue: 'Metric "{{name}}" has no value: add `value:` with the score as a number.',
        numericString: 'Metric "{{name}}" has the value "{{value}}" as text: write it as a number, without quotes.',
        notNumber: 'Metric "{{name}}" has the value {{value}}, which is not a number.',
        ...STANDARD_ISSUE
    },
    check(doc) {
        const metrics = doc.evaluation.metrics;
        if (metrics === undefined) {
            return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.evaluation.anchor }];
        }
        if (metrics.value.length === 0)
            return [{ messageId: 'empty', status: 'invalid', at: metrics.at }];
        const reports = [];
        metrics.value.forEach((metric, i) => {
            const name = metricName(metric.name?.value, i);
            if (name.anonymous)
                reports.push({ messageId: 'unnamed', status: 'invalid', at: metric.name?.at ?? metric.at });
            const data = { name: name.text };
            if (metric.value === undefined) {
                reports.push({ messageId: 'noValue', data, status: 'missing', at: metric.at });
            }
            else if (metricNumber(metric.value.value) === undefined) {
                const raw = metric.value.value;
                const messageId = isNumericString(raw) ? 'numericString' : 'notNumber';
                reports.push({
                    messageId,
                    data: { ...data, value: quote(raw) },
                    status: 'invalid',
                    at: metric.value.at
                });
            }
        });
        return reports;
    }
};
/** The metric's name for messages; an unnamed metric is called by its position (`metric 2`). */
function metricName(value, index) {
    if (typeof value === 'string' && value.trim() !== '')
        return { text: value.trim(), anonymous: false };
    return { text: `metric ${index + 1}`, anonymous: true };
}

const evaluationBaseline = {
    id: 'evaluation.baseline',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Metrics beat a baseline',
    description: 'Every metric has a numeric baseline (the model it replaces, or a simple heuristic); a metric that does not beat its baseline only warns.',
    help: 'Give each metric the score of the model it replaces or of a simple heuristic, so reviewers see the gain.',
    example: 'evaluation: { metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }] }',
    messages: {
        // {{example}} is a baseline the metric's value beats (src/checks/values/metric.ts), e.g. lower for an accuracy.
        ...cardMissingMessages('Metric "{{name}}" has no baseline: add {{where}}.', {
            native: '`baseline: {{example}}` to the metric',
            huggingface: '`handoff.evaluation.baselines: { {{name}}: {{example}} }` in the front matter (or `baseline:` on a `handoff.evaluation.metrics` entry)',
            mct: '`"handoff": { "evaluation": { "baselines": { "{{name}}": {{example}} } } }`'
        }),
        numericString: 'Metric "{{name}}" has the baseline "{{value}}" as text: write it as a number, without quotes.',
        notNumber: 'Metric "{{name}}" has the baseline {{value}}, which is not a number.',
        notBetter: 'Metric "{{name}}" is {{value}}, which does not beat its baseline {{baseline}} ({{direction}} is better).',
        ...STANDARD_ISSUE
    },
    check(doc) {
        const metrics = doc.evaluation.metrics?.value ?? [];
        const reports = [];
        // One baseline can serve several metrics (Hugging Face results per dataset, Model Card Toolkit slices share
        // `baselines.<type>`): the mapper gives them one anchor, and its absence is reported once.
        const missing = new Set();
        metrics.forEach((metric, i) => {
            const name = metricName(metric.name?.value, i).text;
            const higher = metric.higherIsBetter ?? higherIsBetterByName(name);
            const value = metricNumber(metric.value?.value);
            if (metric.baseline === undefined) {
                const key = JSON.stringify([metric.baselineAnchor, name]);
                if (missing.has(key))
                    return;
                missing.add(key);
                reports.push({
                    messageId: cardMissingId(doc),
                    data: { name, example: exampleBaseline(value, higher) },
                    status: 'missing',
                    at: metric.baselineAnchor
                });
                return;
            }
            const baseline = metricNumber(metric.baseline.value);
            if (baseline === undefined) {
                const raw = metric.baseline.value;
                reports.push({
                    messageId: isNumericString(raw) ? 'numericString' : 'notNumber',
                    data: { name, value: quote(raw) },
                    status: 'invalid',
                    at: metric.baseline.at
                });
                return;
            }
            if (value === undefined || !metric.value)
                return;
            if (higher ? value > baseline : value < baseline)
                return;
            reports.push({
                messageId: 'notBetter',
                data: { name, value, baseline, direction: higher ? 'higher' : 'lower' },
                status: 'invalid',
                at: metric.value.at,
                severity: 'warning'
            });
        });
        return reports;
    }
};

const modelOwner = {
    id: 'model.owner',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Model card names its owner',
    description: "The model card names at least one owner: a team's name, or one a pull request can notify (a GitHub user, team or email).",
    help: 'Name the team that answers for this model: a GitHub user (`@alice`), team (`@acme/ml-platform`) or email.',
    example: 'owner: "@acme/ml-platform"',
    messages: {
        ...cardMissingMessages('No owner: add {{where}} (a GitHub user, team or email).', {
            native: '`owner: "@acme/ml-platform"`',
            huggingface: '`handoff.owner: "@acme/ml-platform"` in the front matter',
            mct: '`"model_details": { "owners": [{ "name": "ML platform", "contact": "@acme/ml-platform" }] }`'
        }),
        ...OWNER_MESSAGES,
        ...STANDARD_ISSUE
    },
    check(doc, ctx) {
        if (expandOwners(doc.owners).length === 0) {
            return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.ownerAnchor }];
        }
        return ownerReports(doc.owners, ctx);
    }
};

// Serving targets and monitoring thresholds: numbers with units, as written in model cards.
const TIME_UNITS = {
    ns: 1e-6,
    us: 1e-3,
    \u00b5s: 1e-3,
    \u03bcs: 1e-3,
    ms: 1,
    msec: 1,
    millisecond: 1,
    milliseconds: 1,
    s: 1000,
    sec: 1000,
    second: 1000,
    seconds: 1000
};
const STATISTIC = /^(p\d{1,2}(?:\.\d+)?|mean|avg|average|median|max)$/i;
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const LATENCY = new RegExp(`^(?:(p\\d{1,2}(?:\\.\\d+)?|mean|avg|average|median|max)\\s*(?:<=|<|=|:)?\\s*)?${NUMBER}\\s*([a-z\u00b5\u03bc]+)$`, 'i');
/** The latency targets a value names (`p95 < 50ms`, `{ p95: 50ms, p99: 120ms }`, `{ value: 50, unit: ms }`), or undefined. */
function parseLatency(value) {
    if (typeof value === 'string') {
        const m = LATENCY.exec(value.trim());
        const size = m ? TIME_UNITS[m[3].toLowerCase()] : undefined;
        if (!m || size === undefined)
            return undefined;
        return [{ ...(m[1] ? { statistic: m[1].toLowerCase() } : {}), milliseconds: Number(m[2]) * size }];
    }
    if (!isMapping(value))
        return undefined;
    if ('value' in value || 'unit' in value) {
        const size = typeof value.unit === 'string' ? TIME_UNITS[value.unit.trim().toLowerCase()] : undefined;
        const n = toNumber(value.value);
        return size === undefined || n === undefined ? undefined : [{ milliseconds: n * size }];
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        return undefined;
    const targets = [];
    for (const [statistic, target] of entries) {
        if (!STATISTIC.test(statistic))
            return undefined;
        const parsed = parseLatency(target);
        if (!parsed || parsed.length !== 1 || parsed[0].statistic)
            return undefined;
        targets.push({ statistic: statistic.toLowerCase(), milliseconds: parsed[0].milliseconds });
    }
    return targets;
}
const RATE_UNITS = {
    rps: 1,
    qps: 1,
    tps: 1,
    rpm: 1 / 60,
    qpm: 1 / 60,
    rph: 1 / 3600
};
const PER = {
    s: 1,
    sec: 1,
    second: 1,
    m: 1 / 60,
    min: 1 / 60,
    minute: 1 / 60,
    h: 1 / 3600,
    hour: 1 / 3600
};
const RATE = new RegExp(`^${NUMBER}\\s*(?:([a-z]+)|(?:(req|reqs|requests?|queries|predictions?|inferences?|rows|records|events|calls)\\s*)?(?:/|\\s+per\\s+)\\s*(s|sec|second|m|min|minute|h|hour))$`, 'i');
/** Requests per second a throughput target names (`200 rps`, `12000 rpm`, `500 req/s`, `{ value, unit }`), or undefined. */
function parseThroughput(value) {
    if (isMapping(value)) {
        const n = toNumber(value.value);
        return n === undefined || typeof value.unit !== 'string'
            ? undefined
            : parseThroughput(`${n} ${value.unit.trim()}`);
    }
    if (typeof value !== 'string')
        return undefined;
    const m = RATE.exec(value.trim());
    if (!m)
        return undefined;
    const size = m[2] !== undefined ? RATE_UNITS[m[2].toLowerCase()] : PER[m[4].toLowerCase()];
    return size === undefined ? undefined : Number(m[1]) * size;
}
const COMPARISON = /(?:<=|>=|<|>|=|\u2264|\u2265)\s*-?\d+(?:\.\d+)?/;
const AMOUNT = /^-?\d+(?:\.\d+)?\s*(?:%|[a-z\u00b5\u03bc]+)?$/i;
/**
 * Whether a monitoring threshold is stated: a number, a percentage or a number with a unit (`0.2`, `85%`, `80ms`),
 * or a string containing a comparison with a number (`psi > 0.2`, `p95 >= 80 ms for 10 minutes`).
 */
function isThreshold(value) {
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (typeof value !== 'string')
        return false;
    const v = value.trim();
    return AMOUNT.test(v) || COMPARISON.test(v);
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function toNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()))
        return Number(value.trim());
    return undefined;
}

function monitoringItem(key, texts) {
    return {
        id: `monitoring.${key}`,
        appliesTo: 'model-card',
        defaultSeverity: 'error',
        title: texts.title,
        description: texts.description,
        help: texts.help,
        example: `monitoring: { ${key}: ${texts.example} }`,
        messages: {
            ...cardMissingMessages(`No ${key} monitoring: add {{where}}.`, {
                native: `\`monitoring.${key}: ${texts.example}\``,
                huggingface: `\`handoff.monitoring.${key}: ${texts.example}\` in the front matter`,
                mct: `\`"handoff": { "monitoring": { "${key}": ${texts.json} } }\``
            }),
            noThreshold: `The ${key} monitoring names no threshold: add \`threshold:\` (a number, a percentage or a number with a unit), e.g. ${texts.example}.`,
            invalid: `The ${key} monitoring threshold "{{value}}" is not a number, percentage, number with a unit or comparison such as \`psi > 0.2\`.`,
            ...STANDARD_ISSUE
        },
        check(doc) {
            const signal = doc.monitoring[key];
            if (signal === undefined) {
                return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.monitoring.anchor }];
            }
            if (signal.threshold === undefined)
                return [{ messageId: 'noThreshold', status: 'missing', at: signal.at }];
            if (isThreshold(signal.threshold.value))
                return [];
            return [
                {
                    messageId: 'invalid',
                    data: { value: quote(signal.threshold.value) },
                    status: 'invalid',
                    at: signal.threshold.at
                }
            ];
        }
    };
}

const monitoringAccuracy = monitoringItem('accuracy', {
    title: 'Accuracy is monitored',
    description: 'The model card names the quality metric watched in production and the threshold that raises an alert.',
    help: 'Say which live quality metric is watched and below what value someone acts.',
    example: '{ metric: roc_auc, threshold: 0.85 }',
    json: '{ "metric": "roc_auc", "threshold": 0.85 }'
});

const monitoringDrift = monitoringItem('drift', {
    title: 'Drift is monitored',
    description: 'The model card names the drift signal it watches and the threshold that raises an alert.',
    help: 'Say which drift statistic is watched and at what value someone acts, e.g. PSI above 0.2.',
    example: '{ metric: psi, threshold: 0.2 }',
    json: '{ "metric": "psi", "threshold": 0.2 }'
});

const monitoringLatency = monitoringItem('latency', {
    title: 'Latency is monitored',
    description: 'The model card names the latency statistic watched in production and the threshold that raises an alert.',
    help: 'Say which latency statistic is watched and above what value someone acts.',
    example: '{ metric: p95, threshold: 80ms }',
    json: '{ "metric": "p95", "threshold": "80ms" }'
});

function ownershipItem(key, texts) {
    return {
        id: `ownership.${key}`,
        appliesTo: 'model-card',
        defaultSeverity: 'error',
        title: texts.title,
        description: texts.description,
        help: texts.help,
        example: `ownership: { ${key}: "${texts.example}" }`,
        messages: {
            ...cardMissingMessages(`No one named ${texts.duty}: add {{where}} (a GitHub user, team or email).`, {
                native: `\`ownership.${key}: "${texts.example}"\``,
                huggingface: `\`handoff.ownership.${key}: "${texts.example}"\` in the front matter`,
                mct: `\`"handoff": { "ownership": { "${key}": "${texts.example}" } }\``
            }),
            ...OWNER_MESSAGES,
            ...STANDARD_ISSUE
        },
        check(doc, ctx) {
            const value = doc.ownership[key];
            if (value === undefined || expandOwners([value]).length === 0) {
                return [{ messageId: cardMissingId(doc), status: 'missing', at: value?.at ?? doc.ownership.anchor }];
            }
            return ownerReports([value], ctx);
        }
    };
}

const ownershipDrift = ownershipItem('drift', {
    title: 'Someone fixes drift',
    description: 'The model card names who fixes the model when its input data or predictions drift.',
    help: 'Name the user, team or email that is paged when drift monitoring fires.',
    duty: 'to fix drift',
    example: '@acme/data-eng'
});

const ownershipRollback = ownershipItem('rollback', {
    title: 'Someone can roll back',
    description: 'The model card names who rolls the model back when it misbehaves in production.',
    help: 'Name the user, team or email that may and can roll back a bad model release.',
    duty: 'to roll back',
    example: '@acme/ml-oncall'
});

function servingItem(key, texts, parses) {
    return {
        id: `serving.${key}`,
        appliesTo: 'model-card',
        defaultSeverity: 'error',
        title: texts.title,
        description: texts.description,
        help: texts.help,
        example: `serving: { ${key}: ${texts.example} }`,
        messages: {
            ...cardMissingMessages(`No ${key} target: add {{where}}.`, {
                native: `\`serving.${key}: ${texts.example}\``,
                huggingface: `\`handoff.serving.${key}: ${texts.example}\` in the front matter`,
                mct: `\`"handoff": { "serving": { "${key}": "${texts.example}" } }\``
            }),
            invalid: texts.invalid,
            ...STANDARD_ISSUE
        },
        check(doc) {
            const target = doc.serving[key];
            if (target === undefined)
                return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.serving.anchor }];
            if (parses(target.value))
                return [];
            return [
                { messageId: 'invalid', data: { value: quote(target.value) }, status: 'invalid', at: target.at }
            ];
        }
    };
}

const servingLatency = servingItem('latency', {
    title: 'Serving latency target is set',
    description: 'The model card states a latency target: a number with a time unit, optionally after a statistic (p50, p95, p99, p99.9, mean, max).',
    help: 'State the latency the model must serve within, e.g. `p95 < 50ms` or `{ p95: 50ms, p99: 120ms }`.',
    example: 'p95 < 50ms',
    invalid: 'Latency target "{{value}}" is not a number with a time unit: write e.g. `p95 < 50ms`, `{ p95: 50ms }` or `{ value: 50, unit: ms }` (units ns, us, ms, s).'
}, (value) => parseLatency(value) !== undefined);

const servingThroughput = servingItem('throughput', {
    title: 'Serving throughput target is set',
    description: 'The model card states a throughput target: a number with a rate unit (rps, qps, rpm, req/s, /min, \u2026).',
    help: 'State the load the model must sustain, e.g. `200 rps` or `12000 rpm`.',
    example: '200 rps',
    invalid: 'Throughput target "{{value}}" is not a number with a rate unit: write e.g. `200 rps`, `12000 rpm`, `500 req/s` or `{ value: 200, unit: rps }`.'
}, (value) => parseThroughput(value) !== undefined);

// Whether a contract's version satisfies a card's range, as npm reads semver ranges.
function rangeVerdict(version, range) {
    if (range === undefined)
        return 'no-range';
    if (semver.validRange(range) === null)
        return 'bad-range';
    const parsed = version === undefined ? null : semver.valid(version.trim());
    if (parsed === null)
        return 'not-semver';
    return semver.satisfies(parsed, range) ? 'satisfied' : 'outside';
}

/** `./contracts/a.yaml` and `/contracts/a.yaml` are the repository path `contracts/a.yaml`. */
function normaliseRef(ref) {
    return ref.trim().replace(/^(?:\.\/|\/)+/, '');
}
function resolveContract(contracts, ref) {
    const wanted = normaliseRef(ref);
    const byPath = contracts.find((c) => c.path === wanted);
    if (byPath)
        return { kind: 'found', contract: byPath };
    const byId = contracts.filter((c) => c.id !== undefined && c.id === ref.trim());
    if (byId.length === 1)
        return { kind: 'found', contract: byId[0] };
    if (byId.length > 1)
        return { kind: 'ambiguous', paths: byId.map((c) => c.path).sort() };
    return { kind: 'none' };
}
/** Whether a link names this contract: one of its paths (a renamed contract's old path too) or its id. */
function linksTo(link, target) {
    const ref = normaliseRef(link.contract);
    return target.paths.includes(ref) || (target.id !== undefined && link.contract.trim() === target.id);
}

/** A message template with its `{{name}}` placeholders filled from `data`; an unknown name stays as written. */
function fill(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => key in data ? String(data[key]) : `{{${key}}}`);
}

const rank = { notice: 0, warning: 1, error: 2 };
/** The milder of two severities: a rule may cap an item's configured severity (a metric below baseline only warns). */
function milder(a, b) {
    return rank[a] <= rank[b] ? a : b;
}
function resolveSeverity(configured, cap) {
    if (configured === 'off')
        return undefined;
    return cap ? milder(configured, cap) : configured;
}

const trainingDataContract = {
    id: 'training-data.contract',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Training data names its contract',
    description: 'The model card names the data contract it was trained on (and those it reads when serving), by repository path or `id`; each exists in the repository and its current version satisfies the range the card gives. A card without a link is a notice.',
    help: 'Name the contract (`trainingData.contract`) and the versions the model was built against (`trainingData.contractVersion`, an npm semver range); when the contract moves past the range, re-validate the model and move the range.',
    example: 'trainingData: { contract: contracts/orders.yaml, contractVersion: "^2.1.0" }',
    messages: {
        ...cardMissingMessages('No contract link: add {{where}} (a contract path or `id`, and the version range the model was built against), so a change of that contract shows this model downstream.', {
            native: '`trainingData.contract: contracts/orders.yaml` with `contractVersion: "^2.1.0"`',
            huggingface: '`handoff.trainingData.contract: contracts/orders.yaml` with `contractVersion: "^2.1.0"` in the front matter',
            mct: '`"handoff": { "trainingData": { "contract": "contracts/orders.yaml", "contractVersion": "^2.1.0" } }`'
        }),
        notFound: '`{{key}}` names "{{contract}}", but no contract in the repository has this path or `id`. Name a contract by its repository path (`contracts/orders.yaml`) or its `id`, or remove the link.',
        ambiguous: '`{{key}}` names "{{contract}}", the `id` of {{count}} contracts ({{paths}}): name the one the model depends on by its repository path.',
        outside: 'Contract {{path}} is at version {{version}}, outside the range "{{range}}" this model was built against (`{{key}}`). Re-validate the model against {{version}} and move the range, or pin the contract to a version the range allows.',
        notSemver: 'Contract {{path}} is at version "{{version}}", not a semantic version, so the range "{{range}}" in `{{key}}` cannot be checked. Give the contract a semver version (`2.1.0`).',
        noVersion: 'Contract {{path}} declares no version, so the range "{{range}}" in `{{key}}` cannot be checked. Give the contract a semver `version` (`2.1.0`).',
        badRange: '`{{key}}` is "{{range}}", not a semver range: write one as npm reads it (`^2.1.0`, `~2.1`, `>=2.1.0 <3`).',
        rangeWithoutContract: '`{{key}}` is set but no contract is named beside it: add `contract` (a contract path or `id`).',
        ...STANDARD_ISSUE
    },
    check(doc, ctx) {
        const training = { at: doc.trainingData.anchor, ...doc.trainingData };
        const links = [training, ...(doc.serving.inputs ?? [])];
        // A blank `contract: ""` names nothing: it is reported as missing, never passed silently.
        if (links.every((l) => !names(l) && l.contractVersion === undefined)) {
            return [
                { messageId: cardMissingId(doc), status: 'missing', at: doc.trainingData.anchor, severity: 'notice' }
            ];
        }
        return links.flatMap((l) => linkReports(l, ctx));
    }
};
function names(link) {
    const value = link.contract?.value;
    return typeof value === 'string' ? value.trim() !== '' : link.contract !== undefined;
}
function linkReports(link, ctx) {
    const contract = link.contract?.value;
    const range = link.contractVersion;
    if (link.contract === undefined) {
        return range ? [invalid('rangeWithoutContract', { key: renderPath(range.at) }, range.at)] : [];
    }
    // A link that is not text is the standard's schema finding (file.schema); the card's own words stay authoritative.
    if (typeof contract !== 'string' || contract.trim() === '' || ctx.contracts === undefined)
        return [];
    const key = renderPath(link.contract.at);
    const found = resolveContract(ctx.contracts, contract);
    if (found.kind === 'none')
        return [invalid('notFound', { key, contract }, link.contract.at)];
    if (found.kind === 'ambiguous') {
        const paths = found.paths.join(', ');
        return [invalid('ambiguous', { key, contract, count: found.paths.length, paths }, link.contract.at)];
    }
    if (range === undefined || typeof range.value !== 'string')
        return [];
    const { path, version } = found.contract;
    const data = { key: renderPath(range.at), range: range.value, path, version: version ?? '' };
    switch (rangeVerdict(version, range.value)) {
        case 'outside':
            return [invalid('outside', data, range.at)];
        case 'bad-range':
            return [invalid('badRange', data, range.at)];
        case 'not-semver':
            return [
                { ...invalid(version === undefined ? 'noVersion' : 'notSemver', data, range.at), severity: 'warning' }
            ];
        default:
            return [];
    }
}
function invalid(messageId, data, at) {
    return { messageId, data, status: 'invalid', at };
}

const trainingDataLocation = {
    id: 'training-data.location',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Training data location is stated',
    description: 'The model card says where its training data is: a URI, a path or a dataset id, as a non-empty string.',
    help: 'Say where the training data lives, so the next team can retrain or audit the model.',
    example: 'trainingData: { location: "s3://acme-ml/churn/training/" }',
    messages: {
        ...cardMissingMessages('No training data location: add {{where}}.', {
            native: '`trainingData.location: "s3://acme-ml/churn/training/"`',
            huggingface: '`datasets: [acme/support-tickets]` or `handoff.trainingData.location: "s3://\u2026"` in the front matter',
            mct: '`"model_parameters": { "data": [{ "name": "train", "link": "s3://acme-ml/churn/training/" }] }`'
        }),
        notText: 'Training data location is {{value}}: write a URI, path or dataset id as a string.',
        ...STANDARD_ISSUE
    },
    check(doc) {
        const location = doc.trainingData.location;
        if (location === undefined) {
            return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.trainingData.anchor }];
        }
        if (typeof location.value === 'string' && location.value.trim() !== '')
            return [];
        const value = typeof location.value === 'string' ? 'empty' : quote(location.value);
        return [{ messageId: 'notText', data: { value }, status: 'invalid', at: location.at }];
    }
};

const trainingDataVersion = {
    id: 'training-data.version',
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: 'Training data version is pinned',
    description: 'The model card pins the version of its training data: a value that names one snapshot, not `latest`, `main`, `master`, `head`, `current`, `*` or empty.',
    help: 'Pin the training data to a date, semver, commit SHA or dataset revision, so the model can be reproduced.',
    example: 'trainingData: { version: "2026-10-01" }',
    messages: {
        ...cardMissingMessages('No training data version: add {{where}} (a date, semver, commit SHA or revision).', {
            native: '`trainingData.version: "2026-10-01"`',
            huggingface: '`handoff.trainingData.version: "2026-10-01"` in the front matter, or a `revision` to a `model-index` or `.eval_results/` result on a dataset listed under `datasets`',
            mct: '`"version": "2026-10-01"` to the training set in `model_parameters.data`'
        }),
        floating: 'Training data version "{{value}}" is not pinned: it moves. Use a date, semver, commit SHA or dataset revision.',
        notScalar: 'Training data version is {{value}}: write one version as a string, e.g. "2026-10-01".',
        ...STANDARD_ISSUE
    },
    check(doc) {
        const version = doc.trainingData.version;
        if (version === undefined) {
            return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.trainingData.anchor }];
        }
        if (isPinnedVersion(version.value))
            return [];
        const v = version.value;
        const scalar = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null;
        return [
            {
                messageId: scalar && v !== null && typeof v !== 'boolean' ? 'floating' : 'notScalar',
                data: { value: quote(v) },
                status: 'invalid',
                at: version.at
            }
        ];
    }
};

// The explicit registry of handoff items, sorted by id. Adding an item is adding its module and one line here;
// __tests__/checks/registry.test.ts checks every item has tests, a docs row, help and an example.
const allItems = [
    artifactFormat,
    contractBreakingChange,
    contractDownstream,
    contractFreshness,
    contractOwner,
    contractSchema,
    contractVersion,
    contractVersionBump,
    evaluationBaseline,
    evaluationMetrics,
    fileParse,
    fileSchema,
    fileStandardVersion,
    modelOwner,
    monitoringAccuracy,
    monitoringDrift,
    monitoringLatency,
    ownershipDrift,
    ownershipRollback,
    servingLatency,
    servingThroughput,
    trainingDataContract,
    trainingDataLocation,
    trainingDataVersion
];
const itemById = new Map(allItems.map((i) => [i.id, i]));
/** Every item id, sorted: the keys `.github/handoff.yml` accepts under `items`. */
const itemIds = allItems.map((i) => i.id);

/** `FieldType` of the DCS 1.2.1 JSON Schema. */
const DCS_FIELD_TYPES = new Set([
    'number',
    'decimal',
    'numeric',
    'int',
    'integer',
    'long',
    'bigint',
    'float',
    'double',
    'string',
    'text',
    'varchar',
    'boolean',
    'timestamp',
    'timestamp_tz',
    'timestamp_ntz',
    'date',
    'time',
    'array',
    'map',
    'object',
    'record',
    'struct',
    'bytes',
    'variant',
    'json',
    'null'
]);
const dcs = {
    standard: 'dcs',
    kind: 'contract',
    sniff: (text) => hasTopLevel(text, 'dataContractSpecification'),
    detect: (data) => child(data, 'dataContractSpecification') !== undefined,
    map: (data) => mapDcs(data)
};
function mapDcs(data) {
    const specVersion = textAt(data, [], 'dataContractSpecification');
    const info = child(data, 'info');
    const threshold = thresholdOf(data, 'freshness') ?? thresholdOf(data, 'latency');
    const models = anyAt(data, [], 'models');
    const definitions = child(data, 'definitions');
    const resolveRef = (ref) => {
        const match = /^#\/definitions\/(.+)$/.exec(ref);
        return match ? child(definitions, match[1]) : undefined;
    };
    const objects = entries(models?.value, ['models']).map((e) => ({
        name: e.key,
        at: e.at,
        ...defined({
            type: strAt(e.value, e.at, 'type'),
            description: strAt(e.value, e.at, 'description')
        }),
        fields: mapKeyedFields(child(e.value, 'fields'), [...e.at, 'fields'], {
            types: DCS_FIELD_TYPES,
            resolveRef
        }),
        fieldsAt: child(e.value, 'fields') === undefined ? e.at : [...e.at, 'fields']
    }));
    return {
        kind: 'contract',
        standard: 'dcs',
        at: [],
        ...defined({
            standardVersion: specVersion?.value,
            name: strAt(info, ['info'], 'title'),
            id: strAt(data, [], 'id'),
            version: anyAt(info, ['info'], 'version'),
            freshness: threshold && { at: threshold.at.slice(0, 2), value: threshold },
            schema: models && { value: objects, at: models.at }
        }),
        versionAnchor: ['info'],
        owners: anyAt(info, ['info'], 'owner') ? [anyAt(info, ['info'], 'owner')] : [],
        ownerAnchor: ['info'],
        freshnessAnchor: ['servicelevels', 'freshness'],
        schemaAnchor: [],
        issues: validate(/^1\.1(\.|$)/.test(specVersion?.value ?? '') ? 'dcs-1.1.0' : 'dcs-1.2.1', data, {
            schemaRoots: ['models'],
            reportedKeys: [['info', 'version']],
            reportedNodes: itemReportedNodes(objects),
            reportedTypes: itemReportedTypes(objects)
        })
    };
}
/** `servicelevels.<level>.threshold`: freshness first, else latency (as ODCS's `slaProperties`). */
function thresholdOf(data, level) {
    return anyAt(child(child(data, 'servicelevels'), level), ['servicelevels', level], 'threshold');
}

/** Read the sections under `prefix` of `root` (`[]` for a native card, `['handoff']` for a handoff block). */
function mapCardSections(root, prefix) {
    const node = prefix.reduce((n, key) => child(n, String(key)), root);
    const section = (key) => ({ node: child(node, key), at: [...prefix, key] });
    const training = section('trainingData');
    const evaluation = section('evaluation');
    const artifact = section('artifact');
    const serving = section('serving');
    const monitoring = section('monitoring');
    const ownership = section('ownership');
    return {
        owners: ownersAt(node, prefix),
        ownerAnchor: prefix,
        trainingData: {
            anchor: training.at,
            ...defined({
                location: anyAt(training.node, training.at, 'location'),
                version: anyAt(training.node, training.at, 'version'),
                contract: anyAt(training.node, training.at, 'contract'),
                contractVersion: anyAt(training.node, training.at, 'contractVersion')
            })
        },
        evaluation: { anchor: evaluation.at, ...defined({ metrics: metricsAt(evaluation.node, evaluation.at) }) },
        artifact: {
            anchor: artifact.at,
            ...defined({
                format: anyAt(artifact.node, artifact.at, 'format'),
                path: anyAt(artifact.node, artifact.at, 'path')
            })
        },
        serving: {
            anchor: serving.at,
            ...defined({
                latency: anyAt(serving.node, serving.at, 'latency'),
                throughput: anyAt(serving.node, serving.at, 'throughput'),
                inputs: inputsAt(serving.node, serving.at)
            })
        },
        monitoring: {
            anchor: monitoring.at,
            ...defined({
                drift: signalAt(monitoring.node, monitoring.at, 'drift'),
                accuracy: signalAt(monitoring.node, monitoring.at, 'accuracy'),
                latency: signalAt(monitoring.node, monitoring.at, 'latency')
            })
        },
        ownership: {
            anchor: ownership.at,
            ...defined({
                drift: anyAt(ownership.node, ownership.at, 'drift'),
                rollback: anyAt(ownership.node, ownership.at, 'rollback')
            })
        }
    };
}
/** `owner: x` and every element of `owners: [...]`; a non-list `owners` is kept raw for the check to judge. */
function ownersAt(node, at) {
    const owners = [];
    const owner = anyAt(node, at, 'owner');
    if (owner)
        owners.push(owner);
    const list = child(node, 'owners');
    if (Array.isArray(list)) {
        for (const e of elements(list, [...at, 'owners']))
            if (e.value !== null)
                owners.push({ value: e.value, at: e.at });
    }
    else {
        const raw = anyAt(node, at, 'owners');
        if (raw)
            owners.push(raw);
    }
    return owners;
}
/** `serving.inputs[]`: each element's `contract` and `contractVersion`; undefined when the card lists none. */
function inputsAt(serving, at) {
    const list = anyAt(serving, at, 'inputs');
    if (!list)
        return undefined;
    return elements(list.value, list.at).map((e) => ({
        at: e.at,
        ...defined({
            contract: anyAt(e.value, e.at, 'contract'),
            contractVersion: anyAt(e.value, e.at, 'contractVersion')
        })
    }));
}
function metricsAt(evaluation, at) {
    const list = anyAt(evaluation, at, 'metrics');
    if (!list)
        return undefined;
    return { value: elements(list.value, list.at).map((e) => metricAt(e.value, e.at)), at: list.at };
}
/** One `{ name, value, baseline, higherIsBetter }` entry. */
function metricAt(node, at) {
    return {
        at,
        baselineAnchor: at,
        ...defined({
            name: anyAt(node, at, 'name'),
            value: anyAt(node, at, 'value'),
            baseline: anyAt(node, at, 'baseline'),
            higherIsBetter: boolAt(node, at, 'higherIsBetter')?.value
        })
    };
}
/** A mapping with `metric` and `threshold`, or a one-line string (or number) that is the threshold itself. */
function signalAt(monitoring, base, key) {
    const signal = anyAt(monitoring, base, key);
    if (!signal)
        return undefined;
    if (!isObj(signal.value))
        return { at: signal.at, threshold: signal };
    return {
        at: signal.at,
        ...defined({
            metric: anyAt(signal.value, signal.at, 'metric'),
            threshold: anyAt(signal.value, signal.at, 'threshold')
        })
    };
}
/**
 * Metrics the standard declares itself (Hugging Face `model-index`, Model Card Toolkit `performance_metrics`):
 * named by `type` (else `name`), with baselines from `handoff.evaluation.baselines.<type>`. `valueOf` reads a
 * value the way the standard writes it (Model Card Toolkit writes scores as strings); baselines are native keys.
 */
function declaredMetrics(data, metrics, at, valueOf = (value) => value) {
    if (metrics.length === 0)
        return undefined;
    const baselinesAt = ['handoff', 'evaluation', 'baselines'];
    const baselines = child(child(child(data, 'handoff'), 'evaluation'), 'baselines');
    // A missing baseline is reported on its metric's line (`handoff.evaluation.baselines` is usually absent): the first
    // metric of that name, since one baseline serves every result of it (one per dataset or slice).
    const firstOfName = new Map();
    return {
        at,
        value: metrics.map((m) => {
            const name = anyAt(m.value, m.at, 'type') ?? anyAt(m.value, m.at, 'name');
            const value = anyAt(m.value, m.at, 'value');
            if (!firstOfName.has(name?.value))
                firstOfName.set(name?.value, m.at);
            return {
                at: m.at,
                baselineAnchor: firstOfName.get(name?.value) ?? m.at,
                ...defined({
                    name,
                    value: value && { value: valueOf(value.value), at: value.at },
                    baseline: typeof name?.value === 'string' ? anyAt(baselines, baselinesAt, name.value) : undefined
                })
            };
        })
    };
}

const API_VERSION = 'handoff-check/v1';
/** The native contract's field types (docs/formats.md). */
const NATIVE_FIELD_TYPES = new Set([
    'string',
    'integer',
    'long',
    'number',
    'decimal',
    'float',
    'double',
    'boolean',
    'date',
    'time',
    'timestamp',
    'bytes',
    'object',
    'array'
]);
const handoffContract = {
    standard: 'handoff-contract',
    kind: 'contract',
    sniff: (text) => hasTopLevel(text, 'apiVersion', API_VERSION) && hasTopLevel(text, 'kind', 'HandoffContract'),
    detect: (data) => child(data, 'apiVersion') === API_VERSION && child(data, 'kind') === 'HandoffContract',
    map: (data) => mapHandoffContract(data)
};
function mapHandoffContract(data) {
    const freshness = anyAt(data, [], 'freshness');
    const schema = anyAt(data, [], 'schema');
    const objects = entries(schema?.value, ['schema']).map((e) => ({
        name: e.key,
        at: e.at,
        ...defined({
            type: strAt(e.value, e.at, 'type'),
            description: strAt(e.value, e.at, 'description')
        }),
        fields: mapKeyedFields(child(e.value, 'fields'), [...e.at, 'fields'], { types: NATIVE_FIELD_TYPES }),
        fieldsAt: child(e.value, 'fields') === undefined ? e.at : [...e.at, 'fields']
    }));
    return {
        kind: 'contract',
        standard: 'handoff-contract',
        standardVersion: API_VERSION,
        at: [],
        ...defined({
            name: strAt(data, [], 'name'),
            id: strAt(data, [], 'id'),
            version: anyAt(data, [], 'version'),
            freshness: freshness && { at: freshness.at, value: freshness },
            schema: schema && { value: objects, at: schema.at }
        }),
        versionAnchor: [],
        owners: ownersAt(data, []),
        ownerAnchor: [],
        freshnessAnchor: [],
        schemaAnchor: [],
        issues: validate('handoff-contract', data, {
            schemaRoots: ['schema'],
            reportedKeys: [],
            reportedNodes: itemReportedNodes(objects),
            reportedTypes: itemReportedTypes(objects)
        })
    };
}

const handoffModelCard = {
    standard: 'handoff-model-card',
    kind: 'model-card',
    sniff: (text) => hasTopLevel(text, 'apiVersion', API_VERSION) && hasTopLevel(text, 'kind', 'ModelCard'),
    detect: (data) => child(data, 'apiVersion') === API_VERSION && child(data, 'kind') === 'ModelCard',
    map: (data) => mapHandoffModelCard(data)
};
function mapHandoffModelCard(data) {
    return {
        kind: 'model-card',
        standard: 'handoff-model-card',
        standardVersion: API_VERSION,
        at: [],
        ...defined({ name: strAt(data, [], 'name'), version: anyAt(data, [], 'version') }),
        ...mapCardSections(data, []),
        issues: validate('handoff-model-card', data, { schemaRoots: [], reportedKeys: [] })
    };
}

const EVAL_RESULTS = /(?:^|\/)\.eval_results\/[^/]+\.ya?ml$/i;
/** Whether `path` is an eval results file of the card beside it. */
function isEvalResults(path) {
    return EVAL_RESULTS.test(path);
}
/** The card an eval results file belongs to: the README.md of the folder that holds `.eval_results/`. */
function cardOfEvalResults(path) {
    const folder = path.slice(0, path.search(/(?:^|\/)\.eval_results\//i));
    return folder === '' ? 'README.md' : `${folder}/README.md`;
}
/** The folder of a card's eval results files: `.eval_results` beside it. */
function evalResultsDir(cardPath) {
    const slash = cardPath.lastIndexOf('/');
    return slash < 0 ? '.eval_results' : `${cardPath.slice(0, slash)}/.eval_results`;
}
/** Whether `path` is a file of the folder `dir` (not of a folder inside it) an eval results file can be. */
function isEvalResultsIn(dir, path) {
    return path.startsWith(`${dir}/`) && /^[^/]+\.ya?ml$/i.test(path.slice(dir.length + 1));
}
/** Every result of the card's eval results files, with a `file.schema` issue at `at` for each malformed one. */
function readEvalResults(companions, at) {
    const results = [];
    const issues = [];
    const issue = (where, what) => issues.push({ item: 'file.schema', message: `${where}: ${what}`, at });
    for (const file of companions) {
        if (!isEvalResults(file.path))
            continue;
        const where = (p) => `${file.path}:${file.locate(p).line}`;
        if (!Array.isArray(file.data)) {
            issue(where([]), 'an eval results file is a YAML list of results (`- dataset: {id, task_id}`, `value:`)');
            continue;
        }
        file.data.forEach((entry, i) => {
            const dataset = child(entry, 'dataset');
            const taskId = child(dataset, 'task_id');
            const datasetId = child(dataset, 'id');
            if (!isObj(entry) || typeof taskId !== 'string' || taskId.trim() === '') {
                issue(where([i]), 'a result needs `dataset.task_id`, the task it scores (it names the metric)');
                return;
            }
            results.push({
                taskId,
                where: where([i]),
                ...(entry.value !== undefined ? { value: entry.value } : {}),
                ...(typeof datasetId === 'string' ? { datasetId } : {}),
                ...(child(dataset, 'revision') !== undefined ? { revision: child(dataset, 'revision') } : {})
            });
        });
    }
    return { results, issues };
}
/**
 * The first revision whose dataset the card trains on (listed under `datasets`): a result's revision is evidence of
 * the evaluation data, and says which training data was used only when it is a dataset the card trains on.
 */
function trainingRevision(trained, revisions) {
    const ids = new Set(trained.map((d) => d.value));
    return revisions.find((r) => r.datasetId !== undefined && ids.has(r.datasetId))?.revision;
}

/** Front-matter keys only model cards carry (dataset cards share `license`, `language`, `tags`, `datasets`). */
const MODEL_CARD_KEYS = ['model-index', 'library_name', 'base_model', 'pipeline_tag', 'widget', 'handoff'];
const KEY_LINE = new RegExp(`^(?:${MODEL_CARD_KEYS.join('|')})\\s*:`, 'm');
const huggingface = {
    standard: 'huggingface',
    kind: 'model-card',
    sniff: (text, path) => {
        if (!isMarkdown(path))
            return false;
        const front = frontMatterText(text);
        return front !== undefined && KEY_LINE.test(front);
    },
    detect: (data, path) => isMarkdown(path) && isObj(data) && MODEL_CARD_KEYS.some((k) => data[k] !== undefined),
    map: (data, _path, companions) => mapHuggingface(data, companions ?? [])
};
function mapHuggingface(data, companions) {
    const sections = mapCardSections(data, ['handoff']);
    // Eval results files are another file: what they give is located where the card takes it up.
    const evals = readEvalResults(companions, sections.evaluation.anchor);
    const evalMetrics = evals.results.map((r) => ({
        value: { name: r.taskId, value: r.value },
        at: sections.evaluation.anchor
    }));
    const results = elements(child(data, 'model-index'), ['model-index']).flatMap((m) => elements(child(m.value, 'results'), [...m.at, 'results']));
    const firstIndex = elements(child(data, 'model-index'), ['model-index'])[0];
    return {
        kind: 'model-card',
        standard: 'huggingface',
        at: [],
        ...defined({
            name: (firstIndex && strAt(firstIndex.value, firstIndex.at, 'name')) ?? strAt(data, [], 'model_name'),
            version: anyAt(child(data, 'handoff'), ['handoff'], 'version')
        }),
        ...sections,
        trainingData: {
            ...sections.trainingData,
            ...defined({
                location: sections.trainingData.location ?? firstDataset(data),
                version: sections.trainingData.version ?? trainedRevision(data, results, evals.results)
            })
        },
        evaluation: {
            anchor: sections.evaluation.anchor,
            ...defined({
                metrics: declaredMetrics(data, [
                    ...results.flatMap((r) => elements(child(r.value, 'metrics'), [...r.at, 'metrics'])),
                    ...evalMetrics
                ], ['model-index']) ?? sections.evaluation.metrics
            })
        },
        issues: [
            ...validate('handoff-model-card#/$defs/huggingface', data, { schemaRoots: [], reportedKeys: [] }),
            ...evals.issues
        ]
    };
}
function firstDataset(data) {
    const datasets = anyAt(data, [], 'datasets');
    if (!datasets)
        return undefined;
    if (!Array.isArray(datasets.value))
        return datasets;
    return datasets.value.length > 0 && datasets.value[0] !== null
        ? { value: datasets.value[0], at: ['datasets', 0] }
        : undefined;
}
/**
 * A results' dataset revision (model-index, then eval results files) when that dataset is one the card trains on;
 * an eval results revision is located at the `datasets` entry it names.
 */
function trainedRevision(data, results, evals) {
    const datasets = anyAt(data, [], 'datasets');
    const trained = Array.isArray(datasets?.value)
        ? elements(datasets.value, ['datasets'])
        : datasets
            ? [datasets]
            : [];
    const fromIndex = results.flatMap((r) => {
        const dataset = child(r.value, 'dataset');
        const revision = anyAt(dataset, [...r.at, 'dataset'], 'revision');
        return revision ? [{ datasetId: child(dataset, 'type'), revision }] : [];
    });
    const fromFiles = evals.flatMap((r) => {
        const entry = trained.find((d) => d.value === r.datasetId);
        return entry && r.revision !== undefined
            ? [{ datasetId: r.datasetId, revision: { value: r.revision, at: entry.at } }]
            : [];
    });
    return trainingRevision(trained, [...fromIndex, ...fromFiles]);
}

const METRICS = ['quantitative_analysis', 'performance_metrics'];
const modelCardToolkit = {
    standard: 'model-card-toolkit',
    kind: 'model-card',
    sniff: (text, path) => /\.json$/i.test(path) && /"model_details"\s*:/.test(text),
    detect: (data, path) => /\.json$/i.test(path) && isObj(child(data, 'model_details')),
    map: (data) => mapModelCardToolkit(data)
};
function mapModelCardToolkit(data) {
    const details = child(data, 'model_details');
    const detailsAt = ['model_details'];
    const sections = mapCardSections(data, ['handoff']);
    const owners = elements(child(details, 'owners'), [...detailsAt, 'owners']).flatMap((o) => nonEmpty(strAt(o.value, o.at, 'contact')) ?? nonEmpty(strAt(o.value, o.at, 'name')) ?? []);
    const version = child(details, 'version');
    const schemaVersion = child(data, 'schema_version');
    const train = trainingSet(data);
    const performance = child(child(data, 'quantitative_analysis'), 'performance_metrics');
    return {
        kind: 'model-card',
        standard: 'model-card-toolkit',
        at: [],
        ...defined({
            standardVersion: typeof schemaVersion === 'string' ? schemaVersion : undefined,
            name: strAt(details, detailsAt, 'name'),
            version: isObj(version)
                ? anyAt(version, [...detailsAt, 'version'], 'name')
                : anyAt(details, detailsAt, 'version')
        }),
        ...sections,
        owners: owners.length > 0 ? owners : sections.owners,
        ownerAnchor: owners.length > 0 || sections.owners.length === 0 ? detailsAt : sections.ownerAnchor,
        trainingData: {
            ...sections.trainingData,
            anchor: train?.at ?? sections.trainingData.anchor,
            ...defined({
                location: sections.trainingData.location ?? (train && trainingLocation(train)),
                version: sections.trainingData.version ?? (train && anyAt(train.value, train.at, 'version'))
            })
        },
        evaluation: {
            // An empty (or unreadable) `performance_metrics` is reported on its own key, not on the handoff block.
            anchor: performance === undefined ? sections.evaluation.anchor : METRICS,
            ...defined({
                // The toolkit writes scores as strings (v0.0.2 requires it): "0.91" is its way of writing 0.91.
                metrics: declaredMetrics(data, elements(performance, METRICS), METRICS, numberFromText) ??
                    sections.evaluation.metrics
            })
        },
        issues: validate('handoff-model-card#/$defs/modelCardToolkit', data, {
            schemaRoots: [],
            reportedKeys: []
        })
    };
}
function nonEmpty(value) {
    return value && value.value.trim() !== '' ? value : undefined;
}
/**
 * The train set's `link`; else its `name` when the name looks like a location or dataset id (has a `/`, `:` or `.`,
 * as `gs://bucket/train` or `acme/cats-dogs`). A bare label such as "train" or "Training Set" says nothing about
 * where the data is, so the location is then missing.
 */
function trainingLocation(train) {
    const link = anyAt(train.value, train.at, 'link');
    if (link)
        return link;
    const name = strAt(train.value, train.at, 'name');
    return name && /[/:.]/.test(name.value) ? name : undefined;
}
/** The train set of `model_parameters.data`: a list (v0.0.2) or a `{ train, eval }` mapping (v0.0.1). */
function trainingSet(data) {
    const at = ['model_parameters', 'data'];
    const sets = child(child(data, 'model_parameters'), 'data');
    if (Array.isArray(sets)) {
        const all = elements(sets, at);
        return all.find((s) => /train/i.test(strAt(s.value, s.at, 'name')?.value ?? '')) ?? all[0];
    }
    const named = entries(sets, at);
    return named.find((s) => /train/i.test(s.key)) ?? named[0];
}

const formats = [
    odcs,
    dcs,
    handoffContract,
    handoffModelCard,
    huggingface,
    modelCardToolkit
];

// `v2.2.2`, `2.2.0`, `v1`: before v3. `v3.3.0`, `v4`: newer than the versions known (v3.0 to v3.2).
const BEFORE_V3 = /^v?[0-2](?:\.\d+)*$/;
const NUMBERED = /^v?(\d+)(?:\.(\d+))?(?:\.\d+)*(?:[-+][\w.-]*)?$/;
/** What is unsupported about a parsed file that is not read as any format; undefined when it is not a contract. */
function unsupportedStandard(data) {
    const kind = child(data, 'kind');
    if (kind !== 'DataContract' && kind !== 'managedDataset')
        return undefined;
    // ODCS v2.x before `apiVersion` wrote `standardVersion`.
    const key = child(data, 'apiVersion') !== undefined ? 'apiVersion' : 'standardVersion';
    const raw = child(data, key);
    const version = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : undefined;
    const at = raw === undefined ? ['kind'] : [key];
    const odcs = (messageId, shown) => ({
        kind: 'contract',
        standard: 'odcs',
        ...(version !== undefined ? { version } : {}),
        messageId,
        data: { version: shown },
        at
    });
    if (kind === 'managedDataset')
        return odcs('odcsBeforeV3', `${version ?? 'v1'} (\`kind: managedDataset\`)`);
    if (version === undefined || version === '') {
        return odcs('odcsBeforeV3', 'before v3 (`kind: DataContract` without `apiVersion`)');
    }
    if (BEFORE_V3.test(version))
        return odcs('odcsBeforeV3', version);
    const numbered = NUMBERED.exec(version);
    if (numbered && odcsVersion(version) === undefined && isAfterV3_2(numbered)) {
        return odcs('odcsNewer', version);
    }
    return {
        kind: 'unknown',
        standard: 'unknown',
        version,
        messageId: 'otherDataContract',
        data: { version },
        at
    };
}
function isAfterV3_2(match) {
    const major = Number(match[1]);
    return major > 3 || (major === 3 && match[2] !== undefined && Number(match[2]) > 2);
}

// YAML 1.2 core schema scalars exactly as the yaml library resolves them (js-yaml's own core schema also reads
// 0b\u2026 binary integers and loses the sign of -0). Both fast doors resolve plain scalars here.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FIXED = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// A look at the first character rules most types out before any regular expression runs (names and descriptions
// start with letters no number or boolean starts with).
const NULL_START = new Set(['', '~', 'n', 'N']);
const BOOL_START = new Set(['t', 'T', 'f', 'F']);
const NUMBER_START = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.']);
const isNull = (text) => NULL_START.has(text.charAt(0)) && NULL.test(text);
const isBool = (text) => BOOL_START.has(text.charAt(0)) && BOOL.test(text);
const toBool = (text) => text[0] === 't' || text[0] === 'T';
const isInt = (text) => NUMBER_START.has(text.charAt(0)) && (DECIMAL.test(text) || OCTAL.test(text) || HEX.test(text));
const toInt = (text) => OCTAL.test(text) ? parseInt(text.slice(2), 8) : HEX.test(text) ? parseInt(text.slice(2), 16) : Number(text);
const isFloat = (text) => NUMBER_START.has(text.charAt(0)) && (SPECIAL.test(text) || EXPONENT.test(text) || FIXED.test(text));
function toFloat(text) {
    if (!SPECIAL.test(text))
        return parseFloat(text);
    if (/nan$/i.test(text))
        return NaN;
    return text.startsWith('-') ? -Infinity : Infinity;
}
/** A plain scalar's value, the types tried in the order js-yaml tries them; most text starts with a letter no other type starts with. */
function resolvePlain(text) {
    const c = text.charCodeAt(0);
    if (c !== c)
        return null; // empty
    if (c === 0x7e || c === 0x6e || c === 0x4e)
        return NULL.test(text) ? null : text; // ~ n N
    if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46)
        return BOOL.test(text) ? toBool(text) : text; // t T f F
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
        if (DECIMAL.test(text) || OCTAL.test(text) || HEX.test(text))
            return toInt(text);
        if (SPECIAL.test(text) || EXPONENT.test(text) || FIXED.test(text))
            return toFloat(text);
    }
    return text;
}

/** Thrown to hand the text to the next door; never escapes blockParse. */
const DECLINE$1 = new Error('not block YAML this reader reads');
/** Deeper than this, the text goes to the doors that enforce source.ts's MAX_DEPTH with its message. */
const MAX_DEPTH$1 = 64;
/** The yaml library refuses implicit keys longer than this. */
const MAX_KEY = 1024;
// Characters this reader leaves to the other doors: control and non-printable characters (a CR is allowed only
// before a LF), line and paragraph separators, byte-order marks, and surrogates that do not make a pair. These
// regular expressions scan a text twice as fast as a loop over its character codes.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREAD = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const LONE_CR = /\r(?!\n)/;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TAB = 9;
const NL = 10;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const SQUOTE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const QMARK = 63;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;
// Past the end of the text charCodeAt gives NaN, which no comparison matches: `end` covers it.
const isBreakOrEnd = (c) => c === SPACE || c === NL || c !== c;
const isWhite = (c) => c === SPACE || c === TAB;
const isFlowIndicator = (c) => c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
/** Characters that cannot start a plain scalar (whatever follows them). */
const RESERVED = new Uint8Array(128);
for (const c of '&*!%@`|>#"\',[]{}')
    RESERVED[c.charCodeAt(0)] = 1;
const isReserved = (c) => RESERVED[c] === 1;
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029'
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
const HEX_DIGITS = /^[0-9a-fA-F]+$/;
/** Read block YAML; undefined when the text needs another door. */
function blockParse(original) {
    if (UNREAD.test(original))
        return undefined;
    if (SURROGATE.test(original) && LONE_SURROGATE.test(original))
        return undefined;
    let text = original;
    let crlf;
    if (original.includes('\r')) {
        if (LONE_CR.test(original))
            return undefined;
        text = original.replace(/\r\n/g, '\n');
        crlf = crlfBreaks(original);
    }
    const reader = new BlockReader(text);
    let data;
    try {
        data = reader.document();
    }
    catch (err) {
        if (err === DECLINE$1)
            return undefined;
        throw err;
    }
    if (data === null || typeof data !== 'object')
        return undefined;
    const { children, root } = reader;
    const inOriginal = (offset) => (crlf ? offset + countBelow(crlf, offset) : offset);
    return {
        data,
        offsetOf: (path) => inOriginal(offsetIn(path))
    };
    function offsetIn(path) {
        let node = data;
        let offset = root;
        for (const segment of path) {
            if (node === null || typeof node !== 'object')
                break;
            const of = children.get(node);
            if (!of)
                break;
            let at;
            if (of.keys)
                at = of.keys.indexOf(String(segment));
            else if (typeof segment === 'number')
                at = segment < of.offsets.length ? segment : -1;
            else
                break;
            if (at < 0)
                break;
            offset = of.offsets[at];
            node = of.keys ? node[of.keys[at]] : node[at];
        }
        return offset;
    }
}
/** Where each CRLF's LF stands once the CRs are removed, ascending. */
function crlfBreaks(original) {
    const out = [];
    for (let i = original.indexOf('\r\n'); i >= 0; i = original.indexOf('\r\n', i + 2))
        out.push(i - out.length);
    return out;
}
/** How many of the ascending `offsets` are below `offset`. */
function countBelow(offsets, offset) {
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (offsets[mid] < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
class BlockReader {
    text;
    children = new Map();
    /** Offset of the root node. */
    root = 0;
    /** After a block node: the start of the first line it did not consume (or the text's length). */
    pos = 0;
    /** After a flow node or a quoted scalar: the offset just past it. */
    at = 0;
    depth = 0;
    hash = -1;
    hashSearched = -1;
    eolFrom = -1;
    eol = -1;
    /** The indentation of the line skipToContent found. */
    indent = 0;
    /** Lines inside the flow collection being read stay right of this column. */
    flowParent = -1;
    len;
    constructor(text) {
        this.text = text;
        this.len = text.length;
    }
    c(i) {
        return this.text.charCodeAt(i);
    }
    document() {
        let p = this.skipToContent(0);
        if (this.isMarker(p, DASH)) {
            let i = p + 3;
            while (this.c(i) === SPACE)
                i++;
            if (this.c(i) === HASH && this.c(i - 1) === SPACE)
                i = this.lineEnd(i);
            if (i < this.len && this.c(i) !== NL)
                throw DECLINE$1;
            p = this.skipToContent(i + 1);
        }
        if (p >= this.len)
            throw DECLINE$1;
        const indent = this.indent;
        const start = p + indent;
        const first = this.c(start);
        if (first === PERCENT)
            throw DECLINE$1;
        // Tabs are white space inside flow collections only (JSON files are often indented with them).
        if (first !== LBRACE && first !== LBRACKET && this.text.includes('\t'))
            throw DECLINE$1;
        this.root = start;
        const data = this.blockNode(start, indent, -1);
        if (this.skipToContent(this.pos) < this.len)
            throw DECLINE$1;
        return data;
    }
    /** A node that starts a line (or follows `- `) at `start`, in column `col`, under a parent indented `parent`. */
    blockNode(start, col, parent) {
        if (this.c(start) === DASH && isBreakOrEnd(this.c(start + 1)))
            return this.sequence(start, col);
        const colon = this.keyEnd(start);
        if (colon >= 0)
            return this.mapping(start, col, colon);
        return this.inlineValue(start, parent);
    }
    /** A block mapping whose first key starts at `start` and ends at `colon`. */
    mapping(start, col, firstColon) {
        if (++this.depth > MAX_DEPTH$1)
            throw DECLINE$1;
        const map = {};
        const keys = [];
        const offsets = [];
        this.children.set(map, { keys, offsets });
        let p = start;
        let colon = firstColon;
        for (;;) {
            const key = this.keyText(p, colon);
            if (key === '__proto__' || key === '<<' || Object.hasOwn(map, key))
                throw DECLINE$1;
            keys.push(key);
            offsets.push(p);
            let v = colon + 1;
            while (this.c(v) === SPACE)
                v++;
            const first = this.c(v);
            if (v >= this.len || first === NL || first === HASH) {
                const next = this.skipToContent(this.lineEnd(v) + 1);
                if (next >= this.len) {
                    map[key] = null;
                    this.pos = this.len;
                }
                else {
                    const indent = this.indent;
                    const s = next + indent;
                    if (indent > col)
                        map[key] = this.blockNode(s, indent, col);
                    else if (indent === col && this.c(s) === DASH && isBreakOrEnd(this.c(s + 1)))
                        map[key] = this.sequence(s, col);
                    else {
                        map[key] = null;
                        this.pos = next;
                    }
                }
            }
            else
                map[key] = this.inlineValue(v, col);
            const next = this.skipToContent(this.pos);
            if (next >= this.len) {
                this.pos = this.len;
                break;
            }
            const indent = this.indent;
            if (indent < col) {
                this.pos = next;
                break;
            }
            if (indent > col)
                throw DECLINE$1;
            p = next + indent;
            if (col === 0 && (this.isMarker(p, DASH) || this.isMarker(p, DOT)))
                throw DECLINE$1;
            colon = this.keyEnd(p);
            if (colon < 0)
                throw DECLINE$1;
        }
        this.depth--;
        return map;
    }
    sequence(start, col) {
        if (++this.depth > MAX_DEPTH$1)
            throw DECLINE$1;
        const items = [];
        const offsets = [];
        this.children.set(items, { keys: undefined, offsets });
        let p = start;
        for (;;) {
            let v = p + 1;
            while (this.c(v) === SPACE)
                v++;
            const first = this.c(v);
            // An empty item, one whose node starts on the next line, or a sequence nested on the same line.
            if (v >= this.len || first === NL || first === HASH)
                throw DECLINE$1;
            if (first === DASH && isBreakOrEnd(this.c(v + 1)))
                throw DECLINE$1;
            offsets.push(v);
            const colon = this.keyEnd(v);
            items.push(colon >= 0 ? this.mapping(v, col + (v - p), colon) : this.inlineValue(v, col));
            const next = this.skipToContent(this.pos);
            if (next >= this.len) {
                this.pos = this.len;
                break;
            }
            const indent = this.indent;
            if (indent > col)
                throw DECLINE$1;
            const s = next + indent;
            if (indent < col || this.c(s) !== DASH || !isBreakOrEnd(this.c(s + 1))) {
                this.pos = next;
                break;
            }
            p = s;
        }
        this.depth--;
        return items;
    }
    /** A scalar or flow collection at `v`, on the line of its key or dash; multi-line scalars stay right of `parent`. */
    inlineValue(v, parent) {
        const c = this.c(v);
        if (c === PIPE || c === GT)
            return this.blockScalar(v, parent);
        let value;
        if (c === DQUOTE)
            value = this.doubleQuoted(v, parent);
        else if (c === SQUOTE)
            value = this.singleQuoted(v, parent);
        else if (c === LBRACKET || c === LBRACE) {
            this.flowParent = parent;
            value = this.flow(v);
        }
        else if (isReserved(c))
            throw DECLINE$1;
        else if ((c === DASH || c === QMARK || c === COLON) && isBreakOrEnd(this.c(v + 1)))
            throw DECLINE$1;
        else
            return this.plain(v, parent);
        this.endOfLine(this.at);
        return value;
    }
    /** After a quoted scalar or a flow collection: only spaces and a comment may end its line. */
    endOfLine(from) {
        let i = from;
        while (isWhite(this.c(i)))
            i++;
        if (this.c(i) === HASH && isWhite(this.c(i - 1)))
            i = this.lineEnd(i);
        if (i >= this.len)
            this.pos = this.len;
        else if (this.c(i) === NL)
            this.pos = i + 1;
        else
            throw DECLINE$1;
    }
    /**
     * One line of a plain scalar from `from`: its end (past the last character that is not a space) and whether a
     * comment ends it. A `: ` inside is a mapping where a scalar belongs: an error the full parser names.
     */
    plainLine(from) {
        const stop = this.lineEnd(from);
        let end = stop;
        let comment = false;
        for (let h = this.hashFrom(from); h < stop; h = this.hashFrom(h + 1)) {
            if (this.c(h - 1) === SPACE) {
                end = h;
                comment = true;
                break;
            }
        }
        for (let c = this.text.indexOf(':', from); c >= 0 && c < end; c = this.text.indexOf(':', c + 1))
            if (isBreakOrEnd(this.c(c + 1)))
                throw DECLINE$1;
        while (end > from && this.c(end - 1) === SPACE)
            end--;
        return { end, stop, comment };
    }
    plain(v, parent) {
        const line = this.plainLine(v);
        let value = this.text.slice(v, line.end);
        let consumed = line.stop;
        if (!line.comment) {
            let p = consumed + 1;
            let empties = 0;
            while (p < this.len) {
                const indent = this.indentAt(p);
                const s = p + indent;
                const c = this.c(s);
                if (c === NL) {
                    empties++;
                    p = s + 1;
                    continue;
                }
                if (s >= this.len || indent <= parent || c === HASH)
                    break;
                // A continuation line starting like a node (`- x`, `[`, `&a`\u2026) reads differently in different parsers.
                if (isReserved(c) || c === DASH || c === QMARK || c === COLON)
                    throw DECLINE$1;
                const next = this.plainLine(s);
                value += (empties === 0 ? ' ' : '\n'.repeat(empties)) + this.text.slice(s, next.end);
                empties = 0;
                consumed = next.stop;
                p = consumed + 1;
                if (next.comment)
                    break;
            }
        }
        this.pos = consumed >= this.len ? this.len : consumed + 1;
        return resolvePlain(value);
    }
    /** Offset of the `:` that ends an implicit key starting at `p`, or -1 when no key starts there. */
    keyEnd(p) {
        const c = this.c(p);
        if (c === DQUOTE || c === SQUOTE) {
            const close = this.quoteEnd(p);
            if (close < 0)
                return -1;
            let i = close + 1;
            while (this.c(i) === SPACE)
                i++;
            return this.c(i) === COLON && isBreakOrEnd(this.c(i + 1)) ? i : -1;
        }
        if (isReserved(c))
            return -1;
        if ((c === DASH || c === QMARK || c === COLON) && isBreakOrEnd(this.c(p + 1)))
            return -1;
        const end = this.lineEnd(p);
        let colon = this.text.indexOf(':', p);
        while (colon >= 0 && colon < end && !isBreakOrEnd(this.c(colon + 1)))
            colon = this.text.indexOf(':', colon + 1);
        if (colon < 0 || colon >= end)
            return -1;
        return this.commentBefore(p, colon) ? -1 : colon;
    }
    /** Whether a comment (` #`) starts between `from` and `to` on one line. */
    commentBefore(from, to) {
        for (let h = this.hashFrom(from); h < to; h = this.hashFrom(h + 1))
            if (h > from && this.c(h - 1) === SPACE)
                return true;
        return false;
    }
    /** The closing quote of a quoted scalar at `p` on the same line, or -1. */
    quoteEnd(p) {
        const quote = this.c(p);
        for (let i = p + 1; i < this.len; i++) {
            const c = this.c(i);
            if (c === NL)
                return -1;
            if (quote === DQUOTE && c === BACKSLASH)
                i++;
            else if (c === quote) {
                if (quote === SQUOTE && this.c(i + 1) === SQUOTE)
                    i++;
                else
                    return i;
            }
        }
        return -1;
    }
    keyText(p, colon) {
        const c = this.c(p);
        if (c === DQUOTE || c === SQUOTE) {
            const key = c === DQUOTE ? this.doubleQuoted(p, -1) : this.singleQuoted(p, -1);
            if (this.at - p > MAX_KEY)
                throw DECLINE$1;
            return key;
        }
        let end = colon;
        while (this.c(end - 1) === SPACE)
            end--;
        if (end - p > MAX_KEY)
            throw DECLINE$1;
        const raw = this.text.slice(p, end);
        const value = resolvePlain(raw);
        // A null key is "" to the yaml library and "null" to js-yaml; 0x1F or 1.0 would be renamed.
        if (value === null || (typeof value === 'number' && String(value) !== raw))
            throw DECLINE$1;
        return String(value);
    }
    /** Ends a quoted scalar's line at the break `nl` (trailing spaces dropped) and folds it into the next. */
    breakInQuoted(seg, nl, parent, out) {
        if (parent < 0)
            throw DECLINE$1;
        out.text += this.trimTrailingSpaces(seg, nl);
        return this.foldQuoted(nl, parent, out);
    }
    /** Folds a line break inside a quoted scalar; returns where the next line's text starts. */
    foldQuoted(nl, parent, out) {
        let p = nl + 1;
        let empties = 0;
        for (;;) {
            const indent = this.indentAt(p);
            const s = p + indent;
            if (s >= this.len)
                throw DECLINE$1;
            if (this.c(s) === NL) {
                empties++;
                p = s + 1;
                continue;
            }
            if (indent <= parent)
                throw DECLINE$1;
            out.text += empties === 0 ? ' ' : '\n'.repeat(empties);
            return s;
        }
    }
    /** A double-quoted scalar at `p` (one line when `parent` is -1: a key); sets `at` past its closing quote. */
    doubleQuoted(p, parent) {
        const out = { text: '' };
        let seg = p + 1;
        for (let i = p + 1;;) {
            if (i >= this.len)
                throw DECLINE$1;
            const c = this.c(i);
            if (c === DQUOTE) {
                out.text += this.text.slice(seg, i);
                this.at = i + 1;
                return out.text;
            }
            if (c === BACKSLASH) {
                out.text += this.text.slice(seg, i);
                const e = this.text[i + 1];
                if (e === '\n') {
                    if (parent < 0)
                        throw DECLINE$1;
                    // An escaped line break joins the lines without a space; the next line's indentation is dropped.
                    const lengthBefore = out.text.length;
                    i = this.foldQuoted(i + 1, parent, out);
                    out.text = out.text.slice(0, lengthBefore) + out.text.slice(lengthBefore).replace(/^ /, '');
                    seg = i;
                    continue;
                }
                const hex = HEX_LENGTH[e];
                if (hex !== undefined) {
                    const digits = this.text.slice(i + 2, i + 2 + hex);
                    if (digits.length !== hex || !HEX_DIGITS.test(digits))
                        throw DECLINE$1;
                    const code = parseInt(digits, 16);
                    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                        throw DECLINE$1;
                    out.text += String.fromCodePoint(code);
                    i += 2 + hex;
                }
                else {
                    const escaped = ESCAPES[e];
                    if (escaped === undefined)
                        throw DECLINE$1;
                    out.text += escaped;
                    i += 2;
                }
                seg = i;
                continue;
            }
            if (c === NL) {
                i = seg = this.breakInQuoted(seg, i, parent, out);
                continue;
            }
            i++;
        }
    }
    /** A single-quoted scalar at `p` (one line when `parent` is -1); sets `at` past its closing quote. */
    singleQuoted(p, parent) {
        const out = { text: '' };
        let seg = p + 1;
        for (let i = p + 1;;) {
            if (i >= this.len)
                throw DECLINE$1;
            const c = this.c(i);
            if (c === SQUOTE) {
                out.text += this.text.slice(seg, i);
                if (this.c(i + 1) === SQUOTE) {
                    out.text += "'";
                    i += 2;
                    seg = i;
                    continue;
                }
                this.at = i + 1;
                return out.text;
            }
            if (c === NL) {
                i = seg = this.breakInQuoted(seg, i, parent, out);
                continue;
            }
            i++;
        }
    }
    trimTrailingSpaces(from, to) {
        let end = to;
        while (end > from && this.c(end - 1) === SPACE)
            end--;
        return this.text.slice(from, end);
    }
    /** A literal (`|`) or folded (`>`) block scalar whose header is at `v`; its lines stay right of `parent`. */
    blockScalar(v, parent) {
        const literal = this.c(v) === PIPE;
        let i = v + 1;
        const chomp = this.c(i) === DASH ? -1 : this.c(i) === 0x2b ? 1 : 0;
        if (chomp !== 0)
            i++;
        if (this.c(i) >= 0x30 && this.c(i) <= 0x39)
            throw DECLINE$1;
        const sep = i;
        while (this.c(i) === SPACE)
            i++;
        if (this.c(i) === HASH && i > sep)
            i = this.lineEnd(i);
        if (i >= this.len || this.c(i) !== NL)
            throw DECLINE$1;
        const lines = [];
        let indent = -1;
        let leading = 0;
        let p = i + 1;
        while (p < this.len) {
            const spaces = this.indentAt(p);
            const s = p + spaces;
            if (s >= this.len)
                throw DECLINE$1;
            if (this.c(s) === NL) {
                // Spaces past the indentation of the text are text (a more indented line, when folded).
                if (indent < 0)
                    leading = Math.max(leading, spaces);
                lines.push(indent >= 0 && spaces > indent ? this.text.slice(p + indent, s) : '');
                p = s + 1;
                continue;
            }
            if (indent < 0) {
                if (spaces <= parent || leading > spaces)
                    throw DECLINE$1;
                indent = spaces;
            }
            else if (spaces < indent)
                break;
            const end = this.lineEnd(s);
            lines.push(this.text.slice(p + indent, end));
            p = end + 1;
        }
        this.pos = Math.min(p, this.len);
        let last = lines.length - 1;
        while (last >= 0 && lines[last] === '')
            last--;
        if (last < 0)
            throw DECLINE$1;
        const body = literal ? lines.slice(0, last + 1).join('\n') : fold(lines, last);
        if (chomp < 0)
            return body;
        return body + '\n'.repeat(chomp > 0 ? lines.length - last : 1);
    }
    /** A flow collection on one line at `v`; sets `at` past its closing bracket. */
    flow(v) {
        if (++this.depth > MAX_DEPTH$1)
            throw DECLINE$1;
        const seq = this.c(v) === LBRACKET;
        const close = seq ? RBRACKET : RBRACE;
        const keys = seq ? undefined : [];
        const offsets = [];
        const node = seq ? [] : {};
        this.children.set(node, { keys, offsets });
        let i = this.flowSpace(v + 1);
        while (this.c(i) !== close) {
            offsets.push(i);
            if (keys) {
                const key = this.flowKey(i);
                if (key === '__proto__' || key === '<<' || Object.hasOwn(node, key))
                    throw DECLINE$1;
                keys.push(key);
                i = this.flowSpace(this.at + 1);
                const c = this.c(i);
                node[key] = c === COMMA || c === close ? null : this.flowItem(i);
                if (c !== COMMA && c !== close)
                    i = this.flowSpace(this.at);
            }
            else {
                node.push(this.flowItem(i));
                i = this.flowSpace(this.at);
            }
            const c = this.c(i);
            if (c === COMMA)
                i = this.flowSpace(i + 1);
            else if (c !== close)
                throw DECLINE$1;
        }
        this.at = i + 1;
        this.depth--;
        return node;
    }
    /** White space, comments and line breaks inside a flow collection; its lines stay right of `flowParent`. */
    flowSpace(from) {
        let i = from;
        for (;;) {
            let c = this.c(i);
            while (isWhite(c))
                c = this.c(++i);
            if (c === HASH && (isWhite(this.c(i - 1)) || this.c(i - 1) === NL)) {
                i = this.lineEnd(i);
                c = this.c(i);
            }
            if (c !== NL)
                break;
            const p = i + 1;
            const indent = this.indentAt(p);
            const next = this.c(p + indent);
            if (next !== NL && next === next) {
                if (indent <= this.flowParent)
                    throw DECLINE$1;
                if (indent === 0 && (this.isMarker(p, DASH) || this.isMarker(p, DOT)))
                    throw DECLINE$1;
            }
            i = p + indent;
        }
        if (i >= this.len)
            throw DECLINE$1;
        return i;
    }
    /** A flow mapping's key at `i`, up to its `: `; sets `at` on the colon. */
    flowKey(i) {
        const c = this.c(i);
        let key;
        // An implicit key is one line; after a quoted (JSON-like) key the value may follow the colon directly.
        const quoted = c === DQUOTE || c === SQUOTE;
        if (quoted)
            key = c === DQUOTE ? this.doubleQuoted(i, -1) : this.singleQuoted(i, -1);
        else {
            const value = this.flowItem(i);
            if (value === null || typeof value === 'object')
                throw DECLINE$1;
            const raw = this.text.slice(i, this.at);
            if (typeof value === 'number' && String(value) !== raw)
                throw DECLINE$1;
            key = String(value);
        }
        let end = this.at;
        while (isWhite(this.c(end)))
            end++;
        if (this.c(end) !== COLON)
            throw DECLINE$1;
        const after = this.c(end + 1);
        if (!quoted && !isWhite(after) && after !== NL)
            throw DECLINE$1;
        this.at = end;
        return key;
    }
    /** A node inside a flow collection at `i`; sets `at` past it. */
    flowItem(i) {
        const c = this.c(i);
        if (c === LBRACKET || c === LBRACE)
            return this.flow(i);
        if (c === DQUOTE)
            return this.doubleQuoted(i, -1);
        if (c === SQUOTE)
            return this.singleQuoted(i, -1);
        if (isReserved(c))
            throw DECLINE$1;
        const next = this.c(i + 1);
        if ((c === DASH || c === QMARK || c === COLON) &&
            (isBreakOrEnd(next) || isWhite(next) || isFlowIndicator(next)))
            throw DECLINE$1;
        let last = i;
        for (let j = i; j < this.len; j++) {
            const ch = this.c(j);
            if (ch === COMMA || ch === RBRACKET || ch === RBRACE)
                break;
            if (ch === LBRACKET || ch === LBRACE)
                throw DECLINE$1;
            if (ch === NL || (ch === HASH && isWhite(this.c(j - 1)))) {
                // The scalar ends with its line only when the collection goes on with another entry or closes: a plain
                // scalar folded over lines, or a key on one line and its colon on the next, is left to the other doors.
                const c = this.c(this.flowSpace(j));
                if (c !== COMMA && c !== RBRACKET && c !== RBRACE)
                    throw DECLINE$1;
                break;
            }
            if (ch === COLON) {
                const after = this.c(j + 1);
                if (isBreakOrEnd(after) || isWhite(after) || isFlowIndicator(after))
                    break;
            }
            if (!isWhite(ch))
                last = j + 1;
        }
        this.at = last;
        return resolvePlain(this.text.slice(i, last));
    }
    /** The line start of the next line that holds more than spaces and a comment, or the text's length. */
    skipToContent(from) {
        let p = from;
        while (p < this.len) {
            let i = p;
            while (this.c(i) === SPACE)
                i++;
            const c = this.c(i);
            if (c === NL)
                p = i + 1;
            else if (c === HASH)
                p = this.lineEnd(i) + 1;
            else if (i >= this.len)
                break;
            else {
                this.indent = i - p;
                return p;
            }
        }
        return this.len;
    }
    indentAt(p) {
        let i = p;
        while (this.c(i) === SPACE)
            i++;
        return i - p;
    }
    /**
     * The first `#` at or after `from` (the text's length when there is none). Kept: most texts have few or none, and
     * searching to the end for every line would read the text once a line.
     */
    hashFrom(from) {
        if (from <= this.hash && from > this.hashSearched)
            return this.hash;
        const h = this.text.indexOf('#', from);
        this.hashSearched = from - 1;
        this.hash = h < 0 ? this.len : h;
        return this.hash;
    }
    /** The line break ending the line at `from` (or the text's length); the last answer is kept, as it is often asked again. */
    lineEnd(from) {
        if (from >= this.eolFrom && from <= this.eol)
            return this.eol;
        const end = this.text.indexOf('\n', from);
        this.eolFrom = from;
        this.eol = end < 0 ? this.len : end;
        return this.eol;
    }
    /** `---` or `...` at `p` (a line start) followed by a space, a line break or the end. */
    isMarker(p, c) {
        return this.c(p) === c && this.c(p + 1) === c && this.c(p + 2) === c && isBreakOrEnd(this.c(p + 3));
    }
}
/**
 * A folded block scalar's lines (indentation removed, '' for empty lines): a single line break between two lines
 * of text becomes a space, each empty line a line break; around more indented lines, breaks are kept.
 */
function fold(lines, last) {
    let out = '';
    let started = false;
    let previousMore = false;
    let empties = 0;
    for (let k = 0; k <= last; k++) {
        const line = lines[k];
        if (line === '') {
            empties++;
            continue;
        }
        const more = line.charCodeAt(0) === SPACE;
        if (!started)
            out = '\n'.repeat(empties) + line;
        else if (!previousMore && !more)
            out += (empties === 0 ? ' ' : '\n'.repeat(empties)) + line;
        else
            out += '\n'.repeat(empties + 1) + line;
        started = true;
        empties = 0;
        previousMore = more;
    }
    return out;
}

const requireFile = createRequire(import.meta.url);
let yamlLibLoaded;
function yamlLib() {
  return (yamlLibLoaded ??= requireFile(fileURLToPath(new URL('yaml.cjs', import.meta.url).href)))
}
let jsYamlLibLoaded;
function jsYamlLib() {
  return (jsYamlLibLoaded ??= requireFile(fileURLToPath(new URL('js-yaml.cjs', import.meta.url).href)))
}

/** Thrown from the listener to stop at the first node the fast door does not read. */
const DECLINE = new Error('needs the full parser');
let schema;
/** YAML 1.2's core schema for js-yaml (its default schema is YAML 1.1's), built the first time the door opens. */
function coreSchema() {
    if (schema)
        return schema;
    const { FAILSAFE_SCHEMA, Type } = jsYamlLib();
    const nul = new Type('tag:yaml.org,2002:null', {
        kind: 'scalar',
        resolve: isNull,
        construct: () => null,
        predicate: (value) => value === null
    });
    const bool = new Type('tag:yaml.org,2002:bool', {
        kind: 'scalar',
        resolve: isBool,
        construct: toBool,
        predicate: (value) => typeof value === 'boolean'
    });
    const int = new Type('tag:yaml.org,2002:int', {
        kind: 'scalar',
        resolve: isInt,
        construct: toInt,
        predicate: (value) => typeof value === 'number' && Number.isInteger(value)
    });
    const float = new Type('tag:yaml.org,2002:float', {
        kind: 'scalar',
        resolve: isFloat,
        construct: toFloat,
        predicate: (value) => typeof value === 'number'
    });
    return (schema = FAILSAFE_SCHEMA.extend({ implicit: [nul, bool, int, float] }));
}
/**
 * Sequences js-yaml reads differently from YAML (and the yaml library): after a sequence nested on the same line
 * (`- - a`) or an empty item (`-` alone, or before a comment), it attaches a following, less indented item to the
 * inner sequence. A scan of the dashes that start a line: far cheaper than a multi-line regular expression.
 */
function hasSequenceQuirk(text) {
    for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
        let s = i - 1;
        while (s >= 0 && (text[s] === ' ' || text[s] === '\t'))
            s--;
        if (s >= 0 && text[s] !== '\n')
            continue;
        let j = i + 1;
        while (text[j] === ' ' || text[j] === '\t')
            j++;
        const next = text[j];
        if (next === undefined || next === '\n' || next === '\r' || next === '#')
            return true;
        if (next === '-' && j > i + 1) {
            const after = text[j + 1];
            if (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r')
                return true;
        }
    }
    return false;
}
/** An explicit key (`? key`), which js-yaml and the yaml library may name differently; `what ? x` in prose too. */
const EXPLICIT_KEY = /(?:^|[\s,[{])\?(?:\s|$)/m;
/** Parse plain YAML fast; undefined when the document needs the full parser. */
function fastParse(text) {
    if (hasSequenceQuirk(text) || (text.includes('?') && EXPLICIT_KEY.test(text)))
        return undefined;
    const frames = { open: [], close: [], parent: [], kind: [], result: [] };
    // Children of each collection, by frame; scalars (most frames) never get an array.
    const kids = [];
    const stack = [];
    const isKey = (i) => frames.kind[i] === 'scalar' && nextChar(text, frames.close[i]) === ':';
    let data;
    try {
        data = jsYamlLib().load(text, {
            schema: coreSchema(),
            listener(event, state) {
                if (event === 'open') {
                    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
                    if (parent >= 0)
                        (kids[parent] ??= []).push(frames.open.length);
                    kids.push(undefined);
                    frames.open.push(state.position);
                    frames.parent.push(parent);
                    frames.close.push(-1);
                    frames.kind.push('scalar');
                    frames.result.push(undefined);
                    stack.push(frames.open.length - 1);
                }
                else {
                    const i = stack.pop();
                    const kind = state.kind;
                    // An anchor, alias or tag starts its node; a collection or `<<` before a `:` is a complex or merge key.
                    const first = text[skipSpace(text, frames.open[i])];
                    if (first === '&' || first === '*' || first === '!')
                        throw DECLINE;
                    if ((kind !== 'scalar' || state.result === '<<') && nextChar(text, state.position) === ':')
                        throw DECLINE;
                    frames.close[i] = state.position;
                    frames.kind[i] = kind;
                    frames.result[i] = state.result;
                    if (kind === 'mapping' && hasComplexKey(i, kids[i] ?? [], frames, isKey))
                        throw DECLINE;
                    // A pair inside a flow sequence (`[a: b]`) is a mapping without a frame of its own.
                    if (kind === 'sequence' && kids[i]?.some(isKey))
                        throw DECLINE;
                }
            }
        });
    }
    catch {
        return undefined;
    }
    // Only a mapping or a sequence is a contract or a card: an empty document (whose missing root the yaml library
    // places after a `---` marker) or a lone scalar (js-yaml ends a root block scalar at a `#` line) goes to the full parser.
    if (data === null || typeof data !== 'object')
        return undefined;
    let offsets;
    return {
        data,
        offsetOf(path) {
            offsets ??= locator(text, frames);
            return offsets(path);
        }
    };
}
/**
 * A collection or a null where a key of mapping `node` belongs (js-yaml and the yaml library turn such keys into
 * different strings). A child with the mapping's own result is the mapping itself, read first as a would-be key.
 */
function hasComplexKey(node, children, frames, isKey) {
    let expectKey = true;
    for (const c of children) {
        if (frames.result[c] === frames.result[node])
            continue;
        if (expectKey && frames.kind[c] !== 'scalar')
            return true;
        // A key that resolves to null is "" to the yaml library and "null" to js-yaml.
        if (expectKey && frames.result[c] === null)
            return true;
        if (isKey(c))
            expectKey = false;
        else if (!expectKey)
            expectKey = true;
    }
    return false;
}
/**
 * Offsets from the frames: a mapping's children are its keys (a scalar directly followed by `:`), each followed by
 * its value when it has one; a sequence's children are its items. Undefined for a path when the frames of a
 * collection on it do not add up to the collection (then the caller asks the full parser).
 */
function locator(text, frames) {
    const children = frames.open.map(() => []);
    for (let i = 0; i < frames.parent.length; i++)
        if (frames.parent[i] >= 0)
            children[frames.parent[i]].push(i);
    const isKey = (i) => frames.kind[i] === 'scalar' && nextChar(text, frames.close[i]) === ':';
    const start = (i) => skipSpace(text, frames.open[i]);
    // A collection in block context can be read first as a would-be key of a block mapping that never comes: its
    // frame then wraps the collection's own frame, with the same result.
    const unwrap = (i) => {
        let node = i;
        while (children[node].length === 1 &&
            frames.result[children[node][0]] === frames.result[node] &&
            frames.kind[node] !== 'scalar')
            node = children[node][0];
        return node;
    };
    return (path) => {
        if (frames.open.length === 0)
            return undefined;
        let node = unwrap(0);
        let offset = start(0);
        for (const segment of path) {
            const kids = children[node];
            if (frames.kind[node] === 'mapping') {
                const keys = kids.filter(isKey);
                if (keys.length !== Object.keys(frames.result[node]).length)
                    return undefined;
                const at = kids.findIndex((k) => isKey(k) && String(frames.result[k]) === String(segment));
                if (at < 0)
                    break;
                offset = start(kids[at]);
                const value = kids[at + 1];
                if (value === undefined || isKey(value))
                    break;
                node = unwrap(value);
            }
            else if (frames.kind[node] === 'sequence' && typeof segment === 'number') {
                if (kids.length !== frames.result[node].length)
                    return undefined;
                const item = kids[segment];
                if (item === undefined)
                    break;
                offset = start(item);
                node = unwrap(item);
            }
            else
                break;
        }
        return offset;
    };
}
function nextChar(text, from) {
    let i = from;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return text[i] ?? '';
}
/** The first offset at or after `from` that is not white space, a line break or a comment. */
function skipSpace(text, from) {
    let i = from;
    for (;;) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            i++;
        else if (c === '#')
            while (i < text.length && text[i] !== '\n')
                i++;
        else
            return i;
    }
}

// The same rule huggingface_hub applies: optional leading whitespace, a `---` line, the YAML, a closing `---` line.
// Any line ending (LF, CRLF, CR) is accepted.
const FENCE = /^(\s*---[ \t]*(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;
const EMPTY = /^(\s*---[ \t]*(?:\r\n|\r|\n))---[ \t]*(?:\r\n|\r|\n|$)/;
function findFrontMatter(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const bom = text.length - source.length;
    const empty = EMPTY.exec(source);
    if (empty)
        return { body: '', start: bom + empty[1].length };
    const match = FENCE.exec(source);
    if (!match)
        return undefined;
    return { body: match[2], start: bom + match[1].length };
}

const MARKDOWN = /\.(md|markdown)$/i;
/**
 * Collections nested deeper than this are refused. The yaml library composes nodes recursively and runs out of stack
 * somewhere past several hundred levels, at a depth that depends on the stack left; a fixed limit far below that
 * gives every run the same answer. No contract or model card comes near it.
 */
const MAX_DEPTH = 100;
/**
 * Documents with more line breaks and commas than this (a cheap upper bound on their nodes, counted before
 * parsing) are refused: composing millions of nodes would exhaust memory. A contract or model card has a few
 * thousand; `limits.maxFileBytes` keeps files far below this unless it is raised.
 */
const MAX_NODES = 250_000;
function parseSource(path, text) {
    const pos = positions(text);
    let yamlText = text;
    let start = 0;
    let frontMatter = false;
    if (MARKDOWN.test(path)) {
        const block = findFrontMatter(text);
        if (!block)
            return emptySource(pos);
        yamlText = block.body;
        start = block.start;
        frontMatter = true;
    }
    // A text shorter than the limit cannot hold more separators than it: most files skip the count.
    if (yamlText.length > MAX_NODES && countSeparators(yamlText, MAX_NODES) > MAX_NODES) {
        const message = `Too many nodes (more than ${MAX_NODES.toLocaleString('en-US')} lines and commas); a data contract or model card is far smaller`;
        return { ...failed([{ message, ...pos(start) }], frontMatter, pos), refused: true };
    }
    // Three doors, fastest first: the block reader, js-yaml with positions, the yaml library's document model.
    const fast = blockParse(yamlText) ?? fastParse(yamlText);
    if (!fast)
        return fullParse(yamlText, start, frontMatter, pos);
    let full;
    const locate = (p) => {
        const offset = fast.offsetOf(p);
        if (offset !== undefined)
            return pos(start + offset);
        full ??= fullParse(yamlText, start, frontMatter, pos);
        return full.locate(p);
    };
    return { data: fast.data, errors: [], frontMatter, noYaml: false, locate };
}
/** 1-based positions of offsets in the whole text (front matter included), its line starts counted on first use. */
function positions(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        const at = Math.max(0, Math.min(offset, text.length));
        // The last line start at or before `at`.
        let low = 0;
        let high = starts.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (starts[mid] <= at)
                low = mid + 1;
            else
                high = mid;
        }
        return { line: low, column: at - starts[low - 1] + 1 };
    };
}
// The yaml library's own text names its API (`please use YAML.parseAllDocuments()`); a reader needs what to do.
const MULTIPLE_DOCUMENTS = 'A second YAML document starts here (`---`): a contract or model card is one document, so split the file or list it in `paths.ignore`';
/** The yaml library's document model: every error with its position, and positions for what the fast door cannot read. */
function fullParse(yamlText, start, frontMatter, pos) {
    let doc;
    try {
        doc = yamlLib().parseDocument(yamlText, {
            keepSourceTokens: false,
            // Warnings (a mapping used as a key is stringified by toJS) would go to stderr through process.emitWarning.
            logLevel: 'error',
            prettyErrors: false,
            uniqueKeys: true,
            strict: true,
            // `<<: *defaults` as PyYAML and js-yaml apply it (YAML 1.1 merge keys; datacontract-cli's users write them).
            merge: true
        });
    }
    catch (err) {
        // The yaml library reports problems as doc.errors; a throw here is a defect in it, not a bad file.
        return failed([{ message: String(err instanceof Error ? err.message : err), ...pos(start) }], frontMatter, pos);
    }
    // Before the errors: running out of stack in the parser (RESOURCE_EXHAUSTION) happens far below the first node
    // past MAX_DEPTH, which the partial document still holds, so the report does not depend on the stack.
    const deep = firstTooDeep(doc.contents);
    const exhausted = doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION');
    if (deep || exhausted) {
        const message = `Nested too deeply (more than ${MAX_DEPTH} levels)`;
        return failed([{ message, ...pos(start + (deep?.range?.[0] ?? 0)) }], frontMatter, pos);
    }
    if (doc.errors.length > 0) {
        const errors = doc.errors.map((e) => ({
            message: e.code === 'MULTIPLE_DOCS'
                ? MULTIPLE_DOCUMENTS
                : firstLine(e.message) + flowStart(doc, e, (offset) => pos(start + offset)),
            ...pos(start + (e.pos?.[0] ?? 0))
        }));
        return failed(errors, frontMatter, pos);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (err) {
        return failed([{ message: firstLine(String(err instanceof Error ? err.message : err)), ...pos(start) }], frontMatter, pos);
    }
    const locate = (path) => {
        let node = doc.contents;
        let anchor = node?.range ? [node.range[0], node.range[1]] : undefined;
        for (const segment of path) {
            if (yamlLib().isMap(node)) {
                const pair = node.items.find((p) => keyOf(p) === String(segment));
                if (!pair)
                    break;
                const key = pair.key;
                if (key && yamlLib().isScalar(key) && key.range)
                    anchor = [key.range[0], key.range[1]];
                node = pair.value;
            }
            else if (yamlLib().isSeq(node) && typeof segment === 'number') {
                const item = node.items[segment];
                if (!item)
                    break;
                if (item.range)
                    anchor = [item.range[0], item.range[1]];
                node = item;
            }
            else
                break;
        }
        if (!anchor)
            return pos(start);
        return pos(start + anchor[0]);
    };
    return { data, errors: [], frontMatter, noYaml: false, locate };
}
/** Line feeds and commas in `text`, counting stops just past `stopAt`. */
function countSeparators(text, stopAt) {
    let n = 0;
    for (let i = 0; i < text.length && n <= stopAt; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 44)
            n++;
    }
    return n;
}
/** The collections under `root` with their depth (the root collection is 1), in document order, without recursion. */
function* collections(root) {
    const stack = [{ node: root, depth: 1 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (!yamlLib().isMap(node) && !yamlLib().isSeq(node))
            continue;
        yield { node, depth };
        const children = [];
        for (const item of node.items) {
            if (yamlLib().isPair(item))
                children.push(item.key, item.value);
            else
                children.push(item);
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push({ node: children[i], depth: depth + 1 });
    }
}
function firstTooDeep(root) {
    for (const { node, depth } of collections(root))
        if (depth > MAX_DEPTH)
            return node;
    return undefined;
}
/**
 * The yaml library reports an unclosed (or under-indented) flow collection where it gives up, usually the next
 * line. The collection it gave up on ends exactly there, so its start can be named: `(the sequence starts at line 6,
 * column 12)`. Empty for every other error.
 */
function flowStart(doc, error, at) {
    const kind = /^Flow (sequence|map) in block collection/.exec(error.message)?.[1];
    const end = error.pos?.[0];
    if (!kind || end === undefined)
        return '';
    let opened;
    for (const { node } of collections(doc.contents)) {
        const flow = node.flow === true;
        if (!flow || yamlLib().isSeq(node) !== (kind === 'sequence') || !node.range || node.range[1] !== end)
            continue;
        if (node.range[0] < end && (opened === undefined || node.range[0] > opened))
            opened = node.range[0];
    }
    if (opened === undefined)
        return '';
    const { line, column } = at(opened);
    return ` (the ${kind} starts at line ${line}, column ${column})`;
}
function keyOf(pair) {
    const key = pair.key;
    if (yamlLib().isScalar(key))
        return String(key.value);
    if (yamlLib().isPair(key))
        return undefined;
    return key == null ? undefined : String(key);
}
// The yaml library appends its own "at line L, column C:" counted from the front matter; we give file positions.
function firstLine(message) {
    return message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        .trim();
}
function failed(errors, frontMatter, pos) {
    const first = errors[0] ? { line: errors[0].line, column: errors[0].column } : pos(0);
    return { data: undefined, errors, frontMatter, noYaml: false, locate: () => first };
}
function emptySource(pos) {
    return { data: undefined, errors: [], frontMatter: false, noYaml: true, locate: () => pos(0) };
}

// Bounded output: a file that breaks one item a thousand times (a Helm template, a data file, one wrong key in every
// column) shows the first few and one finding that stands for the rest, so a report stays readable and a comment
// stays within its limits. Applied by buildReport, after sorting, so every adapter and renderer sees the same list.
/** At most this many findings of one item are listed per file. */
const MAX_FINDINGS_PER_ITEM = 10;
/** The finding that stands for the hidden ones; `{{item}}` is its own item. */
const MORE_FINDINGS = '{{count}} more {{item}} findings in this file, from this line on, are not listed (at most {{limit}} of one item per file). Fix the ones above and run handoff-check again to see them.';
const RANK = { error: 0, warning: 1, notice: 2 };
/**
 * The first `limit` findings of each item in `findings` (sorted by position), and in place of the rest one finding
 * of the same item at the first hidden one's position, with the worst severity among them, its status, `new` when
 * any of them is new, and `more` set to how many it stands for. A list that is already bounded (an item with a `more` finding) is left as it is.
 */
function boundFindings(findings, limit = MAX_FINDINGS_PER_ITEM) {
    // No item can pass the limit in a list no longer than it: most files' lists, kept as they are.
    if (findings.length <= limit)
        return [...findings];
    const bounded = new Set(findings.filter((f) => f.more !== undefined).map((f) => f.item));
    const seen = new Map();
    const summaries = new Map();
    const out = [];
    for (const finding of findings) {
        const count = (seen.get(finding.item) ?? 0) + 1;
        seen.set(finding.item, count);
        if (bounded.has(finding.item) || count <= limit) {
            out.push(finding);
            continue;
        }
        const summary = summaries.get(finding.item);
        if (summary === undefined) {
            const { waived: _waived, ...first } = finding;
            const more = { ...first, more: 1 };
            summaries.set(finding.item, more);
            out.push(more);
        }
        else {
            summary.more = (summary.more ?? 0) + 1;
            if (RANK[finding.severity] < RANK[summary.severity])
                summary.severity = finding.severity;
            // Fail closed under `gate: new`: the summary is pre-existing only when every finding it hides is.
            if (finding.origin === 'new')
                summary.origin = 'new';
        }
    }
    for (const summary of summaries.values()) {
        summary.message = fill(MORE_FINDINGS, { item: summary.item, count: summary.more ?? 0, limit });
    }
    return out;
}

// Files that are not a contract or model card and say so plainly: an unrendered template and a file of data records.
// A discovered one is skipped; a named one gets one `file.parse` finding that says what it is, instead of a parse
// error per line (a 100-record JSON Lines file is 2,800 YAML errors) or a bare "not recognised".
// Placeholders of an unrendered template: `{{ card_data }}` (Jinja, Go templates and Helm), a Helm comment opening
// `{{/*` or `{{- /*`, and `{lang_0}`, `{task_name}` (the Hub's metadata spec). `${{ expressions }}` and `${VAR_NAME}`
// are values of a workflow or a shell, not placeholders.
const TOKEN = String.raw `(?<!\$)(?:\{\{[^{}\n]*\}\}|\{\{-?\s*\/\*|\{[a-z][a-z0-9]*_[a-z0-9_]*\})`;
const ANYWHERE = new RegExp(TOKEN, 'i');
// A placeholder that stands where a YAML node would: a line of its own (`{{ card_data }}`, `- {lang_0}`) or a whole
// unquoted value (`license: {license}  # Example: mit`). One inside a string is text, not a template.
const AS_NODE = new RegExp(String.raw `^([ \t]*(?:-[ \t]+)*(?:[^\s#'"{[][^#\n]*?:[ \t]+)?)(${TOKEN})[ \t]*(?:#.*)?\r?$`, 'im');
/**
 * The first template placeholder in the YAML of the text (in Markdown, the front matter). With `beforeLine` (the
 * first parse error's line) any placeholder up to that line counts: the template is why the YAML breaks, while a
 * broken card whose prose shows a template further down is still a broken card. Without it (the YAML parsed) only a
 * placeholder that stands as a node counts.
 */
function templatePlaceholder(text, path, beforeLine) {
    let start = 0;
    let scope = text;
    if (/\.(md|markdown)$/i.test(path)) {
        const block = findFrontMatter(text);
        if (block) {
            start = block.start;
            scope = block.body;
        }
    }
    if (beforeLine !== undefined) {
        const match = ANYWHERE.exec(scope.slice(0, lineEnd(text, beforeLine) - start));
        return match ? { text: match[0], ...positionOf(text, start + match.index) } : undefined;
    }
    const match = AS_NODE.exec(scope);
    if (!match)
        return undefined;
    return { text: match[2], ...positionOf(text, start + match.index + match[1].length) };
}
/**
 * Whether the text is JSON data records rather than a document: JSON Lines (two or more lines, each a JSON object
 * or array) or one JSON array whose elements are all objects. `data` is the parsed value, when the text parsed.
 */
function dataRecords(text, data) {
    const first = text.search(/\S/);
    if (first < 0)
        return undefined;
    const at = positionOf(text, first);
    if (text[first] === '[' && Array.isArray(data) && data.length > 0 && data.every(isRecord$1)) {
        return { count: data.length, form: 'array', ...at };
    }
    const rows = text.split('\n').filter((l) => l.trim() !== '');
    if (rows.length < 2 || !rows.every(isJsonRecordLine))
        return undefined;
    return { count: rows.length, form: 'lines', ...at };
}
function isJsonRecordLine(line) {
    const row = line.trim();
    if (!(row.startsWith('{') && row.endsWith('}')) && !(row.startsWith('[') && row.endsWith(']')))
        return false;
    try {
        return typeof JSON.parse(row) === 'object';
    }
    catch {
        return false;
    }
}
function isRecord$1(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The offset just past line `line` (1-based), or the text's length. */
function lineEnd(text, line) {
    let offset = -1;
    for (let i = 0; i < line; i++) {
        offset = text.indexOf('\n', offset + 1);
        if (offset < 0)
            return text.length;
    }
    return offset;
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}

/** Sorted by position then item, duplicates dropped: the same input always renders the same comment. */
function sortFindings(findings) {
    const seen = new Set();
    const out = [];
    for (const f of [...findings].sort(byPosition)) {
        const key = `${f.item}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
    }
    return out;
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
}

function gates(finding, gate) {
    return !finding.waived && (gate !== 'new' || finding.origin !== 'pre-existing');
}
/** The findings of a report that fail it (with any severity; the caller picks the severities that count). */
function gatingFindings(report) {
    return report.files.flatMap((file) => file.findings.filter((f) => gates(f, report.gate)));
}
/** Open findings the gate lets pass because they were already there: what a headline counts as pre-existing. */
function isPreExisting(finding) {
    return !finding.waived && finding.origin === 'pre-existing';
}

const MIB = 1024 * 1024;
/** A size as people read it: `812 bytes`, `3.4 kB`, `7.3 MB` (decimal units, one decimal). */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} byte${bytes === 1 ? '' : 's'}`;
    if (bytes < 1_000_000)
        return `${(bytes / 1000).toFixed(1)} kB`;
    return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
/** A limit as it is configured: `1 MiB`, `512 KiB`, or the bytes. */
function formatLimit(bytes) {
    if (bytes % MIB === 0)
        return `${bytes / MIB} MiB`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes.toLocaleString('en-US')} bytes`;
}
function tooLarge(bytes, limit) {
    return { messageId: 'tooLarge', data: { size: formatBytes(bytes), limit: formatLimit(limit) } };
}
function binary(detail) {
    return { messageId: 'binary', data: { detail } };
}
function notAFile(detail) {
    return { messageId: 'notAFile', data: { detail } };
}

// The pure core: parse \u2192 recognise \u2192 normalise \u2192 check \u2192 findings. It knows nothing of GitHub, argv or the file
// system; adapters hand it text and render what it returns. It never throws on bad input.
/**
 * Check one file. Returns undefined for a file that is not a contract or model card and was not named explicitly
 * (discovery casts a wide net; what is not ours is skipped silently).
 */
function analyzeFile(file, ctx) {
    const base = (kind, standard) => ({
        path: file.path,
        kind,
        standard,
        findings: []
    });
    // At the door, before any parsing: what the adapter would not read, and text that is not text.
    const text = normaliseText(file.text);
    const unreadable = file.unreadable ?? (text.includes('\0') ? binary('NUL bytes in the text') : undefined);
    if (unreadable) {
        const report = base('unknown', 'unknown');
        push(report, ctx, 'file.parse', { ...unreadable, status: 'invalid'}, FIRST_LINE$1);
        return finish({ report });
    }
    const sniffed = formats.filter((f) => f.sniff(text, file.path));
    const source = parseSource(file.path, text);
    if (source.errors.length > 0) {
        const template = templatePlaceholder(text, file.path, source.errors[0].line);
        const notOurs = sniffed.length === 0 || template !== undefined;
        if (notOurs && !file.explicit && !source.refused)
            return undefined;
        const report = base(sniffed[0]?.kind ?? 'unknown', sniffed[0]?.standard ?? 'unknown');
        const what = source.refused ? undefined : notADocument(text, undefined, template);
        if (what) {
            push(report, ctx, 'file.parse', what.report, what.at);
            return finish({ report, source });
        }
        for (const e of source.errors) {
            push(report, ctx, 'file.parse', { messageId: 'syntax', data: { detail: e.message }, status: 'invalid'}, e);
        }
        return finish({ report, source });
    }
    const format = pickFormat(source.data, file.path, sniffed);
    // `file.standard-version: off` leaves such files to the rule below: skipped when discovered.
    const unsupported = format || ctx.config.items['file.standard-version'] === 'off'
        ? undefined
        : unsupportedStandard(source.data);
    if (unsupported) {
        const report = base(unsupported.kind, unsupported.standard);
        if (unsupported.version !== undefined)
            report.standardVersion = unsupported.version;
        const { messageId, data, at } = unsupported;
        push(report, ctx, 'file.standard-version', { messageId, data, status: 'invalid'}, source.locate(at));
        return finish({ report, source });
    }
    if (!format) {
        if (!file.explicit)
            return undefined;
        const report = base('unknown', 'unknown');
        const what = source.noYaml
            ? undefined
            : notADocument(text, source.data, templatePlaceholder(text, file.path));
        const messageId = source.noYaml ? 'noFrontMatter' : 'unrecognised';
        if (what)
            push(report, ctx, 'file.parse', what.report, what.at);
        else
            push(report, ctx, 'file.parse', { messageId, status: 'invalid'}, source.locate([]));
        return finish({ report, source });
    }
    const report = base(format.kind, format.standard);
    const companions = parseCompanions(file, report, ctx, source.locate([]));
    let doc;
    try {
        doc = format.map(source.data, file.path, companions);
    }
    catch (err) {
        push(report, ctx, 'file.parse', internal(err), source.locate([]));
        return finish({ report, source });
    }
    if (doc.standardVersion)
        report.standardVersion = doc.standardVersion;
    for (const issue of doc.issues) {
        const item = itemById.get(issue.item) ?? itemById.get('file.schema');
        push(report, ctx, item.id, { messageId: 'standard', data: { detail: issue.message }, status: 'invalid', at: issue.at }, source.locate(issue.at));
    }
    for (const item of allItems) {
        if (item.appliesTo !== doc.kind || ctx.config.items[item.id] === 'off')
            continue;
        let reports;
        try {
            reports = item.appliesTo === 'contract' ? item.check(doc, ctx) : item.check(doc, ctx);
        }
        catch (err) {
            reports = [{ ...internal(err), at: [] }];
            for (const r of reports)
                push(report, ctx, 'file.parse', r, source.locate(r.at));
            continue;
        }
        for (const r of reports)
            push(report, ctx, item.id, r, source.locate(r.at));
    }
    return finish({ report, doc, source });
}
/**
 * The report of checked files: in path order, each file's findings bounded per item (src/core/bound.ts), failing when
 * an open error passes the gate (./gate.ts).
 */
function buildReport(files, gate = 'all') {
    const sorted = [...files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((f) => ({ ...f, findings: boundFindings(f.findings) }));
    const all = sorted.flatMap((f) => f.findings);
    const open = all.filter((f) => !f.waived);
    const summary = {
        files: sorted.length,
        errors: open.filter((f) => f.severity === 'error').length,
        warnings: open.filter((f) => f.severity === 'warning').length,
        notices: open.filter((f) => f.severity === 'notice').length,
        waived: all.length - open.length
    };
    if (all.some((f) => f.origin !== undefined))
        summary.preExisting = open.filter(isPreExisting).length;
    const failing = open.some((f) => f.severity === 'error' && gates(f, gate));
    return {
        version: 1,
        result: failing ? 'fail' : 'pass',
        files: sorted,
        summary,
        ...(gate === 'new' ? { gate } : {})
    };
}
/**
 * A file's normalised document, without checking it: what the links index reads. Undefined for a file that is not
 * ours or cannot be read; analyzeFile reports those.
 */
function readDoc(file) {
    const text = normaliseText(file.text);
    if (file.unreadable || text.includes('\0'))
        return undefined;
    const source = parseSource(file.path, text);
    if (source.errors.length > 0)
        return undefined;
    const sniffed = formats.filter((f) => f.sniff(text, file.path));
    const format = pickFormat(source.data, file.path, sniffed);
    if (!format)
        return undefined;
    try {
        return { doc: format.map(source.data, file.path), source };
    }
    catch {
        return undefined;
    }
}
const FIRST_LINE$1 = { line: 1, column: 1 };
/**
 * The text as the parser should see it: without a byte-order mark, and with lone carriage returns (classic Mac line
 * ends) as line feeds, one character for one so offsets and columns stay true and every line counts.
 */
function normaliseText(text) {
    const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/g, '\n') : unmarked;
}
/**
 * A file that is data records or an unrendered template, as one `file.parse` report and where it goes: what it is,
 * instead of a parse error per line. Records win: a placeholder-like string inside a record is data.
 */
function notADocument(text, data, template) {
    const records = dataRecords(text, data);
    if (records) {
        const form = records.form === 'lines' ? 'one per line (JSON Lines)' : 'in one JSON array';
        const report = {
            messageId: 'dataRecords',
            data: { count: records.count, form },
            status: 'invalid',
            at: []
        };
        return { report, at: records };
    }
    if (!template)
        return undefined;
    const report = {
        messageId: 'template',
        data: { placeholder: template.text },
        status: 'invalid',
        at: []
    };
    return { report, at: template };
}
/** The companion files parsed for the mapper; one that does not parse is a `file.parse` finding and left out. */
function parseCompanions(file, report, ctx, at) {
    const parsed = [];
    for (const companion of file.companions ?? []) {
        if (companion.unreadable) {
            const data = { path: companion.path, ...companion.unreadable.data };
            push(report, ctx, 'file.parse', { messageId: 'companionUnread', data, status: 'invalid'}, at);
            continue;
        }
        const source = parseSource(companion.path, normaliseText(companion.text));
        const problem = source.errors[0];
        if (problem) {
            const data = { path: companion.path, line: problem.line, detail: problem.message };
            push(report, ctx, 'file.parse', { messageId: 'companion', data, status: 'invalid'}, at);
        }
        else
            parsed.push({ path: companion.path, data: source.data, locate: source.locate });
    }
    return parsed;
}
function pickFormat(data, path, sniffed) {
    return sniffed.find((f) => f.detect(data, path)) ?? formats.find((f) => f.detect(data, path));
}
function internal(err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { messageId: 'internal', data: { detail }, status: 'invalid', at: [] };
}
function push(report, ctx, itemId, r, pos) {
    const item = itemById.get(itemId);
    if (!item)
        throw new Error(`unknown handoff item ${itemId}`);
    const severity = resolveSeverity(ctx.config.items[itemId] ?? item.defaultSeverity, r.severity);
    if (!severity)
        return;
    const template = item.messages[r.messageId];
    if (template === undefined)
        throw new Error(`item ${itemId} has no message ${r.messageId}`);
    const finding = {
        item: itemId,
        severity,
        status: r.status,
        message: fill(template, r.data),
        path: report.path,
        line: pos.line,
        column: pos.column
    };
    report.findings.push(finding);
}
function finish(analysis) {
    analysis.report.findings = sortFindings(analysis.report.findings);
    return analysis;
}

const changeMessages = {
    'attribute-changed': '{{path}} changed from {{old}} to {{new}}.',
    'classification-changed': 'The classification of {{subject}} changed from {{old}} to {{new}}.',
    'constraint-changed': '{{path}} changed from {{old}} to {{new}}; the new constraint may reject values the old one accepted.',
    'constraint-loosened': '{{path}} was loosened from {{old}} to {{new}}.',
    'constraint-tightened': '{{path}} was tightened from {{old}} to {{new}}: values that were valid may now be rejected.',
    'contract-removed': 'The contract was removed; every consumer of it loses its promise.',
    'description-changed': 'The description of {{subject}} changed.',
    'enum-narrowed': 'The allowed values of {{subject}} were narrowed from {{old}} to {{new}}.',
    'enum-widened': 'The allowed values of {{subject}} were widened from {{old}} to {{new}}.',
    'examples-changed': 'The examples of {{subject}} changed.',
    'field-added': 'Optional field {{path}} was added.',
    'field-added-required': 'Required field {{path}} was added: producers must now supply it.',
    'field-removed': 'Field {{path}} was removed.',
    'format-changed': 'The format of {{subject}} changed from {{old}} to {{new}}.',
    'freshness-changed': 'Freshness changed from {{old}} to {{new}}; one of them is not a duration handoff-check can compare.',
    'freshness-loosened': 'Freshness was loosened from {{old}} to {{new}}: data may now be older.',
    'freshness-tightened': 'Freshness was tightened from {{old}} to {{new}}.',
    'object-added': 'Object {{path}} was added.',
    'object-removed': 'Object {{path}} was removed.',
    'object-type-changed': 'The type of object {{subject}} changed from {{old}} to {{new}}.',
    'owner-changed': 'The owners changed from {{old}} to {{new}}.',
    'physical-type-changed': 'The physical type of {{subject}} changed from {{old}} to {{new}}.',
    'pii-changed': 'The PII flag of {{subject}} changed from {{old}} to {{new}}.',
    'primary-key-changed': 'The primary key changed: {{path}} went from {{old}} to {{new}}.',
    'ref-changed': 'The definition {{subject}} refers to changed from {{old}} to {{new}}; its constraints may differ.',
    'required-loosened': '{{subject}} is no longer required.',
    'required-tightened': '{{subject}} is now required.',
    'tags-changed': 'The tags of {{subject}} changed from {{old}} to {{new}}.',
    'type-added': '{{subject}} now has the type {{new}}.',
    'type-changed': 'The type of {{subject}} changed from {{old}} to {{new}}.',
    'type-removed': '{{subject}} no longer declares a type (was {{old}}).',
    'type-widened': 'The type of {{subject}} was widened from {{old}} to {{new}}.',
    'unique-loosened': '{{subject}} no longer has to be unique.',
    'unique-tightened': '{{subject}} must now be unique.'
};

const diffRules = [
    {
        id: 'attribute-changed',
        level: 'info',
        title: 'Attribute changed',
        description: 'Any other value of the normalised model changed (the contract name or id).'
    },
    {
        id: 'classification-changed',
        level: 'warning',
        title: 'Classification changed',
        description: "A field's data classification was added, removed or changed; consumers may handle it differently."
    },
    {
        id: 'constraint-changed',
        level: 'warning',
        title: 'Constraint changed',
        description: 'A constraint changed in a way that cannot be proven safe: a pattern replaced by another.'
    },
    {
        id: 'constraint-loosened',
        level: 'info',
        title: 'Constraint loosened',
        description: 'A constraint now accepts more values: a lower bound lowered or removed, an upper bound raised or removed, a pattern or format removed.'
    },
    {
        id: 'constraint-tightened',
        level: 'error',
        title: 'Constraint tightened',
        description: 'A constraint now rejects values it accepted: minimum, exclusiveMinimum or minLength added or raised; maximum, exclusiveMaximum, maxLength, precision or scale added or lowered; a pattern added.'
    },
    {
        id: 'contract-removed',
        level: 'error',
        title: 'Contract removed',
        description: 'The contract file was deleted: every consumer loses its promise.'
    },
    {
        id: 'description-changed',
        level: 'info',
        title: 'Description changed',
        description: 'The description of an object or field was added, removed or reworded.'
    },
    {
        id: 'enum-narrowed',
        level: 'error',
        title: 'Enum narrowed',
        description: 'An allowed value was removed from an enum, or an enum was added where any value was allowed.'
    },
    {
        id: 'enum-widened',
        level: 'info',
        title: 'Enum widened',
        description: 'Values were only added to an enum, or the enum was removed.'
    },
    {
        id: 'examples-changed',
        level: 'info',
        title: 'Examples changed',
        description: "A field's examples were added, removed or changed."
    },
    {
        id: 'field-added',
        level: 'info',
        title: 'Optional field added',
        description: 'A field that is not required was added.'
    },
    {
        id: 'field-added-required',
        level: 'warning',
        title: 'Required field added',
        description: 'A required field was added: readers gain a column, but producers that write the data must now supply it.'
    },
    {
        id: 'field-removed',
        level: 'error',
        title: 'Field removed',
        description: 'A field was removed (or renamed, which is a removal and an addition).'
    },
    {
        id: 'format-changed',
        level: 'error',
        title: 'Format changed',
        description: "A field's format was added or replaced by another."
    },
    {
        id: 'freshness-changed',
        level: 'warning',
        title: 'Freshness changed',
        description: 'The freshness promise changed and one of the two durations cannot be read, so the change cannot be proven safe.'
    },
    {
        id: 'freshness-loosened',
        level: 'warning',
        title: 'Freshness loosened',
        description: 'The promised maximum age of the data grew, or the promise was removed.'
    },
    {
        id: 'freshness-tightened',
        level: 'info',
        title: 'Freshness tightened',
        description: 'The promised maximum age of the data shrank, or a promise was added.'
    },
    {
        id: 'object-added',
        level: 'info',
        title: 'Object added',
        description: 'A model, table or other schema object was added.'
    },
    {
        id: 'object-removed',
        level: 'error',
        title: 'Object removed',
        description: 'A model, table or other schema object was removed.'
    },
    {
        id: 'object-type-changed',
        level: 'error',
        title: 'Object type changed',
        description: 'The kind of a schema object changed (a table became a view, a topic, \u2026).'
    },
    {
        id: 'owner-changed',
        level: 'warning',
        title: 'Owner changed',
        description: "The contract's owners changed: consumers need to know whom to ask now."
    },
    {
        id: 'physical-type-changed',
        level: 'warning',
        title: 'Physical type changed',
        description: "A field's physical type was added, removed or changed; whether that is safe depends on the engine."
    },
    {
        id: 'pii-changed',
        level: 'warning',
        title: 'PII flag changed',
        description: 'A field was marked or unmarked as personally identifiable information.'
    },
    {
        id: 'primary-key-changed',
        level: 'error',
        title: 'Primary key changed',
        description: 'A field joined or left the primary key, or its position in the key changed.'
    },
    {
        id: 'ref-changed',
        level: 'warning',
        title: 'Definition reference changed',
        description: "A field's `$ref` (DCS) was added, removed or pointed at another definition; the definitions' own types are compared as the field's type, their other constraints are not."
    },
    {
        id: 'required-loosened',
        level: 'info',
        title: 'Required loosened',
        description: 'A required field became optional.'
    },
    {
        id: 'required-tightened',
        level: 'error',
        title: 'Required tightened',
        description: 'A field became required (`required: true` added, or false changed to true).'
    },
    {
        id: 'tags-changed',
        level: 'info',
        title: 'Tags changed',
        description: "A field's tags were added, removed or changed."
    },
    {
        id: 'type-added',
        level: 'warning',
        title: 'Type added',
        description: 'A field without a logical type got one; values of other types are no longer allowed.'
    },
    {
        id: 'type-changed',
        level: 'error',
        title: 'Type changed',
        description: "A field's logical type changed to one that is not a widening of the old one."
    },
    {
        id: 'type-removed',
        level: 'warning',
        title: 'Type removed',
        description: "A field's logical type was removed; consumers no longer know what they read."
    },
    {
        id: 'type-widened',
        level: 'warning',
        title: 'Type widened',
        description: 'A logical type was widened (int \u2192 long, integer \u2192 number, float \u2192 double, \u2026): old values still fit, but readers must accept the wider type.'
    },
    {
        id: 'unique-loosened',
        level: 'info',
        title: 'Unique loosened',
        description: 'A field no longer has to be unique.'
    },
    {
        id: 'unique-tightened',
        level: 'error',
        title: 'Unique tightened',
        description: 'A field must now be unique (`unique: true` added, or false changed to true).'
    }
];
const ruleById = new Map(diffRules.map((r) => [r.id, r]));

// Small value helpers shared by the rules. Values come from files: every helper narrows `unknown` itself.
/** Deep equality for YAML values (scalars, arrays, plain objects). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'number' && typeof b === 'number')
        return Number.isNaN(a) && Number.isNaN(b);
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((v, i) => sameValue(v, b[i]));
    }
    if (isRecord(a) && isRecord(b)) {
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
    }
    return false;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A key for set comparisons: the same value always gives the same key. */
function valueKey(v) {
    if (typeof v === 'string')
        return `s:${v}`;
    if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined)
        return `p:${String(v)}`;
    try {
        return `j:${JSON.stringify(v)}`;
    }
    catch {
        return `o:${String(v)}`;
    }
}
/** A value as the changelog shows it: `(none)` when absent, lists in brackets, strings as written. */
function showValue(v) {
    if (v === undefined)
        return '(none)';
    if (typeof v === 'string')
        return v === '' ? "''" : v;
    if (Array.isArray(v))
        return `[${v.map(showValue).join(', ')}]`;
    if (isRecord(v)) {
        try {
            return JSON.stringify(v);
        }
        catch {
            return '{\u2026}';
        }
    }
    return String(v);
}
/** `required`, `unique` and `primaryKey` default to false: an explicit `false` added or removed is no change. */
function asFlag(v) {
    return v === true;
}

function report(ctx, rule, site) {
    const data = {
        path: site.path,
        subject: site.path.includes('.') ? site.path.slice(0, site.path.lastIndexOf('.')) : site.path,
        old: showValue(site.old),
        new: showValue(site.new)
    };
    const change = {
        rule,
        level: ruleById.get(rule).level,
        path: site.path,
        message: changeMessages[rule].replace(/\{\{(\w+)\}\}/g, (_, key) => data[key] ?? ''),
        line: ctx.locate.head(site.headAt).line,
        baseLine: ctx.locate.base(site.baseAt).line
    };
    if (site.old !== undefined)
        change.old = site.old;
    if (site.new !== undefined)
        change.new = site.new;
    ctx.changes.push(change);
}
/** One attribute of a matched field on both sides, with the source paths to report it at. */
function attribute(pair, key) {
    const b = pair.base[key];
    const h = pair.head[key];
    return {
        old: b?.value,
        new: h?.value,
        site: {
            path: `${pair.path}.${key}`,
            old: b?.value,
            new: h?.value,
            baseAt: b?.at ?? pair.base.at,
            headAt: h?.at ?? pair.head.at
        }
    };
}

function metadataRules(ctx, pair) {
    const description = attribute(pair, 'description');
    describedChange(ctx, pair.path, { value: description.old, at: description.site.baseAt }, { value: description.new, at: description.site.headAt });
    const tags = attribute(pair, 'tags');
    if (!sameSet(tags.old, tags.new))
        report(ctx, 'tags-changed', tags.site);
    const examples = attribute(pair, 'examples');
    if (!sameValue(examples.old, examples.new))
        report(ctx, 'examples-changed', examples.site);
}
/** `description-changed` for an object or field whose description differs (whitespace at the ends aside). */
function describedChange(ctx, path, base, head) {
    const trim = (v) => (typeof v === 'string' ? v.trim() : v);
    if (sameValue(trim(base.value), trim(head.value)))
        return;
    report(ctx, 'description-changed', {
        path: `${path}.description`,
        old: base.value,
        new: head.value,
        baseAt: base.at,
        headAt: head.at
    });
}
function contractMetadataRules(ctx, base, head) {
    for (const key of ['id', 'name']) {
        const b = base[key];
        const h = head[key];
        if (sameValue(b?.value, h?.value))
            continue;
        report(ctx, 'attribute-changed', {
            path: key,
            old: b?.value,
            new: h?.value,
            baseAt: b?.at ?? base.at,
            headAt: h?.at ?? head.at
        });
    }
}
function sameSet(a, b) {
    if (!Array.isArray(a) || !Array.isArray(b))
        return sameValue(a, b);
    const ka = new Set(a.map(valueKey));
    const kb = new Set(b.map(valueKey));
    return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

// Numeric and length bounds, pattern and format. A bound added or moved inwards rejects values that were valid.
/** Bounds whose raising tightens. */
const LOWER = ['minimum', 'exclusiveMinimum', 'minLength'];
/** Bounds whose lowering tightens; precision and scale limit digits, so fewer digits is tighter too. */
const UPPER = ['maximum', 'exclusiveMaximum', 'maxLength', 'precision', 'scale'];
function constraintRules(ctx, pair) {
    for (const key of LOWER)
        bound(ctx, pair, key, 'lower');
    for (const key of UPPER)
        bound(ctx, pair, key, 'upper');
    pattern(ctx, pair);
    format(ctx, pair);
}
function bound(ctx, pair, key, side) {
    const a = attribute(pair, key);
    if (sameValue(a.old, a.new))
        return;
    const o = orderable(a.old);
    const n = orderable(a.new);
    if ((a.old !== undefined && o === undefined) || (a.new !== undefined && n === undefined)) {
        report(ctx, 'constraint-changed', a.site);
    }
    else if (o === undefined)
        report(ctx, 'constraint-tightened', a.site);
    else if (n === undefined)
        report(ctx, 'constraint-loosened', a.site);
    // A number against a date, or a date-only bound against a timestamp, has no order that can be proven.
    else if (o.kind !== n.kind)
        report(ctx, 'constraint-changed', a.site);
    else if (o.at === n.at)
        return;
    else
        report(ctx, (side === 'lower' ? n.at > o.at : n.at < o.at) ? 'constraint-tightened' : 'constraint-loosened', a.site);
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/**
 * A bound as a point on a line: a finite number, or an ISO 8601 date or timestamp (ODCS bounds of `date` and
 * `timestamp` properties). A timestamp without a zone is read as UTC, so the order never depends on the machine.
 */
function orderable(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? { kind: 'number', at: v } : undefined;
    if (typeof v !== 'string')
        return undefined;
    const text = v.trim();
    if (ISO_DATE.test(text))
        return finite('date', Date.parse(`${text}T00:00:00Z`));
    const ts = ISO_TIMESTAMP.exec(text);
    if (!ts)
        return undefined;
    const iso = text.replace(' ', 'T');
    return finite('timestamp', Date.parse(ts[1] ? iso : `${iso}Z`));
}
function finite(kind, at) {
    return Number.isFinite(at) ? { kind, at } : undefined;
}
function pattern(ctx, pair) {
    const a = attribute(pair, 'pattern');
    if (sameValue(a.old, a.new))
        return;
    if (a.old === undefined)
        report(ctx, 'constraint-tightened', a.site);
    else if (a.new === undefined)
        report(ctx, 'constraint-loosened', a.site);
    // Whether one regular expression accepts everything another does is not decidable in general.
    else
        report(ctx, 'constraint-changed', a.site);
}
function format(ctx, pair) {
    const a = attribute(pair, 'format');
    const o = typeof a.old === 'string' ? a.old.trim().toLowerCase() : a.old;
    const n = typeof a.new === 'string' ? a.new.trim().toLowerCase() : a.new;
    if (sameValue(o, n))
        return;
    report(ctx, n === undefined ? 'constraint-loosened' : 'format-changed', a.site);
}

// Enums compared as sets: any value removed narrows (error), values only added widen (info). Order is no change.
function enumRules(ctx, pair) {
    const a = attribute(pair, 'enum');
    if (sameValue(a.old, a.new))
        return;
    const o = a.old;
    const n = a.new;
    if ((o !== undefined && !Array.isArray(o)) || (n !== undefined && !Array.isArray(n))) {
        report(ctx, 'constraint-changed', a.site);
        return;
    }
    // An enum added where there was none restricts every value; an enum removed allows every value.
    if (o === undefined)
        return report(ctx, 'enum-narrowed', a.site);
    if (n === undefined)
        return report(ctx, 'enum-widened', a.site);
    const newKeys = new Set(n.map(valueKey));
    const oldKeys = new Set(o.map(valueKey));
    if ([...oldKeys].some((k) => !newKeys.has(k)))
        report(ctx, 'enum-narrowed', a.site);
    else if ([...newKeys].some((k) => !oldKeys.has(k)))
        report(ctx, 'enum-widened', a.site);
}

// The primary key: a field joining or leaving it, or moving within it, changes what identifies a row.
function keyRules(ctx, pair) {
    const flag = attribute(pair, 'primaryKey');
    if (asFlag(flag.old) !== asFlag(flag.new)) {
        report(ctx, 'primary-key-changed', flag.site);
        return;
    }
    const position = attribute(pair, 'primaryKeyPosition');
    if (!sameValue(position.old, position.new))
        report(ctx, 'primary-key-changed', position.site);
}

/** Index by name, first occurrence wins (a duplicate name is the schema check's finding, not a change). */
function byName(items, name) {
    const map = new Map();
    for (const item of items) {
        const key = name(item);
        if (typeof key === 'string' && key !== '' && !map.has(key))
            map.set(key, item);
    }
    return map;
}

// `required` and `unique`: turning either on breaks writers that relied on it being off. An absent flag is false.
function presenceRules(ctx, pair) {
    const required = attribute(pair, 'required');
    if (asFlag(required.old) !== asFlag(required.new)) {
        report(ctx, asFlag(required.new) ? 'required-tightened' : 'required-loosened', required.site);
    }
    const unique = attribute(pair, 'unique');
    if (asFlag(unique.old) !== asFlag(unique.new)) {
        report(ctx, asFlag(unique.new) ? 'unique-tightened' : 'unique-loosened', unique.site);
    }
}

// PII flag and classification: not a change of the data, but of how consumers must handle it.
function privacyRules(ctx, pair) {
    const pii = attribute(pair, 'pii');
    if (asFlag(pii.old) !== asFlag(pii.new))
        report(ctx, 'pii-changed', pii.site);
    const classification = attribute(pair, 'classification');
    if (!sameValue(classification.old, classification.new)) {
        report(ctx, 'classification-changed', classification.site);
    }
}

// A DCS field's `$ref`: the field now takes its shape from another definition. The referenced type is already
// the field's type (compared by the type rules); the rest of the definition is not on the model, so a changed
// reference cannot be proven safe.
function referenceRules(ctx, pair) {
    const ref = attribute(pair, 'ref');
    if (!sameValue(ref.old, ref.new))
        report(ctx, 'ref-changed', ref.site);
}

/** How a migration names each side's standard: `DCS 1.2.1`, `ODCS v3.1.0`. */
const SHORT_NAMES = {
    odcs: 'ODCS',
    dcs: 'DCS',
    'handoff-contract': 'handoff-check',
    'handoff-model-card': 'handoff-check',
    huggingface: 'Hugging Face',
    'model-card-toolkit': 'Model Card Toolkit',
    unknown: 'unrecognised'
};
/**
 * The DCS (and native) field types in ODCS's logical vocabulary, as datacontract-cli's ODCS export writes them. A
 * type not listed (ODCS's own, `variant`, `null`) means itself.
 */
const LOGICAL_MEANING = {
    text: 'string',
    varchar: 'string',
    int: 'integer',
    long: 'integer',
    bigint: 'integer',
    decimal: 'number',
    numeric: 'number',
    float: 'number',
    double: 'number',
    timestamp_tz: 'timestamp',
    timestamp_ntz: 'timestamp',
    map: 'object',
    record: 'object',
    struct: 'object',
    json: 'object',
    bytes: 'string'
};
function migrationOf(base, head) {
    if (base.standard === head.standard)
        return undefined;
    const label = (doc) => `${SHORT_NAMES[doc.standard]}${doc.standardVersion ? ` ${doc.standardVersion}` : ''}`;
    return { from: label(base), to: label(head) };
}
/** A field type in ODCS's logical vocabulary. */
function logicalMeaning(type) {
    const t = type.trim().toLowerCase();
    return LOGICAL_MEANING[t] ?? t;
}

const INTEGER_RANK = {
    byte: 1,
    tinyint: 1,
    short: 2,
    smallint: 2,
    int: 3,
    integer: 3,
    long: 4,
    bigint: 4
};
const FLOATS = new Set(['float', 'double', 'decimal', 'number', 'numeric']);
/**
 * Whether every value of type `from` is also a value of type `to`: a larger integer type; `number`/`numeric`
 * from any integer or float; `double` from `float` and from integers up to 32 bits; `decimal` from integers.
 */
function isWidening(from, to) {
    const f = from.toLowerCase();
    const t = to.toLowerCase();
    const fi = INTEGER_RANK[f];
    const ti = INTEGER_RANK[t];
    if (fi !== undefined && ti !== undefined)
        return ti > fi;
    if (t === 'number' || t === 'numeric')
        return fi !== undefined || (FLOATS.has(f) && f !== t);
    if (t === 'double')
        return f === 'float' || (fi !== undefined && fi <= 3);
    if (t === 'decimal')
        return fi !== undefined;
    return false;
}
/** Two spellings of one type (`int`/`integer`, `long`/`bigint`): a change on the model, but not of the data. */
function isAlias(from, to) {
    const fi = INTEGER_RANK[from.toLowerCase()];
    return (from.toLowerCase() === to.toLowerCase() || (fi !== undefined && fi === INTEGER_RANK[to.toLowerCase()]));
}
function typeRules(ctx, pair) {
    logicalType(ctx, pair);
    physicalType(ctx, pair);
}
// A mapper that has no logical type falls back to the physical one (ODCS), at the physical type's own path.
// Such a type is compared as a physical type only, since its meaning depends on the engine.
function logicalOf(field) {
    const t = field.type;
    if (!t || typeof t.value !== 'string')
        return undefined;
    if (field.physicalType && samePath(t.at, field.physicalType.at))
        return undefined;
    return t;
}
function logicalType(ctx, pair) {
    const b = logicalOf(pair.base);
    const h = logicalOf(pair.head);
    const site = {
        path: `${pair.path}.type`,
        old: b?.value,
        new: h?.value,
        baseAt: b?.at ?? pair.base.at,
        headAt: h?.at ?? pair.head.at
    };
    if (b && h) {
        if (ctx.migration && logicalMeaning(b.value) === logicalMeaning(h.value))
            return;
        if (isAlias(b.value, h.value)) {
            if (b.value.toLowerCase() !== h.value.toLowerCase())
                report(ctx, 'attribute-changed', site);
        }
        else
            report(ctx, isWidening(b.value, h.value) ? 'type-widened' : 'type-changed', site);
    }
    else if (h)
        report(ctx, 'type-added', site);
    else if (b)
        report(ctx, 'type-removed', site);
}
function physicalType(ctx, pair) {
    const a = attribute(pair, 'physicalType');
    const o = typeof a.old === 'string' ? a.old.trim().toLowerCase() : a.old;
    const n = typeof a.new === 'string' ? a.new.trim().toLowerCase() : a.new;
    if (o === n)
        return;
    // A migration may spell the old standard's type out as the physical type (DCS `long`: integer, physicalType long).
    const spelledOut = ctx.migration && o === undefined && n === logicalOf(pair.base)?.value.trim().toLowerCase();
    if (!spelledOut)
        report(ctx, 'physical-type-changed', a.site);
}
function samePath(a, b) {
    return a.length === b.length && a.every((s, i) => s === b[i]);
}

const fieldRules = [
    typeRules,
    referenceRules,
    presenceRules,
    keyRules,
    constraintRules,
    enumRules,
    privacyRules,
    metadataRules
];
/** Compare two lists of sibling fields; `baseParent`/`headParent` is where a removal or addition is reported. */
function diffFieldLists(ctx, prefix, baseFields, headFields, baseParent, headParent) {
    const baseByName = byName(baseFields, (f) => f.name);
    const headByName = byName(headFields, (f) => f.name);
    for (const [name, b] of baseByName) {
        const h = headByName.get(name);
        if (h)
            diffField(ctx, { path: `${prefix}.${name}`, base: b, head: h });
        else
            removed$1(ctx, `${prefix}.${name}`, b, headParent);
    }
    for (const [name, h] of headByName) {
        if (!baseByName.has(name))
            added(ctx, `${prefix}.${name}`, h, baseParent);
    }
}
function diffField(ctx, pair) {
    for (const rule of fieldRules)
        rule(ctx, pair);
    diffFieldLists(ctx, pair.path, pair.base.fields, pair.head.fields, pair.base.at, pair.head.at);
    const b = pair.base.items;
    const h = pair.head.items;
    const path = `${pair.path}[]`;
    if (b && h)
        diffField(ctx, { path, base: b, head: h });
    else if (b)
        removed$1(ctx, path, b, pair.head.at);
    else if (h)
        added(ctx, path, h, pair.base.at);
}
function removed$1(ctx, path, field, headParent) {
    report(ctx, 'field-removed', { path, old: field.type?.value, baseAt: field.at, headAt: headParent });
}
function added(ctx, path, field, baseParent) {
    const rule = asFlag(field.required?.value) ? 'field-added-required' : 'field-added';
    report(ctx, rule, { path, new: field.type?.value, baseAt: baseParent, headAt: field.at });
}

function diffObjects(ctx, base, head) {
    const baseObjects = byName(base.schema?.value ?? [], (o) => o.name);
    const headObjects = byName(head.schema?.value ?? [], (o) => o.name);
    const baseParent = base.schema?.at ?? base.schemaAnchor;
    const headParent = head.schema?.at ?? head.schemaAnchor;
    for (const [name, b] of baseObjects) {
        const h = headObjects.get(name);
        if (!h) {
            report(ctx, 'object-removed', { path: name, old: name, baseAt: b.at, headAt: headParent });
            continue;
        }
        diffObject(ctx, name, b, h);
    }
    for (const [name, h] of headObjects) {
        if (!baseObjects.has(name))
            report(ctx, 'object-added', { path: name, new: name, baseAt: baseParent, headAt: h.at });
    }
}
function diffObject(ctx, name, b, h) {
    const oldType = b.type?.value;
    const newType = h.type?.value;
    if (typeof oldType === 'string' && typeof newType === 'string' && norm(oldType) !== norm(newType)) {
        report(ctx, 'object-type-changed', {
            path: `${name}.type`,
            old: oldType,
            new: newType,
            baseAt: b.type.at,
            headAt: h.type.at
        });
    }
    else if ((oldType === undefined) !== (newType === undefined)) {
        // Declaring or dropping the kind of an object says nothing about its data.
        report(ctx, 'attribute-changed', {
            path: `${name}.type`,
            old: oldType,
            new: newType,
            baseAt: b.type?.at ?? b.at,
            headAt: h.type?.at ?? h.at
        });
    }
    const baseDescription = { value: b.description?.value, at: b.description?.at ?? b.at };
    const headDescription = { value: h.description?.value, at: h.description?.at ?? h.at };
    describedChange(ctx, name, baseDescription, headDescription);
    diffFieldLists(ctx, name, b.fields, h.fields, b.at, h.at);
}
function norm(s) {
    return s.trim().toLowerCase();
}

function ownershipRules(ctx, base, head) {
    const key = (v) => showValue(v).trim().toLowerCase();
    const o = new Set(base.owners.map((owner) => key(owner.value)));
    const n = new Set(head.owners.map((owner) => key(owner.value)));
    if (o.size === n.size && [...o].every((k) => n.has(k)))
        return;
    report(ctx, 'owner-changed', {
        path: 'owner',
        old: ownersValue(base),
        new: ownersValue(head),
        baseAt: base.owners[0]?.at ?? base.ownerAnchor,
        headAt: head.owners[0]?.at ?? head.ownerAnchor
    });
}
function ownersValue(doc) {
    if (doc.owners.length === 0)
        return undefined;
    return doc.owners.length === 1 ? doc.owners[0].value : doc.owners.map((o) => o.value);
}

// Service levels. Freshness is the one the normalised model carries: a larger maximum age is a weaker promise.
function serviceLevelRules(ctx, base, head) {
    const b = base.freshness;
    const h = head.freshness;
    if (!b && !h)
        return;
    const site = {
        path: 'freshness',
        old: written(b),
        new: written(h),
        baseAt: b?.value.at ?? base.freshnessAnchor,
        headAt: h?.value.at ?? head.freshnessAnchor
    };
    if (!h)
        return report(ctx, 'freshness-loosened', site);
    if (!b)
        return report(ctx, 'freshness-tightened', site);
    // The parser contract.freshness uses, so the diff and the check agree on what a duration is.
    const o = parseDuration(b.value.value, b.unit?.value);
    const n = parseDuration(h.value.value, h.unit?.value);
    if (o === undefined || n === undefined) {
        if (!sameValue(site.old, site.new))
            report(ctx, 'freshness-changed', site);
    }
    else if (n > o)
        report(ctx, 'freshness-loosened', site);
    else if (n < o)
        report(ctx, 'freshness-tightened', site);
}
/** The promise as written: `24h`, or `1 d` when the standard gives value and unit apart. */
function written(f) {
    if (!f)
        return undefined;
    const unit = f.unit?.value;
    return unit === undefined ? f.value.value : `${showValue(f.value.value)} ${showValue(unit)}`;
}

/** Rules about the contract as a whole (who, how fresh, what it is called). */
const contractRules = [contractMetadataRules, ownershipRules, serviceLevelRules];
/** The changes split by scope: a schema change (inside objects and fields) is what needs a version increase. */
function diffParts(base, head, locate) {
    const contract = { locate, changes: [] };
    for (const rule of contractRules)
        rule(contract, base, head);
    const schema = {
        locate,
        changes: [],
        ...(base.standard !== head.standard ? { migration: true } : {})
    };
    diffObjects(schema, base, head);
    return { contract: contract.changes, schema: schema.changes };
}
/** The one change of a contract file that is gone: reported at the base's root, with no head line. */
function contractRemoved(base, locate) {
    const name = base.id?.value ?? base.name?.value;
    return [
        {
            rule: 'contract-removed',
            level: ruleById.get('contract-removed').level,
            path: typeof name === 'string' && name !== '' ? name : '(contract)',
            message: changeMessages['contract-removed'],
            baseLine: locate.base(base.at).line
        }
    ];
}

// How the contract's own version moved, read as semver where both versions parse.
/** A version as written (`1.2.0`, `v1.2.0`): numbers are not versions (YAML reads `1.0` as the number 1). */
function parse(version) {
    if (typeof version !== 'string')
        return null;
    return semver.parse(version.trim(), { loose: true });
}
/**
 * `none` when the two are written the same (or both are missing); `backwards` when the head is lower;
 * otherwise the highest component that rose (`prerelease` when only the pre-release tag changed);
 * `not-comparable` when either is missing or not semver.
 */
function classifyBump(baseVersion, headVersion) {
    if (baseVersion === headVersion)
        return 'none';
    const b = parse(baseVersion);
    const h = parse(headVersion);
    if (!b || !h)
        return 'not-comparable';
    const order = semver.compare(b, h);
    if (order === 0)
        return 'none';
    if (order > 0)
        return 'backwards';
    if (h.major !== b.major)
        return 'major';
    if (h.minor !== b.minor)
        return 'minor';
    if (h.patch !== b.patch)
        return 'patch';
    return 'prerelease';
}
/**
 * Whether the move announces a breaking change. The left-most non-zero component is the major one, as Cargo
 * reads semver: 0.1.0 \u2192 0.2.0 and 0.0.1 \u2192 0.0.2 may break. Between pre-releases of one version (2.0.0-rc.1 \u2192
 * 2.0.0-rc.2 \u2192 2.0.0) semver promises no compatibility, so a break is allowed there too.
 */
function allowsBreaking(baseVersion, headVersion) {
    const bump = classifyBump(baseVersion, headVersion);
    if (bump === 'major' || bump === 'prerelease')
        return true;
    const b = parse(baseVersion);
    if (!b || b.major !== 0)
        return false;
    if (bump === 'minor')
        return true;
    return bump === 'patch' && b.minor === 0;
}

const SHOWN_PATHS = 3;
function compareContracts(base, head, locate) {
    const { contract, schema } = diffParts(base, head, locate);
    const all = [...contract, ...schema];
    const bump = classifyBump(base.version?.value, head.version?.value);
    const changes = { bump, changes: all, verdict: verdictOf(all) };
    const baseVersion = versionText(base.version?.value);
    const headVersion = versionText(head.version?.value);
    if (baseVersion !== undefined)
        changes.baseVersion = baseVersion;
    if (headVersion !== undefined)
        changes.headVersion = headVersion;
    const migration = migrationOf(base, head);
    if (migration)
        changes.migration = migration;
    const at = head.version?.at ?? head.versionAnchor;
    const versions = { old: showValue(baseVersion), new: showValue(headVersion), bump };
    const reports = [];
    const breaking = all.filter((c) => c.level === 'error');
    if (bump === 'backwards') {
        reports.push(breakingReport('backwards', versions, at));
    }
    else if (breaking.length > 0 && !allowsBreaking(base.version?.value, head.version?.value)) {
        const messageId = bump === 'not-comparable' ? 'notComparable' : 'unannounced';
        reports.push(breakingReport(messageId, { ...versions, ...listed(breaking) }, at));
    }
    // An unannounced break already asks for a (major) increase; saying it twice would be noise.
    if (schema.length > 0 && bump === 'none' && reports.length === 0) {
        reports.push({
            item: contractVersionBump.id,
            report: { messageId: 'notBumped', data: { ...versions, ...listed(schema) }, status: 'invalid', at }
        });
    }
    return { changes, reports };
}
/**
 * The findings of a comparison for the head file at `path`, with the configured severities applied exactly as
 * the engine applies them (`off` drops the finding, a report's cap only lowers it).
 */
function diffFindings(compared, path, locateHead, config) {
    const findings = [];
    for (const { item: id, report } of compared.reports) {
        const item = diffItems.find((i) => i.id === id);
        const severity = resolveSeverity(config.items[id] ?? item.defaultSeverity, report.severity);
        if (!severity)
            continue;
        const pos = locateHead(report.at);
        findings.push({
            item: id,
            severity,
            status: report.status,
            message: fill(item.messages[report.messageId], report.data),
            path,
            line: pos.line,
            column: pos.column
        });
    }
    return findings;
}
function verdictOf(changes) {
    if (changes.some((c) => c.level === 'error'))
        return 'breaking';
    return changes.length > 0 ? 'compatible' : 'unchanged';
}
function breakingReport(messageId, data, at) {
    return {
        item: contractBreakingChange.id,
        report: { messageId, data, status: 'invalid', at }
    };
}
function listed(changes) {
    const paths = [...new Set(changes.map((c) => c.path))];
    const shown = paths.slice(0, SHOWN_PATHS).join(', ');
    const more = paths.length > SHOWN_PATHS ? ` and ${paths.length - SHOWN_PATHS} more` : '';
    return { count: changes.length, paths: shown + more };
}
function versionText(v) {
    if (v === undefined || v === null)
        return undefined;
    return typeof v === 'string' ? v : showValue(v);
}

const STANDARD_NAMES = {
    odcs: 'ODCS',
    dcs: 'Data Contract Specification',
    'handoff-contract': 'handoff-check',
    'handoff-model-card': 'handoff-check',
    huggingface: 'Hugging Face',
    'model-card-toolkit': 'Model Card Toolkit',
    unknown: 'unrecognised'
};
const NATIVE = new Set(['handoff-contract', 'handoff-model-card']);
function describeFile(file) {
    const standard = STANDARD_NAMES[file.standard] ?? file.standard;
    // The native formats' version is an apiVersion (`handoff-check/v1`) that already repeats the tool's name.
    if (NATIVE.has(file.standard)) {
        const kind = file.kind === 'contract' ? 'contract' : 'model card';
        return `${standard} ${kind}${file.standardVersion ? ` (${file.standardVersion})` : ''}`;
    }
    const kind = file.kind === 'contract' ? 'data contract' : file.kind === 'model-card' ? 'model card' : 'file';
    return `${standard}${file.standardVersion ? ` ${file.standardVersion}` : ''} ${kind}`;
}
/** The words every renderer shows for a contract rewritten in another standard (src/diff/migration.ts). */
function migrationText(migration) {
    return `migrated from ${migration.from} to ${migration.to}`;
}
/** Report paths as every renderer prints them: relative, `/` separators, no leading `./`. */
function portablePath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** A report for a contract the change deletes: only its removal is reported. */
function isRemoved(file) {
    return file.changes?.changes.some((c) => c.rule === 'contract-removed') === true;
}
/**
 * Why a file's handoff items (other than those of the file itself) were not checked, when they were not: a removed
 * contract has only its removal reported; a file that did not parse, or is of a version handoff-check does not read,
 * had none of its items checked.
 */
function uncheckedReason(file) {
    if (isRemoved(file))
        return 'removed';
    if (file.findings.some((f) => f.item === 'file.parse' || f.item === 'file.standard-version'))
        return 'unread';
    return undefined;
}

// How a finding is recognised across pushes, so a waiver covers the findings its writer saw and no later ones.
// Lines move with every edit and are left out. A finding is its item, its file and what it is about: for the diff
// items, the changes it names (a new breaking change in the same contract is a new finding); for every other item,
// its message (which quotes the offending value, so a different wrong value is a different finding); for
// contract.downstream, the models it names as broken.
function fingerprint(finding, file) {
    const key = [finding.item, finding.path, subject(finding, file)].join('\u0000');
    return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
function subject(finding, file) {
    // The models it names as broken (a newly broken model is a new finding), not the owners or lines it quotes.
    if (finding.item === 'contract.downstream' && file.downstream)
        return file.downstream
            .filter((d) => d.guard === 'open')
            .map((d) => `${d.card} ${d.role} ${d.impact}`)
            .sort()
            .join('\n');
    const changes = file.changes;
    if (!changes || (finding.item !== 'contract.breaking-change' && finding.item !== 'contract.version-bump'))
        return finding.message;
    if (finding.item === 'contract.breaking-change' && changes.bump === 'backwards')
        return `backwards ${changes.baseVersion ?? ''} ${changes.headVersion ?? ''}`;
    const named = changes.changes
        .filter((c) => finding.item === 'contract.version-bump' || c.level === 'error')
        .map((c) => `${c.rule} ${c.path}`);
    // A comparison that names no change (the base could not be read) is about its message.
    return named.length > 0 ? [...new Set(named)].sort().join('\n') : finding.message;
}

// Bytes \u2192 text, the same way in the CLI (files on disk) and the Action (blobs GitHub would not give as text):
// UTF-16 with a byte-order mark is decoded, anything else is UTF-8 (its byte-order mark dropped). NUL bytes are
// kept, so the engine reports them as binary content rather than guessing at what they mean.
const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
function decodeBytes(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return UTF16LE.decode(bytes.subarray(2));
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        // UTF-16BE: swap each pair of bytes and decode as little-endian (a trailing odd byte is not a character).
        const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
        return UTF16LE.decode(swapped.swap16());
    }
    return UTF8.decode(bytes);
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

// Adoption on a repository with old gaps: each finding of a file that existed at the base is marked `new` or
// `pre-existing`. A finding is identified as waivers identify it (src/core/fingerprint.ts: the item, the file and
// what it is about, never the line, which moves with every edit), under the head's path so a renamed file keeps its
// findings, and with positions quoted in a message ("the sequence starts at line 6") left out. Identical findings
// are matched one for one: a second field with the same gap is new.
/** Mark `head`'s findings against its base version's report (undefined: the base was no contract or card). */
function markOrigins(head, base) {
    const left = new Map();
    for (const f of base?.findings ?? []) {
        const key = identity({ ...f, path: head.path }, { ...base, path: head.path });
        left.set(key, (left.get(key) ?? 0) + 1);
    }
    for (const f of head.findings) {
        const key = identity(f, head);
        const count = left.get(key) ?? 0;
        if (count > 0)
            left.set(key, count - 1);
        f.origin = count > 0 ? 'pre-existing' : 'new';
    }
}
/** Every finding of the report marked `new`: the file is removed, or became something else. */
function markNew(report) {
    for (const f of report.findings)
        f.origin = 'new';
}
const POSITION = /\bline \d+(?:, column \d+)?/g;
function identity(finding, file) {
    return fingerprint({ ...finding, message: finding.message.replace(POSITION, 'line #') }, file);
}

const FIRST_LINE = { line: 1, column: 1 };
/**
 * Check the head file and compare it with its base version.
 * - head only: exactly analyzeFile(head).
 * - base and head (modified, or renamed when the paths differ): when both are contracts, `report.changes` holds
 *   the classified changes (with `basePath` on a rename) and the contract.breaking-change / contract.version-bump
 *   findings join the head's findings. A base that does not parse or is not a recognised contract is not
 *   compared; when the head is a contract and the base text looked like one, a notice says so.
 * - base only (removed): a report for the removed path when the base was a contract, else undefined.
 * With a base, every finding is marked `new` or `pre-existing` (src/core/origin.ts).
 */
function compareFile(input, ctx) {
    const { base, head } = input;
    if (!head) {
        const gone = base ? removed(base, ctx) : undefined;
        if (gone)
            markNew(gone.report);
        return gone;
    }
    const analysis = analyzeFile(head, ctx);
    if (!base)
        return analysis;
    const baseSide = analyzeFile({ path: base.path, text: base.text }, ctx);
    const compared = withBase(head, base, analysis, baseSide, ctx);
    if (compared)
        markOrigins(compared.report, baseSide?.report);
    return compared;
}
function withBase(head, base, analysis, baseSide, ctx) {
    // Fail closed: what was a contract or model card at the base is never dropped because the head hides it.
    if (baseSide?.doc && analysis?.doc?.kind !== baseSide.doc.kind)
        return lost(head, analysis, baseSide, ctx);
    if (!baseSide || !analysis?.doc || analysis.doc.kind !== 'contract' || !analysis.source)
        return analysis;
    const report = analysis.report;
    if (!baseSide.doc || !baseSide.source) {
        const detail = baseSide.report.findings.find((f) => f.item === 'file.parse')?.message ?? 'unreadable';
        const finding = diffFindings(single('baseUnreadable', { basePath: base.path, detail }, 'notice', analysis.doc), report.path, analysis.source.locate, ctx.config);
        report.findings = sortFindings([...report.findings, ...finding]);
        return analysis;
    }
    if (baseSide.doc.kind !== 'contract')
        return analysis;
    const compared = compareContracts(baseSide.doc, analysis.doc, {
        base: baseSide.source.locate,
        head: analysis.source.locate
    });
    report.changes = base.path === head.path ? compared.changes : { basePath: base.path, ...compared.changes };
    const findings = diffFindings(compared, report.path, analysis.source.locate, ctx.config);
    report.findings = sortFindings([...report.findings, ...findings]);
    return analysis;
}
/**
 * The head of a file that was a recognised contract or model card at the base and is not one of the same kind now
 * (it no longer parses, is no longer recognised, was replaced by a link or binary, or became the other kind): every
 * `file.parse` finding of the head names what the file was, and one is added when the head had none.
 */
function lost(head, analysis, baseSide, ctx) {
    const what = withArticle(describeFile(baseSide.report));
    const was = (detail) => fill(fileParse.messages.was, { what, detail });
    if (analysis && analysis.report.findings.some((f) => f.item === 'file.parse')) {
        for (const f of analysis.report.findings)
            if (f.item === 'file.parse')
                f.message = was(f.message);
        if (!analysis.doc) {
            analysis.report.kind = baseSide.report.kind;
            analysis.report.standard = baseSide.report.standard;
        }
        return analysis;
    }
    const severity = resolveSeverity(ctx.config.items[fileParse.id] ?? fileParse.defaultSeverity, undefined);
    const now = analysis?.doc
        ? `it is now ${withArticle(describeFile(analysis.report))}.`
        : fileParse.messages.unrecognised;
    const report = analysis?.doc
        ? analysis.report
        : {
            path: head.path,
            kind: baseSide.report.kind,
            standard: baseSide.report.standard,
            findings: []
        };
    if (severity) {
        const at = analysis?.source?.locate([]) ?? FIRST_LINE;
        report.findings = sortFindings([
            ...report.findings,
            {
                item: fileParse.id,
                severity,
                status: 'invalid',
                message: was(now),
                path: head.path,
                line: at.line,
                column: at.column
            }
        ]);
    }
    return analysis?.doc ? analysis : { report };
}
function withArticle(noun) {
    return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
function removed(base, ctx) {
    const baseSide = analyzeFile({ path: base.path, text: base.text }, ctx);
    if (!baseSide?.doc || baseSide.doc.kind !== 'contract' || !baseSide.source)
        return undefined;
    const doc = baseSide.doc;
    const changes = {
        bump: classifyBump(doc.version?.value, undefined),
        changes: contractRemoved(doc, { base: baseSide.source.locate }),
        verdict: 'breaking'
    };
    const version = doc.version?.value;
    if (typeof version === 'string')
        changes.baseVersion = version;
    else if (version !== undefined && version !== null)
        changes.baseVersion = showValue(version);
    const name = changes.changes[0].path;
    const report = {
        path: base.path,
        kind: 'contract',
        standard: baseSide.report.standard,
        findings: diffFindings(single('removed', { name, old: changes.baseVersion ?? '(none)' }, undefined, doc), base.path, () => FIRST_LINE, ctx.config),
        changes
    };
    if (baseSide.report.standardVersion !== undefined)
        report.standardVersion = baseSide.report.standardVersion;
    return { report };
}
function single(messageId, data, severity, doc) {
    return {
        changes: { bump: 'none', changes: [], verdict: 'unchanged' },
        reports: [
            {
                item: contractBreakingChange.id,
                report: {
                    messageId,
                    data,
                    status: 'invalid',
                    at: doc.version?.at ?? doc.versionAnchor,
                    ...(severity ? { severity } : {})
                }
            }
        ]
    };
}

export { notAFile as A, isMarkdown as B, evalResultsDir as C, isEvalResultsIn as D, commonjsGlobal as E, formatBytes as F, formatLimit as G, isRemoved as H, gatingFindings as I, isPreExisting as J, analyzeFile as K, getDefaultExportFromCjs as L, resolveSeverity as M, DOWNSTREAM_LISTED as N, fill as O, linksTo as P, rangeVerdict as Q, requireFastDeepEqual as R, requireUcs2length as S, requireEqual as T, parseDuration as U, quote as V, normaliseFormat as W, fingerprint as a, portablePath as b, compareContracts as c, diffFindings as d, contractBreakingChange as e, formats as f, contractVersionBump as g, allItems as h, contractDownstream as i, gates as j, describeFile as k, plural as l, migrationText as m, resolveContract as n, buildReport as o, parseSource as p, itemIds as q, readDoc as r, showValue as s, isEvalResults as t, uncheckedReason as u, cardOfEvalResults as v, decodeBytes as w, picomatch as x, tooLarge as y, compareFile as z };
