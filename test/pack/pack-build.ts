// Tests that run compiled code (the pack's policies/bin as the Pulumi CLI does, the root package's
// dist/ as npm ships it) refuse to run on a stale build: they would test old code.
import * as fs from "node:fs";
import * as path from "node:path";
import { ENVIRONMENT_NOTE, MODEL_POLICY } from "../../policies/src/pack/analysis";

const ROOT = path.join(__dirname, "../..");
export const PACK_DIR = path.join(ROOT, "policies");

function newestSource(dir: string): number {
    return Math.max(
        0,
        ...fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) return entry.name === "node_modules" ? 0 : newestSource(file);
            return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? fs.statSync(file).mtimeMs : 0;
        }),
    );
}

function assertBuilt(built: string, sources: readonly string[], rebuild: string): void {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(ROOT, built)} is not built: ${rebuild}`);
    const newest = Math.max(...sources.map((s) => (fs.statSync(s).isDirectory() ? newestSource(s) : fs.statSync(s).mtimeMs)));
    if (newest > fs.statSync(built).mtimeMs) throw new Error(`${path.relative(ROOT, built)} is older than its sources: ${rebuild}`);
}

export function assertPackBuilt(): void {
    assertBuilt(path.join(PACK_DIR, "bin/index.js"), [path.join(PACK_DIR, "index.ts"), path.join(PACK_DIR, "src")], "run `npm run --prefix policies build`");
}

/** dist/ of the root package, which `npm pack` ships: the compiled modules and the bundled CLI. */
export function assertRootBuilt(): void {
    for (const built of ["dist/topology/index.js", "dist/cli/topology.js"]) {
        assertBuilt(path.join(ROOT, built), [path.join(ROOT, "topology"), path.join(PACK_DIR, "src")], "run `npm run build`");
    }
}

/** The model policy's diagnostics about resources it could not read: all but its environment note. */
export function unreadResources<V extends { policy: string; message: string }>(violations: readonly V[]): V[] {
    return violations.filter((v) => v.policy === MODEL_POLICY && !ENVIRONMENT_NOTE.test(v.message));
}
