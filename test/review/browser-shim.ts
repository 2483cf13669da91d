// The few browser globals @auth0/auth0-spa-js touches, so tests run the real SDK in Node: storage,
// cookies, location, window events, and a fetch that plays the Auth0 token endpoint. Node brings
// WebCrypto, TextEncoder, URL and AbortController itself.
export interface TokenEndpointCall {
    url: string;
    body: Record<string, string>;
}

function memoryStorage() {
    const items = new Map<string, string>();
    return {
        getItem: (k: string) => items.get(k) ?? null,
        setItem: (k: string, v: string) => void items.set(k, String(v)),
        removeItem: (k: string) => void items.delete(k),
        clear: () => items.clear(),
        key: (i: number) => [...items.keys()][i] ?? null,
        get length() {
            return items.size;
        },
    };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * Installs the globals. The token endpoint answers every grant with an access token for the
 * requested audience and an ID token whose claims spa-js validates (it does not check signatures).
 */
export function installBrowser(origin: string): { calls: TokenEndpointCall[]; setNonce(nonce: string): void } {
    const calls: TokenEndpointCall[] = [];
    let nonce = "";
    const events = new EventTarget();
    const g = globalThis as Record<string, unknown>;
    g.window = globalThis;
    g.addEventListener = events.addEventListener.bind(events);
    g.removeEventListener = events.removeEventListener.bind(events);
    g.sessionStorage = memoryStorage();
    g.localStorage = memoryStorage();
    g.document = { cookie: "" };
    g.location = new URL(origin);
    g.fetch = async (url: string, init: { body: string }) => {
        const body = Object.fromEntries(new URLSearchParams(init.body));
        calls.push({ url, body });
        const host = new URL(url).host;
        const now = Math.floor(Date.now() / 1000);
        const idToken = [
            base64url({ alg: "RS256", typ: "JWT" }),
            base64url({ iss: `https://${host}/`, aud: body.client_id, sub: "auth0|tester", nonce, iat: now, exp: now + 3600 }),
            "signature",
        ].join(".");
        const payload = { access_token: `token for ${body.audience ?? "login"}`, id_token: idToken, refresh_token: "refresh", scope: body.scope, expires_in: 3600, token_type: "Bearer" };
        return new Response(JSON.stringify(payload), { status: 200, headers: { "content-type": "application/json" } });
    };
    return { calls, setNonce: (n) => void (nonce = n) };
}
