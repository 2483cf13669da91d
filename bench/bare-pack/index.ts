// A policy pack with no logic: one stack policy that reads nothing, served by the same policy SDK
// as the project's pack. Its AnalyzeStack time is the SDK's own floor (decoding the request and
// building a PolicyResource for every resource before any policy runs), on which the project's
// pack adds its analysis. Built to dist/bench/bare-pack; bench/bare-pack/package.json points there.
import * as path from "node:path";

/** The project's pack directory, from dist/bench/bare-pack: the SDK is installed there. */
const POLICIES = path.resolve(__dirname, "../../../policies");

interface PolicySdk {
    PolicyPack: new (name: string, args: { policies: { name: string; description: string; enforcementLevel: string; validateStack: () => void }[] }) => unknown;
}
const { PolicyPack } = require(require.resolve("@pulumi/policy", { paths: [POLICIES] })) as PolicySdk;

new PolicyPack("bare", { policies: [{ name: "nothing", description: "Reads no resource.", enforcementLevel: "advisory", validateStack: () => undefined }] });
