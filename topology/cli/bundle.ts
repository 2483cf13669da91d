// How the `topology` executable runs the CLI: one bundled file (dist/cli/topology.js, made by
// `npm run build`) compiled with the V8 code cache made beside it at build time. Requiring the
// CLI's 300-odd modules one by one (resolve, read, wrap, compile each) was most of a command's
// start. V8 rejects a cache made by another V8 version or with other flags; the file then
// compiles as it would without one.
import * as fs from "node:fs";
import { createRequire, Module } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";

export const BUNDLE_FILE = path.join(__dirname, "../../cli/topology.js");

export const codeCacheFile = (bundle: string) => `${bundle}.cache`;

export interface LoadedBundle {
    cli: typeof import("./main");
    script: vm.Script;
}

export function loadBundle(file: string = BUNDLE_FILE): LoadedBundle {
    const cacheFile = codeCacheFile(file);
    const cachedData = fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
    const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
    const module = { exports: {} as LoadedBundle["cli"] };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
    return { cli: module.exports, script };
}
