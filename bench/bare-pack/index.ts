// A policy pack with no logic: one stack policy that reads nothing, served by the same policy SDK
// as the project's pack. Its AnalyzeStack time is the SDK's own floor (decoding the request and
// building a PolicyResource for every resource before any policy runs), on which the project's
// pack adds its analysis. Built to dist/bench/bare-pack; bench/bare-pack/package.json points there.
// bench/parse-pack runs the same file with the pack's request parser and decoder installed
// (analyzer-hooks.ts): the floor of the pack's own parsing, over which its rules are all it adds.
import * as path from "node:path";

/** The project's pack directory, from dist/bench/bare-pack: the SDK is installed there. */
const POLICIES = path.resolve(__dirname, "../../../policies");

interface PolicySdk {
    PolicyPack: new (name: string, args: { policies: { name: string; description: string; enforcementLevel: string; validateStack: () => void }[] }) => unknown;
}
type Hooks = typeof import("../../policies/src/pack/analyzer-hooks");

// The pack runs with its own directory as working directory: its package.json says which floor it is.
const { name, version, parsesAsThePack } = require(path.join(process.cwd(), "package.json")) as { name: string; version: string; parsesAsThePack?: boolean };
if (parsesAsThePack === true) (require(path.join(POLICIES, "bin/src/pack/analyzer-hooks")) as Hooks).installAnalyzerHooks({ name, version, policy: "nothing" });
const { PolicyPack } = require(require.resolve("@pulumi/policy", { paths: [POLICIES] })) as PolicySdk;

new PolicyPack("bare", { policies: [{ name: "nothing", description: "Reads no resource.", enforcementLevel: "advisory", validateStack: () => undefined }] });
