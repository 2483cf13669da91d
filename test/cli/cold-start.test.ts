// The everyday commands start without the Pulumi SDK, the provider or gRPC: loading them costs
// about a second. Each package's module records that it was required, then is the real one.
import * as path from "node:path";

const mockLoaded: string[] = [];
jest.mock("@pulumi/pulumi", () => (mockLoaded.push("@pulumi/pulumi"), jest.requireActual("@pulumi/pulumi")));
jest.mock("@pulumi/auth0", () => (mockLoaded.push("@pulumi/auth0"), jest.requireActual("@pulumi/auth0")));
jest.mock("@grpc/grpc-js", () => (mockLoaded.push("@grpc/grpc-js"), jest.requireActual("@grpc/grpc-js")));

const ROOT = path.join(__dirname, "../..");
const TOPOLOGY = path.join(ROOT, "topology.yaml");

// A fresh module registry per case: each command is judged on what it alone loads.
beforeEach(() => {
    jest.resetModules();
    mockLoaded.splice(0);
});

it.each([
    ["check", ["check", TOPOLOGY]],
    ["check --format sarif", ["check", TOPOLOGY, "--format", "sarif"]],
    ["graph", ["graph", TOPOLOGY]],
    ["config", ["config", TOPOLOGY]],
    ["diff", ["diff", TOPOLOGY, "--base-file", path.join(ROOT, "examples/third-party-bank.yaml")]],
    ["rules", ["rules"]],
    ["--help", ["--help"]],
])("%s loads none of the Pulumi SDK, the provider and gRPC", async (_name, argv) => {
    // Imported here, not at the top: imports run before `mockLoaded` exists.
    const { runCli } = await import("../support/cli");
    const { code } = await runCli(...argv);
    expect(code).toBe(0);
    expect(mockLoaded).toEqual([]);
});

it("plan's modules do load them (what the commands above must not reach)", async () => {
    await import("../../topology/plan/run");
    expect(mockLoaded).toEqual(expect.arrayContaining(["@pulumi/pulumi", "@pulumi/auth0", "@grpc/grpc-js"]));
});
