"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadTopology = loadTopology;
// Loading a topology file: text -> YAML with positions -> `${name}` substitution -> schema ->
// TenantModel. Every problem with the file is a finding with file, line and column; only a
// mistake in how it was called (missing file, missing stack file) throws, as a UsageError.
const path = __importStar(require("node:path"));
const yaml_1 = require("yaml");
const loader_1 = require("../../policies/src/rules/references/loader");
const run_1 = require("../../policies/src/run");
const resolve_1 = require("../resolve");
const schema_1 = require("../schema");
const stack_1 = require("../stack");
const finding_1 = require("./finding");
const limits_1 = require("./limits");
const parse_1 = require("./parse");
const schema_issues_1 = require("./schema-issues");
const source_1 = require("./source");
const variables_1 = require("./variables");
function variablesOf(options, stack, projectDir) {
    if (stack === undefined)
        return { values: { ...options.vars } };
    return { values: { stack: stack.stack, ...stack.vars, ...options.vars }, stack: stack.stack, stackFile: (0, stack_1.stackFileName)(projectDir, stack.stack) };
}
/** Plain values of the document; aliases expand at most LIMITS.aliases times (billion laughs). */
function valuesOf(locator) {
    try {
        return { data: locator.doc.toJS({ maxAliasCount: limits_1.LIMITS.aliases }) };
    }
    catch (err) {
        let offset = 0;
        (0, yaml_1.visit)(locator.doc, (_key, node) => {
            if (!(0, yaml_1.isAlias)(node))
                return undefined;
            offset = node.range?.[0] ?? 0;
            return yaml_1.visit.BREAK;
        });
        const message = `aliases expand too much (${err.message})`;
        return { finding: (0, finding_1.loaderFinding)(loader_1.yamlSyntax.meta.id, { path: "", file: locator.file, ...locator.at(offset) }, message, "write the values out instead of nesting aliases") };
    }
}
function loadTopology(options) {
    const projectDir = options.projectDir ?? path.dirname(options.file);
    const stack = options.stack === undefined ? undefined : (0, stack_1.readStackSettings)(projectDir, options.stack);
    const done = (findings, rest = {}) => {
        const result = { ...rest, findings: findings.sort(run_1.compareFindings) };
        if (stack !== undefined)
            result.stack = stack;
        return result;
    };
    const source = options.text === undefined ? (0, source_1.readSource)(options.file) : (0, source_1.givenSource)(options.text, options.file);
    if ("finding" in source)
        return done([source.finding]);
    const { locator, findings } = (0, parse_1.parseYaml)(source.text, options.file);
    if (locator === undefined)
        return done(findings);
    const syntaxErrors = findings.some((f) => f.severity === "error");
    findings.push(...(0, variables_1.substituteVariables)(locator, source.text, variablesOf(options, stack, projectDir)));
    const values = valuesOf(locator);
    if ("finding" in values)
        return done([...findings, values.finding]);
    const parsed = schema_1.TopologySchema.safeParse(values.data, { reportInput: true });
    if (!parsed.success)
        return done([...findings, ...(0, schema_issues_1.schemaFindings)(parsed.error.issues, locator)]);
    if (syntaxErrors)
        return done(findings);
    const model = (0, resolve_1.resolveTopology)(parsed.data, {
        environment: options.environment ?? stack?.environment ?? "development",
        domain: stack?.domain,
        source: (p) => locator.source(p),
    });
    return done(findings, { topology: parsed.data, model });
}
//# sourceMappingURL=index.js.map