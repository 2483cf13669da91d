// The round trip of an import: export → `topology import` → the program under mocks, adopting the
// tenant's ids from the import file. Every field the program sets must equal the exported object's
// value, except the changes the report lists; and every registered resource must be in the import
// file (checked in import-cli.test.ts). Field names are mapped by hand here, independently of the
// importer, from the provider's schema (Pulumi camelCase) to the Management API's (snake_case).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runProgramUnderMocks, type RegisteredResource } from "../../topology/build/mock-run";
import type { ImportFile } from "../../topology/tenant/import-ids";
import type { ImportReport } from "../../topology/tenant/report";
import { runCli } from "../support/cli";
import { DUMP } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = (file: string, key: string): Json[] => JSON.parse(fs.readFileSync(path.join(DUMP, file), "utf8"))[key];
const permissionsOf = (roleId: string): Json[] => JSON.parse(fs.readFileSync(path.join(DUMP, "roles", roleId, "permissions.json"), "utf8")).permissions;

/** Per resource type: the exported object for an import id, and program input → exported value. */
const TYPES: Record<string, { find: (id: string) => Json | undefined; fields: Record<string, (o: Json) => unknown> }> = {
    "auth0:index/resourceServer:ResourceServer": {
        find: (id) => list("resource-servers.json", "resource_servers").find((o) => o.id === id),
        fields: {
            identifier: (o) => o.identifier,
            name: (o) => o.name,
            signingAlg: (o) => o.signing_alg,
            tokenLifetime: (o) => o.token_lifetime,
            tokenLifetimeForWeb: (o) => o.token_lifetime_for_web,
            allowOfflineAccess: (o) => o.allow_offline_access,
            enforcePolicies: (o) => o.enforce_policies,
            tokenDialect: (o) => o.token_dialect,
            skipConsentForVerifiableFirstPartyClients: (o) => o.skip_consent_for_verifiable_first_party_clients,
            subjectTypeAuthorization: (o) => o.subject_type_authorization,
        },
    },
    "auth0:index/resourceServerScopes:ResourceServerScopes": {
        find: (id) => list("resource-servers.json", "resource_servers").find((o) => o.identifier === id),
        fields: {
            resourceServerIdentifier: (o) => o.identifier,
            scopes: (o) => o.scopes.map((s: Json) => ({ name: s.value, description: s.description })),
        },
    },
    "auth0:index/client:Client": {
        find: (id) => list("clients.json", "clients").find((o) => o.client_id === id),
        fields: {
            name: (o) => o.name,
            // Auth0 leaves out what is empty: no description is "", no callbacks is [].
            description: (o) => o.description ?? "",
            appType: (o) => o.app_type,
            isFirstParty: (o) => o.is_first_party,
            thirdPartySecurityMode: (o) => o.third_party_security_mode,
            grantTypes: (o) => o.grant_types,
            callbacks: (o) => o.callbacks ?? [],
            allowedLogoutUrls: (o) => o.allowed_logout_urls ?? [],
            webOrigins: (o) => o.web_origins ?? [],
            allowedOrigins: (o) => o.allowed_origins ?? [],
            oidcConformant: (o) => o.oidc_conformant,
            "jwtConfiguration.alg": (o) => o.jwt_configuration?.alg,
            "refreshToken.rotationType": (o) => o.refresh_token?.rotation_type,
            "refreshToken.expirationType": (o) => o.refresh_token?.expiration_type,
            "refreshToken.tokenLifetime": (o) => o.refresh_token?.token_lifetime,
            "refreshToken.idleTokenLifetime": (o) => o.refresh_token?.idle_token_lifetime,
            "refreshToken.infiniteTokenLifetime": (o) => o.refresh_token?.infinite_token_lifetime,
            "refreshToken.infiniteIdleTokenLifetime": (o) => o.refresh_token?.infinite_idle_token_lifetime,
            "refreshToken.policies": (o) => o.refresh_token?.policies ?? [],
        },
    },
    "auth0:index/clientCredentials:ClientCredentials": {
        find: (id) => list("clients.json", "clients").find((o) => o.client_id === id),
        fields: { authenticationMethod: (o) => o.token_endpoint_auth_method },
    },
    "auth0:index/clientGrant:ClientGrant": {
        find: (id) => list("client-grants.json", "client_grants").find((o) => o.id === id),
        fields: { audience: (o) => o.audience, subjectType: (o) => o.subject_type ?? "client", scopes: (o) => o.scope },
    },
    "auth0:index/role:Role": {
        find: (id) => list("roles.json", "roles").find((o) => o.id === id),
        fields: { name: (o) => o.name, description: (o) => o.description ?? "" },
    },
    "auth0:index/rolePermissions:RolePermissions": {
        find: (id) => ({ permissions: permissionsOf(id) }),
        fields: { permissions: (o) => o.permissions.map((p: Json) => ({ name: p.permission_name, resourceServerIdentifier: p.resource_server_identifier })) },
    },
};

/** What the report calls a program field, in its change entries and notes. */
const REPORTED_AS: Record<string, string> = {
    grantTypes: "grant types",
    "jwtConfiguration.alg": "ID token signing algorithm",
    "refreshToken.policies": "multi-resource refresh token policies",
    "refreshToken.rotationType": "refresh tokens",
    "refreshToken.expirationType": "refresh tokens",
    "refreshToken.tokenLifetime": "refresh tokens",
    "refreshToken.idleTokenLifetime": "refresh tokens",
    "refreshToken.infiniteTokenLifetime": "refresh tokens",
    "refreshToken.infiniteIdleTokenLifetime": "refresh tokens",
    thirdPartySecurityMode: "third_party_security_mode",
    tokenDialect: "token_dialect",
    subjectTypeAuthorization: "subject_type_authorization",
    appType: "app_type",
    authenticationMethod: "token endpoint authentication",
    oidcConformant: "OIDC conformant",
    scopes: "does not declare",
};

const valueAt = (inputs: Json, field: string): unknown => field.split(".").reduce<unknown>((v, k) => (v as Json | undefined)?.[k], inputs);
/** JSON with sorted keys: objects compare by content, not by the order their keys were written in. */
const canonical = (value: unknown): string =>
    JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

describe("round trip: export → import → the program with the imported ids", () => {
    let registered: RegisteredResource[];
    let importFile: ImportFile;
    let report: ImportReport;

    beforeAll(async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round-trip-"));
        const out = path.join(dir, "topology.yaml");
        const run = await runCli("import", DUMP, "--out", out, "--stack", "dev", "--import-file", path.join(dir, "import.json"), "--report", path.join(dir, "report.json"));
        expect(run.code).toBe(0);
        importFile = JSON.parse(fs.readFileSync(path.join(dir, "import.json"), "utf8"));
        report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
        registered = await runProgramUnderMocks({ topologyFile: out, stack: "dev", config: { "auth0:domain": "acme-dev.eu.auth0.com" }, preview: false });
    });

    /** The element of the report a resource belongs to: its change entries' path and its notes' subject. */
    function listed(resource: RegisteredResource, exported: Json, field: string): boolean {
        const word = REPORTED_AS[field];
        if (word === undefined) return false;
        const key = resource.name.split("/")[0]!;
        const inChanges = report.changes.some((c) => c.path.split(".")[1] === key && c.fields.some((f) => f.field === word));
        const subject = exported.name ?? exported.id;
        const inNotes = Object.values(report.notes)
            .flat()
            .some((n) => (n.subject.includes(`'${subject}'`) || (exported.id !== undefined && n.subject.includes(exported.id))) && n.message.includes(word));
        return inChanges || inNotes;
    }

    it("sets every field to the exported value, except what the report lists", () => {
        const unlisted: string[] = [];
        const listedDifferences: string[] = [];
        for (const resource of registered.filter((r) => r.custom)) {
            const entry = importFile.resources.find((e) => e.type === resource.type && e.logicalName === resource.name);
            expect(entry?.id).toBeDefined();
            const type = TYPES[resource.type];
            expect(type).toBeDefined();
            const exported = type!.find(entry!.id!);
            expect(exported).toBeDefined();
            for (const [field, exportedValue] of Object.entries(type!.fields)) {
                const programValue = valueAt(resource.inputs, field);
                if (programValue === undefined || same(programValue, exportedValue(exported!))) continue;
                const line = `${resource.type.split(":").pop()} ${resource.name} ${field}: tenant ${JSON.stringify(exportedValue(exported!))}, program ${JSON.stringify(programValue)}`;
                (listed(resource, exported!, field) ? listedDifferences : unlisted).push(line);
            }
        }
        expect(unlisted).toEqual([]);
        // The fixture has changes to list: the comparison above is not vacuous.
        expect(listedDifferences).toEqual(
            expect.arrayContaining([expect.stringMatching(/^Client storefront grantTypes/), expect.stringMatching(/^Client back-office jwtConfiguration.alg/), expect.stringMatching(/^ClientGrant stock-sync\/stock-api\/client scopes/)]),
        );
    });

    it("links each grant to the client whose id the import file adopts", () => {
        const byUrn = new Map(registered.map((r) => [r.urn, r]));
        for (const grant of registered.filter((r) => r.type === "auth0:index/clientGrant:ClientGrant")) {
            const client = byUrn.get(grant.propertyDependencies.clientId![0]!)!;
            const clientId = importFile.resources.find((e) => e.type === client.type && e.logicalName === client.name)!.id;
            const grantId = importFile.resources.find((e) => e.type === grant.type && e.logicalName === grant.name)!.id;
            expect(list("client-grants.json", "client_grants").find((g) => g.id === grantId)!.client_id).toBe(clientId);
        }
    });
});
