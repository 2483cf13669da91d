// The policy pack as the Pulumi CLI runs it: a separate process serving the Analyzer gRPC service,
// sent hand-written stacks (URNs, resource options, a provider, property dependencies, client ids
// unknown at preview). Needs policies/bin: `npm run --prefix policies build`.
import { MODEL_POLICY as MODEL_POLICY_NAME, WAIVED_POLICY as WAIVED_POLICY_NAME } from "../../policies/src/pack/analysis";
import { TENANT_COMPONENT_TYPE } from "../../policies/src/tenant-component";
import { UNKNOWN } from "../../policies/src/pack/resource";
import { openPack, type PackSession, type PolicyViolation } from "../../topology/analyzer";
import { assertPackBuilt, PACK_DIR } from "./pack-build";
import { client, coherentStack, DOMAIN, grant, resource, SPA, urn } from "./stacks";

let pack: PackSession;

beforeAll(async () => {
    assertPackBuilt();
    pack = await openPack({ packDir: PACK_DIR });
});
afterAll(() => pack?.close());

const mandatory = (violations: PolicyViolation[]) => violations.filter((v) => v.level === "mandatory");
const of = (violations: PolicyViolation[], policy: string) => violations.filter((v) => v.policy === policy);

it("serves one policy per rule plus the model and waiver policies", () => {
    const names = pack.info.policies.map((p) => p.name);
    expect(pack.info.name).toBe("auth0-topology");
    expect(names).toEqual(expect.arrayContaining([MODEL_POLICY_NAME, WAIVED_POLICY_NAME, "spa-management-scopes", "callback-insecure"]));
    expect(pack.info.policies.find((p) => p.name === "callback-insecure")?.enforcementLevel).toBe("mandatory");
});

it("finds no mandatory violation in a coherent stack", async () => {
    expect(mandatory(await pack.analyze(coherentStack()))).toEqual([]);
});

it("reports a grant to an API the stack does not have as mandatory unknown-api when the stack owns the whole tenant", async () => {
    const dangling = grant("fulfilment-billing", "fulfilment", "https://billing.example.com", ["charge"], "client");
    const violations = await pack.analyze([...coherentStack(), dangling], { [MODEL_POLICY_NAME]: { ownsTenant: true } });
    expect(of(violations, "unknown-api")).toEqual([expect.objectContaining({ level: "mandatory", urn: dangling.urn })]);
});

it("names an audience the stack does not create in an advisory unknown-api when the stack manages part of the tenant", async () => {
    const dangling = grant("fulfilment-billing", "fulfilment", "https://billing.example.com", ["charge"], "client");
    const violations = await pack.analyze([...coherentStack(), dangling]);
    expect(of(violations, "unknown-api")).toEqual([
        expect.objectContaining({ level: "advisory", urn: dangling.urn, message: expect.stringContaining("audience 'https://billing.example.com' is not created by this stack") }),
    ]);
    expect(violations.filter((v) => v.level === "mandatory")).toEqual([]);
});

it("reports a SPA's user grant for Management API user-admin scopes as spa-management-scopes", async () => {
    const admin = grant("storefront-management", "storefront", `https://${DOMAIN}/api/v2/`, ["read:users", "update:users"], "user");
    const violations = await pack.analyze([...coherentStack(), admin]);
    expect(of(violations, "spa-management-scopes")).toEqual(
        expect.arrayContaining([expect.objectContaining({ level: "mandatory", urn: admin.urn })]),
    );
    expect(of(violations, "spa-management-scopes").map((v) => v.message).join("\n")).toMatch(/read:users|update:users/);
});

it("reports an implicit-grant SPA with an http callback as implicit-grant and callback-insecure", async () => {
    const legacy = client(
        "legacy",
        { ...SPA, grantTypes: ["implicit", "authorization_code"], callbacks: ["http://legacy.example.com/callback"], webOrigins: ["http://legacy.example.com"] },
        "none",
    );
    const violations = await pack.analyze([...coherentStack(), ...legacy]);
    const clientUrn = legacy[0]!.urn;
    expect(of(violations, "implicit-grant")).toEqual([expect.objectContaining({ level: "mandatory", urn: clientUrn })]);
    expect(of(violations, "callback-insecure")).toEqual(
        expect.arrayContaining([expect.objectContaining({ level: "mandatory", urn: clientUrn, message: expect.stringContaining("http://legacy.example.com/callback") })]),
    );
});

it("takes per-rule enforcement and the tenant settings from the pack config", async () => {
    const legacy = client("legacy", { ...SPA, callbacks: ["http://legacy.example.com/callback"] }, "none");
    const other = grant("storefront-management", "storefront", "https://acme.example.org/api/v2/", ["read:users"], "user");
    const violations = await pack.analyze([...coherentStack(), ...legacy, other], {
        "callback-insecure": { enforcementLevel: "disabled" },
        [MODEL_POLICY_NAME]: { domain: "acme.example.org" },
    });
    expect(of(violations, "callback-insecure")).toEqual([]);
    // With the custom domain configured, its /api/v2/ audience is the Management API, not an unknown API.
    expect(of(violations, "unknown-api")).toEqual([]);
    expect(of(violations, "spa-management-scopes")).toEqual([expect.objectContaining({ urn: other.urn })]);
});

it("applies a rule's configured level to all its findings, escalated ones included", async () => {
    const wildcard = client("wild", { ...SPA, callbacks: ["https://*.shop.example.com/callback"], webOrigins: ["https://*.shop.example.com"] }, "none");
    const production = { [MODEL_POLICY_NAME]: { environment: "production" } };
    // callback-wildcard: a warning, escalated to an error in production...
    expect(of(await pack.analyze([...coherentStack(), ...wildcard], production), "callback-wildcard")).toEqual(
        expect.arrayContaining([expect.objectContaining({ level: "mandatory", urn: wildcard[0]!.urn })]),
    );
    // ...unless the pack config says otherwise: any level other than the rule's default applies to all its findings.
    const off = await pack.analyze([...coherentStack(), ...wildcard], { ...production, "callback-wildcard": { enforcementLevel: "disabled" } });
    expect(of(off, "callback-wildcard")).toEqual([]);
    const legacy = client("legacy", { ...SPA, callbacks: ["http://legacy.example.com/callback"] }, "none");
    const relaxed = await pack.analyze([...coherentStack(), ...legacy], { "callback-insecure": { enforcementLevel: "advisory" } });
    expect(of(relaxed, "callback-insecure")).toEqual([expect.objectContaining({ level: "advisory", urn: legacy[0]!.urn })]);
});

it("shows waived findings as advisory with the reason, never under the rule", async () => {
    const tenant = {
        urn: urn(TENANT_COMPONENT_TYPE, "tenant"),
        type: TENANT_COMPONENT_TYPE,
        name: "tenant",
        props: { environment: "development", plan: "self-service", maxAudiences: 4, externalApis: [], waivers: [{ rule: "callback-insecure", target: "apps.legacy", reason: "intranet only, LEG-3" }] },
        propertyDependencies: {},
    };
    const legacy = client("legacy", { ...SPA, callbacks: ["http://legacy.example.com/callback"] }, "none");
    const violations = await pack.analyze([tenant, ...coherentStack(), ...legacy]);
    expect(of(violations, "callback-insecure")).toEqual([]);
    expect(of(violations, WAIVED_POLICY_NAME)).toEqual([
        expect.objectContaining({ level: "advisory", urn: legacy[0]!.urn, message: expect.stringContaining("(waived: intranet only, LEG-3)") }),
    ]);
});

it("reports malformed resources under the model policy instead of failing the analysis", async () => {
    const broken = [
        resource("resourceServer", "nameless", { name: 42 }),
        resource("client", "odd", { appType: "spa", callbacks: "https://x.example.com", grantTypes: [UNKNOWN, 7], isFirstParty: "yes" }),
        resource("clientGrant", "lost", { clientId: UNKNOWN, audience: UNKNOWN }),
        resource("rolePermissions", "orphan", { roleId: "rol_123", permissions: "all" }),
    ];
    const violations = await pack.analyze([...coherentStack(), ...broken]);
    const model = of(violations, MODEL_POLICY_NAME);
    expect(model.every((v) => v.level === "advisory")).toBe(true);
    for (const r of broken) expect(model.some((v) => v.urn === r.urn)).toBe(true);
    expect(model.map((v) => v.message).join("\n")).toMatch(/identifier is missing/);
    expect(violations.some((v) => /can't run policy/.test(v.message))).toBe(false);
});

it("never prints a callback the stack holds as a Pulumi secret, whichever rule quotes it", async () => {
    const hidden = "http://hidden-partner-7f3k.example.com/callback";
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: [hidden] };
    const leaky = client("leaky", { ...SPA, callbacks: secret, webOrigins: [] }, "none");
    const violations = await pack.analyze([...coherentStack(), ...leaky]);
    // The rules did judge the secret callback (http:// is insecure), and said so without the value.
    expect(of(violations, "callback-insecure")).toEqual([expect.objectContaining({ urn: leaky[0]!.urn, message: expect.stringContaining("[secret]") })]);
    expect(JSON.stringify(violations)).not.toContain("hidden-partner-7f3k");
});

it("a closed pack leaves no listener on this process behind", async () => {
    const before = process.listenerCount("exit");
    for (let i = 0; i < 3; i++) {
        const session = await openPack({ packDir: PACK_DIR });
        expect(process.listenerCount("exit")).toBe(before + 1);
        session.close();
        // The listener goes when the pack's process has exited.
        await waitFor(() => process.listenerCount("exit") === before);
    }
    expect(process.listenerCount("exit")).toBe(before);
});

async function waitFor(done: () => boolean, timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while (!done()) {
        if (Date.now() - start > timeoutMs) throw new Error("timed out");
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}
