// `topology plan --program DIR`: the offline preview for any Pulumi Node.js program that creates
// Auth0 resources. The program runs under preview mocks with its stack's config, and its
// registrations reach the real policy pack over gRPC as the engine sends them: the default
// provider attached, references downgraded, the planned-output shape (engine-view.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { readPlainYaml } from "../load/plain-yaml";
import { SecretMask } from "../../policies/src/mask";
import { analyzeStack } from "../analyzer";
import { engineView } from "../analyzer/engine-view";
import { projectPackDir } from "../analyzer/pack-dir";
import { stackResources } from "../analyzer/registered";
import { auth0VersionOf, programBody, readProgram } from "../build/foreign-program";
import { MockRunFailure, runUnderMocks, type MockStubs } from "../build/under-mocks";
import { UsageError } from "../usage-error";
import { stackFileName } from "../stack";
import { checkContract } from "./contract";
import type { PlanResult } from "./run";

/** Stack config keys under which a program's stack file stubs what mocks cannot answer. */
export const STUB_KEYS = { call: "auth0-topology:calls", stackReference: "auth0-topology:stackReferences" } as const;

export interface ProgramPlanOptions {
    dir: string;
    /** undefined: no stack file (empty config). */
    stack?: string;
    progress?: (line: string) => void;
    packDir?: string;
}

interface StackConfig {
    /** "ns:key" -> text, as `pulumi config` gives a program (objects as JSON). */
    config: Record<string, string>;
    /** Keys whose values are secrets in the stack file (their values are not known here). */
    secretKeys: string[];
}

/** A stack file's config: keys namespaced with the project, objects as JSON text, secrets as placeholders. */
function readStackConfig(dir: string, project: string, stack: string): StackConfig {
    const file = stackFileName(dir, stack);
    if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist: pick the program's stack with --stack`);
    const parsed = readPlainYaml(file);
    const raw = (parsed as { config?: unknown } | null)?.config ?? {};
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new UsageError(`${file}: 'config' must be a mapping`);
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [key, value] of Object.entries(raw)) {
        const name = key.includes(":") ? key : `${project}:${key}`;
        if (typeof value === "object" && value !== null && "secure" in value) {
            // Encrypted with the stack's key, which this tool never has: the program gets a stand-in.
            secretKeys.push(name);
            config[name] = "[secret]";
        } else config[name] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return { config, secretKeys };
}

function stubsOf(config: Record<string, string>, file: string): MockStubs {
    const read = (key: string): Record<string, Record<string, unknown>> | undefined => {
        const text = config[key];
        if (text === undefined) return undefined;
        const value = JSON.parse(text) as unknown;
        if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError(`${key} in ${file} must map names to objects`);
        return value as Record<string, Record<string, unknown>>;
    };
    const stubs: MockStubs = {};
    const calls = read(STUB_KEYS.call);
    const stackReferences = read(STUB_KEYS.stackReference);
    if (calls !== undefined) stubs.calls = calls;
    if (stackReferences !== undefined) stubs.stackReferences = stackReferences;
    return stubs;
}

function stubHint(file: string) {
    return (what: "call" | "stackReference", name: string) =>
        what === "call"
            ? `stub its result in ${file}: config: { ${STUB_KEYS.call}: { "${name}": { <output>: <value> } } }`
            : `stub its outputs in ${file}: config: { ${STUB_KEYS.stackReference}: { "${name}": { <output>: <value> } } }`;
}

/** Credentials the stack file holds in clear (not `pulumi config set --secret`): the output must not print them. */
function plaintextCredentials(config: Record<string, string>, secretKeys: readonly string[]): string[] {
    return Object.entries(config).flatMap(([key, value]) => (/secret|token|password|credential/i.test(key) && !secretKeys.includes(key) && value !== "" ? [value] : []));
}

/** The stack's config for one package, without the namespace and without secrets: its default provider's. */
function packageConfig(config: Record<string, string>, secretKeys: readonly string[], pkg: string): Record<string, string> {
    const prefix = `${pkg}:`;
    return Object.fromEntries(Object.entries(config).flatMap(([key, value]) => (key.startsWith(prefix) && !secretKeys.includes(key) ? [[key.slice(prefix.length), value]] : [])));
}

export async function runProgramPlan(options: ProgramPlanOptions): Promise<PlanResult> {
    const say = options.progress ?? (() => undefined);
    const dir = path.resolve(options.dir);
    const program = readProgram(dir);
    const stack = options.stack ?? "dev";
    const file = stackFileName(dir, stack);
    const { config, secretKeys } = options.stack === undefined ? { config: {}, secretKeys: [] } : readStackConfig(dir, program.project, options.stack);
    const fullConfig = { ...program.defaults, ...config };

    say(`running ${path.relative(process.cwd(), program.main) || program.main} under preview mocks (stack ${stack})`);
    let registered;
    try {
        registered = await runUnderMocks(programBody(program), {
            stack,
            project: program.project,
            config: fullConfig,
            stubs: stubsOf(fullConfig, file),
            stubHint: stubHint(file),
        });
    } catch (err) {
        if (err instanceof MockRunFailure || err instanceof Error) {
            const line = err.message.split("\n").find((l) => l.trim() !== "")?.trim() ?? String(err);
            throw new UsageError(`the program failed under mocks: ${line}`);
        }
        throw err;
    }

    const resources = engineView(stackResources(registered), {
        stack,
        project: program.project,
        pkg: "auth0",
        version: auth0VersionOf(program),
        config: packageConfig(fullConfig, secretKeys, "auth0"),
    });
    say(`analyzing ${resources.length} resources with the policy pack`);
    const policy = await analyzeStack(resources, {
        packDir: options.packDir ?? projectPackDir(),
        stack: { stack, project: program.project, config: fullConfig, secretKeys },
    });
    return { resources: registered, findings: [], checked: false, contract: checkContract(registered, auth0VersionOf(program)), policy, mask: new SecretMask(plaintextCredentials(fullConfig, secretKeys)) };
}
