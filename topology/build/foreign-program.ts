// Loads a Pulumi Node.js program this project did not write, as Pulumi's Node.js language host
// runs it: the entry from Pulumi.yaml's `main` (else package.json's, else index.ts/index.js),
// TypeScript through the program's own ts-node (else this package's), and a module whose export
// is a function called for the stack's outputs. The program's `@pulumi/pulumi` is this process's
// (the one whose runtime the mocks drive); its `@pulumi/auth0` is its own, so each SDK generation
// registers the shapes it has.
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";
import { readPlainYaml } from "../load/plain-yaml";
import { UsageError } from "../usage-error";

export interface ForeignProgram {
    dir: string;
    /** The Pulumi project name (Pulumi.yaml `name`): the default config namespace and part of every URN. */
    project: string;
    /** The entry module's path. */
    main: string;
    /** Config declared in Pulumi.yaml with a default, as `<project>:<key>` -> text. */
    defaults: Record<string, string>;
}

function readYaml(file: string): Record<string, unknown> {
    const value = readPlainYaml(file);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError(`${file} must be a mapping`);
    return value as Record<string, unknown>;
}

function entryOf(dir: string, main: unknown): string {
    const candidates: string[] = [];
    if (typeof main === "string") candidates.push(path.resolve(dir, main));
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
        const declared = (JSON.parse(fs.readFileSync(pkg, "utf8")) as { main?: unknown; type?: unknown });
        if (declared.type === "module") throw new UsageError(`${pkg}: ES module programs ("type": "module") cannot run under mocks here; use CommonJS, as Pulumi's TypeScript template does`);
        if (typeof main !== "string" && typeof declared.main === "string") candidates.push(path.resolve(dir, declared.main));
    }
    candidates.push(dir);
    for (const candidate of candidates) {
        const stat = fs.existsSync(candidate) ? fs.statSync(candidate) : undefined;
        const files = stat?.isDirectory() ? ["index.ts", "index.js"].map((f) => path.join(candidate, f)) : stat ? [candidate] : [];
        const found = files.find((f) => fs.existsSync(f));
        if (found !== undefined) return found;
    }
    throw new UsageError(`${dir}: no program entry (Pulumi.yaml main, package.json main, index.ts or index.js)`);
}

export function readProgram(dir: string): ForeignProgram {
    const projectFile = path.join(dir, "Pulumi.yaml");
    if (!fs.existsSync(projectFile)) throw new UsageError(`${dir} has no Pulumi.yaml: --program takes the directory of a Pulumi project`);
    const project = readYaml(projectFile);
    if (typeof project.name !== "string" || project.name === "") throw new UsageError(`${projectFile}: 'name' must be the project's name`);
    const runtime = typeof project.runtime === "object" && project.runtime !== null ? (project.runtime as { name?: unknown }).name : project.runtime;
    if (runtime !== "nodejs") throw new UsageError(`${projectFile}: runtime is ${JSON.stringify(runtime)}; --program runs Node.js programs (TypeScript or JavaScript)`);
    const defaults: Record<string, string> = {};
    const declared = project.config;
    if (typeof declared === "object" && declared !== null) {
        for (const [key, spec] of Object.entries(declared)) {
            const value = typeof spec === "object" && spec !== null ? (spec as { default?: unknown }).default : spec;
            if (value !== undefined) defaults[key.includes(":") ? key : `${project.name}:${key}`] = typeof value === "string" ? value : JSON.stringify(value);
        }
    }
    return { dir, project: project.name, main: entryOf(dir, project.main), defaults };
}

/** The version of `@pulumi/auth0` resolved from the first of `dirs` that has one. */
export function auth0VersionFrom(...dirs: string[]): string {
    const pkg = require.resolve("@pulumi/auth0/package.json", { paths: dirs });
    return (JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string }).version;
}

/** The version of `@pulumi/auth0` the program resolves (its own, else this package's). */
export function auth0VersionOf(program: ForeignProgram): string {
    return auth0VersionFrom(program.dir, __dirname);
}

type Resolve = (request: string, parent: unknown, isMain: boolean, options: unknown) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };

/** While `run` runs, `@pulumi/pulumi` resolves to this process's copy from anywhere. */
async function withOurPulumi<T>(run: () => Promise<T>): Promise<T> {
    const resolve = moduleInternals._resolveFilename;
    // A directory, not this module: the CLI's bundle runs without a module object of its own.
    const ours = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    moduleInternals._resolveFilename = function (request, parent, isMain, options) {
        const redirected = request === "@pulumi/pulumi" || request.startsWith("@pulumi/pulumi/") ? ours + request.slice("@pulumi/pulumi".length) : request;
        return resolve.call(this, redirected, parent, isMain, options);
    };
    try {
        return await run();
    } finally {
        moduleInternals._resolveFilename = resolve;
    }
}

let tsNodeFor: string | undefined;

/** Registers ts-node (transpile only, as Pulumi's host does) for the program's TypeScript. */
function registerTypeScript(program: ForeignProgram): void {
    if (tsNodeFor === program.dir) return;
    let tsNode: string;
    try {
        tsNode = require.resolve("ts-node", { paths: [program.dir, __dirname] });
    } catch {
        throw new UsageError(`${program.main} is TypeScript and no ts-node is installed: run \`npm install --save-dev ts-node typescript\` in ${program.dir} (pulumi needs them too)`);
    }
    (require(tsNode) as { register(options: object): void }).register({ transpileOnly: true, dir: program.dir, compilerOptions: { module: "commonjs" } });
    tsNodeFor = program.dir;
}

/** The program as the body of a stack: what `runUnderMocks` runs. */
export function programBody(program: ForeignProgram): () => Promise<object | void> {
    return () =>
        withOurPulumi(async () => {
            if (program.main.endsWith(".ts")) registerTypeScript(program);
            // A second run (tests, watch) must run the program again, not reuse its modules.
            for (const cached of Object.keys(require.cache)) if (cached.startsWith(program.dir + path.sep) && !cached.includes(`${path.sep}node_modules${path.sep}`)) delete require.cache[cached];
            const exported = require(program.main) as unknown;
            const main = typeof exported === "function" ? exported : (exported as { default?: unknown } | null)?.default;
            if (typeof main === "function") return ((await (main as () => unknown)()) ?? undefined) as object | undefined;
            return exported as object;
        });
}
