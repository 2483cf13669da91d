// The gRPC tests run the compiled pack (policies/bin), as the Pulumi CLI does; a stale build would
// test old code, so they refuse to run on one.
import * as fs from "node:fs";
import * as path from "node:path";
import { ENVIRONMENT_NOTE, MODEL_POLICY } from "../../policies/src/pack/analysis";

export const PACK_DIR = path.join(__dirname, "../../policies");

function newestSource(dir: string): number {
    return Math.max(
        0,
        ...fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) return newestSource(file);
            return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? fs.statSync(file).mtimeMs : 0;
        }),
    );
}

export function assertPackBuilt(): void {
    const built = path.join(PACK_DIR, "bin/index.js");
    const rebuild = "run `npm run --prefix policies build`";
    if (!fs.existsSync(built)) throw new Error(`policies/bin is not built: ${rebuild}`);
    const sources = Math.max(fs.statSync(path.join(PACK_DIR, "index.ts")).mtimeMs, newestSource(path.join(PACK_DIR, "src")));
    if (sources > fs.statSync(built).mtimeMs) throw new Error(`policies/bin is older than policies/src: ${rebuild}`);
}

/** The model policy's diagnostics about resources it could not read: all but its environment note. */
export function unreadResources<V extends { policy: string; message: string }>(violations: readonly V[]): V[] {
    return violations.filter((v) => v.policy === MODEL_POLICY && !ENVIRONMENT_NOTE.test(v.message));
}
