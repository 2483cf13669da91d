import * as path from "node:path";
import ts from "typescript";
import { MANAGEMENT_API } from "../../policies/src/model";
import { api, caller, client, grant, refreshToken, role, tenant } from "../../policies/src/testing/factory";
import { installBrowser } from "../../test/review/browser-shim";
import { deriveConfigs, type ApiConfig, type AppConfig } from "./derive";
import { toEnv, toTypeScript } from "./render";

const catalog = api("catalog", { scopeValues: ["read:products", "write:products"], offlineAccess: true });
const inventory = api("inventory", { scopeValues: ["read:stock"], offlineAccess: true });
const ledger = api("ledger", { scopeValues: ["read:ledger"] });
const management = api(MANAGEMENT_API, { kind: "management", identifier: "https://shop.eu.auth0.com/api/v2/", scopeValues: ["read:current_user"] });
const storefrontRefresh = refreshToken({
    policies: [
        { audience: catalog.identifier, scopes: ["read:products"] },
        { audience: inventory.identifier, scopes: ["read:stock"] },
    ],
});
const model = tenant({
    apis: [catalog, inventory, ledger, management],
    clients: [
        client("storefront", "spa", { callbacks: ["https://shop.example.com/callback"], webOrigins: ["https://shop.example.com"], refreshToken: storefrontRefresh }),
        client("nightly-sync", "m2m"),
        caller("catalog"),
    ],
    grants: [
        grant("storefront", MANAGEMENT_API, ["read:current_user"]),
        grant("storefront", "catalog", ["read:products"]),
        grant("storefront", "inventory", ["read:stock"]),
        grant("storefront", "ledger", ["read:ledger"]),
        grant("nightly-sync", "catalog", ["write:products"], { subjectType: "client" }),
        grant("catalog/caller", "inventory", ["read:stock"], { subjectType: "client" }),
    ],
    roles: [role("merchandiser", { catalog: ["read:products", "write:products"] })],
});
const deployment = { domain: "shop.eu.auth0.com", clientIds: { storefront: "Xy12storefront" } };
const configs = deriveConfigs(model, deployment);
const app = (key: string) => configs.find((c): c is AppConfig => c.kind === "app" && c.key === key) as AppConfig;
const apiOf = (key: string) => configs.find((c): c is ApiConfig => c.kind === "api" && c.key === key) as ApiConfig;

describe("deriveConfigs", () => {
    it("gives a SPA one token request per audience, its own APIs before the Management API", () => {
        const spa = app("storefront").spa!;
        expect(spa.getTokenSilently.map((t) => [t.authorizationParams.audience, t.authorizationParams.scope])).toEqual([
            [catalog.identifier, "read:products"],
            [inventory.identifier, "read:stock"],
            [ledger.identifier, "read:ledger"],
            [management.identifier, "read:current_user"],
        ]);
        expect(spa.options.authorizationParams).toEqual({ redirect_uri: "https://shop.example.com/callback", audience: catalog.identifier, scope: "openid profile email read:products" });
    });

    it("uses Multi-Resource Refresh Tokens for the policy audiences and silent authentication for the others", () => {
        const { options } = app("storefront").spa!;
        expect(options).toMatchObject({ useRefreshTokens: true, useMrrt: true, useRefreshTokensFallback: true, clientId: "Xy12storefront" });
        expect(app("storefront").refreshTokenPolicies.map((p) => p.api)).toEqual(["catalog", "inventory"]);
    });

    it("uses a placeholder client id until the stack is deployed", () => {
        expect(app("nightly-sync").clientId).toMatch(/^<client id of nightly-sync: run pulumi up/);
    });

    it("gives a machine client its client-credentials requests", () => {
        expect(app("nightly-sync").tokenRequests).toEqual([
            {
                api: "catalog",
                url: "https://shop.eu.auth0.com/oauth/token",
                body: expect.objectContaining({ grant_type: "client_credentials", audience: catalog.identifier, scope: "write:products" }),
            },
        ]);
    });

    it("tells an API how to validate tokens, who sends which scopes, and how it calls others", () => {
        const c = apiOf("catalog");
        expect(c).toMatchObject({ issuer: "https://shop.eu.auth0.com/", audience: catalog.identifier, algorithms: ["RS256"], permissionsClaim: true });
        expect(c.callers).toEqual([
            { caller: "storefront", via: "user", scopes: ["read:products"] },
            { caller: "nightly-sync", via: "machine", scopes: ["write:products"] },
            { caller: "role:merchandiser", via: "role", scopes: ["read:products", "write:products"] },
        ]);
        expect(c.tokenRequests.map((r) => r.body.audience)).toEqual([inventory.identifier]);
    });

    it("selects one app or API by key", () => {
        expect(deriveConfigs(model, deployment, "inventory").map((c) => c.key)).toEqual(["inventory"]);
    });
});

describe("env output", () => {
    it("uses library names for a single config and key prefixes for several", () => {
        const single = toEnv(deriveConfigs(model, deployment, "catalog"));
        expect(single).toContain("ISSUER_BASE_URL=https://shop.eu.auth0.com/\nAUDIENCE=https://catalog.example.com\nTOKEN_SIGNING_ALG=RS256");
        const all = toEnv(configs);
        expect(all).toContain("STOREFRONT_AUTH0_CLIENT_ID=Xy12storefront");
        expect(all).toContain('STOREFRONT_AUTH0_SCOPE="openid profile email read:products"');
        expect(all).toContain('NIGHTLY_SYNC_AUTH0_CLIENT_ID="<client id of nightly-sync: run pulumi up, then pass --outputs>"');
    });
});

/** Type-checks a module against the real @auth0/auth0-spa-js typings. */
function typeErrors(source: string): string[] {
    const file = path.join(__dirname, "__generated_config__.ts");
    const typings = require.resolve("@auth0/auth0-spa-js").replace(/dist[\\/]lib[\\/].*$/, "dist/typings/index.d.ts");
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], skipLibCheck: true, baseUrl: "/", paths: { "@auth0/auth0-spa-js": [typings] }, types: [] };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === file ? source : readFile(name));
    host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram([file], options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("ts output", () => {
    const source = toTypeScript(configs);
    it("type-checks against @auth0/auth0-spa-js", () => {
        expect(typeErrors(`${source}\nimport { Auth0Client } from "@auth0/auth0-spa-js";\nexport const client = new Auth0Client(storefront.options);\nexport const token = client.getTokenSilently(storefront.tokens.inventory);\n`)).toEqual([]);
    });
    it("the type check catches an option spa-js does not accept", () => {
        expect(typeErrors(source.replace('"useMrrt": true', '"useMrrt": "yes"')).join("\n")).toMatch(/not assignable/);
    });
});

describe("a real Auth0Client built from the generated options", () => {
    it("logs in for the first audience, then exchanges the refresh token for each other audience", async () => {
        const browser = installBrowser("https://shop.example.com/");
        // Loaded after the globals exist, as in a browser.
        const { Auth0Client } = await import("@auth0/auth0-spa-js");
        const spa = app("storefront").spa!;
        const auth0 = new Auth0Client(spa.options);
        let authorize: URL | undefined;
        await auth0.loginWithRedirect({ openUrl: (url) => void (authorize = new URL(url)) });
        expect(authorize?.origin).toBe("https://shop.eu.auth0.com");
        expect(Object.fromEntries(["client_id", "audience", "redirect_uri"].map((k) => [k, authorize?.searchParams.get(k)]))).toEqual({
            client_id: "Xy12storefront",
            audience: catalog.identifier,
            redirect_uri: "https://shop.example.com/callback",
        });
        expect(authorize?.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "read:products", "offline_access"]));

        browser.setNonce(authorize?.searchParams.get("nonce") ?? "");
        await auth0.handleRedirectCallback(`https://shop.example.com/callback?code=c0de&state=${encodeURIComponent(authorize?.searchParams.get("state") ?? "")}`);
        const inventoryToken = spa.getTokenSilently.find((t) => t.api === "inventory")!;
        await expect(auth0.getTokenSilently(inventoryToken)).resolves.toBe(`token for ${inventory.identifier}`);
        const refresh = browser.calls.at(-1)!.body;
        expect(refresh).toMatchObject({ grant_type: "refresh_token", audience: inventory.identifier, client_id: "Xy12storefront" });
        expect(refresh.scope.split(" ")).toContain("read:stock");
    });
});
