// The last step of `npm run build`: bundles the CLI (topology/cli/main.ts and what it imports)
// into dist/cli/topology.js with esbuild, then writes V8's code cache for that file after running
// the everyday commands once in this process on the repository's own files, so that the cache
// holds the functions they compile and not only the file's top level. See topology/cli/bundle.ts.
import { buildSync } from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import { BUNDLE_FILE, codeCacheFile, loadBundle } from "../topology/cli/bundle";

const ROOT = path.join(__dirname, "../..");

/**
 * Loaded only by the commands that need them (plan, import, audit, drift), or found at run time
 * in the user's project (ts-node for `plan --program`): bundling them would only make the file
 * larger, and the Pulumi SDK must be the one instance the user's program also loads.
 */
const EXTERNAL = ["@pulumi/*", "@grpc/*", "auth0", "google-protobuf", "ts-node", "typescript"];

const topology = path.join(ROOT, "topology.yaml");
const WARM_UP: string[][] = [
    ["check", topology],
    ["check", topology, "--format", "sarif"],
    ["graph", topology],
    ["config", topology],
    ["diff", topology, "--base-file", path.join(ROOT, "examples/third-party-bank.yaml")],
    ["rules"],
    ["--help"],
];

async function main(): Promise<void> {
    buildSync({
        entryPoints: [path.join(ROOT, "topology/cli/main.ts")],
        outfile: BUNDLE_FILE,
        bundle: true,
        platform: "node",
        target: "node20",
        format: "cjs",
        external: EXTERNAL,
        logLevel: "warning",
    });
    const { cli, script } = loadBundle(BUNDLE_FILE);
    const write = { out: process.stdout.write, err: process.stderr.write };
    process.stdout.write = process.stderr.write = () => true;
    try {
        for (const argv of WARM_UP) await cli.main(argv);
    } finally {
        process.stdout.write = write.out;
        process.stderr.write = write.err;
    }
    fs.writeFileSync(codeCacheFile(BUNDLE_FILE), script.createCachedData());
}

main().catch((err: unknown) => {
    process.stderr.write(`bundle-cli: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
});
