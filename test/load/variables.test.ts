// `${name}` variables from the stack file and --var, and reading the stack settings.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UsageError } from "../../topology/usage-error";
import { loadTopology } from "../../topology/load";
import { readStackSettings } from "../../topology/stack";

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-vars-"));
    fs.writeFileSync(
        path.join(dir, "Pulumi.dev.yaml"),
        "config:\n  auth0:domain: shop-dev.eu.auth0.com\n  auth0-topology:vars:\n    origin: http://localhost:3000\n    suffix: dev.example.com\n    port: 8080\n",
    );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TEXT = [
    "version: 1",
    "apis:",
    "  catalog:",
    "    identifier: https://catalog.${suffix}:${port}",
    "apps:",
    "  storefront:",
    "    type: spa",
    '    callbacks: ["${origin}/${stack}/callback", "${origin}/x"]',
    "",
].join("\n");

const load = (options: { stack?: string; vars?: Record<string, string>; text?: string } = {}) =>
    loadTopology({ file: path.join(dir, "topology.yaml"), text: TEXT, ...options });

describe("variables", () => {
    it("substitutes the stack's variables and ${stack}", () => {
        const { topology, findings, stack } = load({ stack: "dev" });
        expect(findings).toEqual([]);
        expect(topology?.apis.catalog.identifier).toBe("https://catalog.dev.example.com:8080");
        expect(topology?.apps.storefront.callbacks).toEqual(["http://localhost:3000/dev/callback", "http://localhost:3000/x"]);
        expect(stack).toEqual({ stack: "dev", domain: "shop-dev.eu.auth0.com", environment: "development", vars: expect.objectContaining({ port: "8080" }) });
    });

    it("lets --var override the stack", () => {
        const { topology } = load({ stack: "dev", vars: { origin: "https://preview.example.com" } });
        expect(topology?.apps.storefront.callbacks[0]).toBe("https://preview.example.com/dev/callback");
    });

    it("reports a missing variable at the reference, naming the variable and the stack", () => {
        const { findings, model } = load({ stack: "dev", text: 'version: 1\napps:\n  shop:\n    type: spa\n    callbacks: ["${origin}/a", "https://${host}/b"]\n' });
        expect(findings).toEqual([
            expect.objectContaining({
                rule: "undefined-variable",
                severity: "error",
                path: "apps.shop.callbacks.1",
                line: 5,
                column: 41,
                message: "variable 'host' has no value for stack 'dev'",
                hint: expect.stringContaining(`auth0-topology:vars in ${path.join(dir, "Pulumi.dev.yaml")}`),
            }),
        ]);
        // The rest of the file is still checked: the model exists.
        expect(model).toBeDefined();
    });

    it("says that no stack is selected when there is none", () => {
        const { findings } = load();
        expect(new Set(findings.map((f) => f.message))).toEqual(
            new Set(["origin", "stack", "suffix", "port"].map((name) => `variable '${name}' has no value: no stack is selected`)),
        );
        expect(findings.every((f) => f.hint?.includes("--stack NAME"))).toBe(true);
    });

    it("never takes object properties for variables", () => {
        const { findings } = load({ stack: "dev", text: "version: 1\napis:\n  a:\n    identifier: https://${constructor}\n" });
        expect(findings.map((f) => f.message)).toEqual(["variable 'constructor' has no value for stack 'dev'"]);
    });

    it("reports a malformed reference", () => {
        const { findings } = load({ stack: "dev", text: "version: 1\napis:\n  a:\n    identifier: https://${my host}\n" });
        expect(findings).toEqual([expect.objectContaining({ rule: "undefined-variable", line: 4, column: 25, message: "'${my host}' is not a valid variable reference" })]);
    });

    it("leaves keys and non-string values alone", () => {
        const { topology } = load({ stack: "dev", text: "version: 1\napis:\n  a:\n    identifier: x\n    scopes:\n      ${origin}: ${suffix}\n" });
        expect(topology?.apis.a.scopes).toEqual({ "${origin}": "dev.example.com" });
    });

    it("makes a missing stack file a usage error naming the file", () => {
        expect(() => load({ stack: "qa" })).toThrow(new UsageError(`the stack settings file ${path.join(dir, "Pulumi.qa.yaml")} does not exist; create it (pulumi stack init) or pick another --stack`));
    });
});

describe("readStackSettings", () => {
    const fixtures = path.join(__dirname, "../fixtures/broken");

    it("reads domain, environment and variables", () => {
        expect(readStackSettings(fixtures, "ci")).toEqual({ stack: "ci", domain: "broken-ci.us.auth0.com", environment: "production", vars: { origin: "https://ci.example.com" } });
    });

    it("defaults the environment to development", () => {
        expect(readStackSettings(dir, "dev").environment).toBe("development");
    });

    it("rejects an unknown environment", () => {
        expect(() => readStackSettings(fixtures, "bad-env")).toThrow(/auth0-topology:environment in .*Pulumi\.bad-env\.yaml is 'staging'; use one of production, development/);
    });

    it("rejects variables that are not plain values", () => {
        fs.writeFileSync(path.join(dir, "Pulumi.secret.yaml"), "config:\n  auth0-topology:vars:\n    token:\n      secure: AAABAxyz\n");
        expect(() => readStackSettings(dir, "secret")).toThrow(/auth0-topology:vars\.token in .* must be plain text/);
    });
});
