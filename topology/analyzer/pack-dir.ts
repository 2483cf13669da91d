// Where the policy pack lives, from wherever this module runs: in this repository (sources or
// dist/) the policies/ folder beside the package; installed from npm, the pack's own package.
import * as fs from "node:fs";
import * as path from "node:path";

/** The policy pack's npm package (policies/package.json). */
export const PACK_PACKAGE = "@auth0-topology/policies";

/** The nearest directory above `from` with a package.json: this package's root. */
export function packageRoot(from: string = __dirname): string {
    for (let dir = from; ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, "package.json"))) return dir;
        if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
    }
}

export function projectPackDir(from: string = __dirname): string {
    const beside = path.join(packageRoot(from), "policies");
    if (fs.existsSync(path.join(beside, "PulumiPolicy.yaml"))) return beside;
    try {
        // Resolved from this package and from the working directory: either may hold the pack.
        return path.dirname(require.resolve(`${PACK_PACKAGE}/PulumiPolicy.yaml`, { paths: [from, process.cwd()] }));
    } catch {
        throw new Error(`the policy pack is not installed: npm install --save-dev ${PACK_PACKAGE} (topology plan runs it)`);
    }
}
