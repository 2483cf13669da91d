// The live source through the real `auth0` SDK, against a local HTTP server on 127.0.0.1 that
// answers as the Management API does: the token endpoint, paginated lists (offset pages for
// clients, resource servers, roles and permissions; checkpoint pages for client grants), and a
// 429 with Retry-After before one answer.
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { SourceError } from "../../topology/tenant/document";
import { planImport } from "../../topology/tenant/import";
import { readLiveTenant } from "../../topology/tenant/live";
import { DUMP, dump } from "./fixtures";

const DOMAIN = "acme-dev.eu.auth0.com";
const CLIENT_ID = "lIvErEaDeR0000000000000000000000";
const SECRET = "local-test-secret";
const TOKEN = "token-from-the-local-server";

const body = (file: string, key: string): unknown[] => JSON.parse(fs.readFileSync(path.join(DUMP, file), "utf8"))[key];
const ROLES = body("roles.json", "roles") as Array<{ id: string }>;
const LISTS: Record<string, { items: unknown[]; key: string }> = {
    "/api/v2/clients": { items: body("clients.json", "clients"), key: "clients" },
    "/api/v2/resource-servers": { items: body("resource-servers.json", "resource_servers"), key: "resource_servers" },
    "/api/v2/roles": { items: ROLES, key: "roles" },
    ...Object.fromEntries(ROLES.map((r) => [`/api/v2/roles/${r.id}/permissions`, { items: JSON.parse(fs.readFileSync(path.join(DUMP, "roles", r.id, "permissions.json"), "utf8")).permissions, key: "permissions" }])),
};
const GRANTS = body("client-grants.json", "client_grants");

interface Seen {
    method: string;
    path: string;
    query: URLSearchParams;
    status: number;
}

function managementApi(seen: Seen[]): http.Server {
    let throttled = false;
    return http.createServer((req, res) => {
        const url = new URL(req.url!, "http://127.0.0.1");
        const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
            seen.push({ method: req.method!, path: url.pathname, query: url.searchParams, status });
            res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(json));
        };
        if (req.method === "POST" && url.pathname === "/oauth/token") {
            let text = "";
            req.on("data", (chunk) => (text += chunk));
            req.on("end", () => {
                const form = new URLSearchParams(text);
                const ok = form.get("grant_type") === "client_credentials" && form.get("client_id") === CLIENT_ID && form.get("client_secret") === SECRET && form.get("audience") === `https://${DOMAIN}/api/v2/`;
                if (ok) answer(200, { access_token: TOKEN, token_type: "Bearer", expires_in: 86400 });
                else answer(401, { error: "access_denied" });
            });
            return;
        }
        if (req.headers.authorization !== `Bearer ${TOKEN}`) return answer(401, { statusCode: 401, error: "Unauthorized" });
        if (req.method !== "GET") return answer(405, { statusCode: 405 });
        if (url.pathname === "/api/v2/resource-servers" && !throttled) {
            throttled = true;
            return answer(429, { statusCode: 429, error: "Too Many Requests" }, { "retry-after": "1" });
        }
        if (url.pathname === "/api/v2/client-grants") {
            const take = Number(url.searchParams.get("take"));
            const from = Number(url.searchParams.get("from") ?? 0);
            const next = from + take < GRANTS.length ? String(from + take) : undefined;
            return answer(200, { client_grants: GRANTS.slice(from, from + take), ...(next === undefined ? {} : { next }) });
        }
        const list = LISTS[url.pathname];
        if (list === undefined) return answer(404, { statusCode: 404 });
        const page = Number(url.searchParams.get("page") ?? 0);
        const perPage = Number(url.searchParams.get("per_page"));
        return answer(200, { start: page * perPage, limit: perPage, total: list.items.length, [list.key]: list.items.slice(page * perPage, (page + 1) * perPage) });
    });
}

describe("a live tenant through the auth0 SDK", () => {
    const seen: Seen[] = [];
    const server = managementApi(seen);
    let base: string;
    beforeAll(async () => {
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    // The SDK's supported `fetch` option: the tenant's https origin is this server.
    const local: typeof fetch = (input, init) => fetch(String(input instanceof Request ? input.url : input).replace(`https://${DOMAIN}`, base), init);

    it("reads every page, waits out a 429, uses only reads, and gives the dump's design", async () => {
        const progress: string[] = [];
        const snapshot = await readLiveTenant({ domain: DOMAIN, clientId: CLIENT_ID, clientSecret: SECRET, fetch: local, pageSize: 2, progress: (line) => progress.push(line) });
        expect(snapshot.clients).toHaveLength(7);
        expect(snapshot.grants).toHaveLength(7);
        expect(snapshot.roles.map((r) => r.value.permissions?.length)).toEqual([2, 1]);
        expect(progress).toEqual(expect.arrayContaining(["clients: page 4, 7 so far", "client grants: page 4, 7 so far"]));
        const throttled = seen.filter((s) => s.path === "/api/v2/resource-servers");
        expect(throttled[0]!.status).toBe(429);
        expect(throttled.slice(1).every((s) => s.status === 200)).toBe(true);
        expect(seen.filter((s) => s.path !== "/oauth/token").every((s) => s.method === "GET")).toBe(true);
        expect(seen.filter((s) => s.path === "/oauth/token")).toHaveLength(1);
        const design = (s: typeof snapshot) => planImport(s, { environment: "development" }).topology;
        expect(design(snapshot)).toEqual(design({ ...dump(), domain: DOMAIN }));
    });

    it("says which host could not be reached, and why, when nothing answers there", async () => {
        // A port on this machine that was just free: the connection is refused.
        const closed = net.createServer();
        await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
        const port = (closed.address() as AddressInfo).port;
        await new Promise<void>((resolve) => closed.close(() => resolve()));
        const refused: typeof fetch = (input, init) => fetch(String(input instanceof Request ? input.url : input).replace(`https://${DOMAIN}`, `http://127.0.0.1:${port}`), init);
        const reading = readLiveTenant({ domain: DOMAIN, clientId: CLIENT_ID, clientSecret: SECRET, fetch: refused });
        await expect(reading).rejects.toThrow(SourceError);
        await expect(reading).rejects.toThrow(new RegExp(`^https://${DOMAIN.replace(/\./g, "\\.")} could not be reached \\(.*ECONNREFUSED.*\\); check AUTH0_DOMAIN`));
    });

    it("says what to check when the credentials are refused", async () => {
        await expect(readLiveTenant({ domain: DOMAIN, clientId: CLIENT_ID, clientSecret: "wrong", fetch: local })).rejects.toThrow(/AUTH0_CLIENT_SECRET/);
    });
});
