import { LATIN_CONFUSABLES, UNICODE_SECURITY_VERSION } from "../../facts/unicode-security";
import { api, client, grant, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { lookalikeText } from "./lookalike-text";

const spa = (callbacks: string[]) => tenant({ clients: [client("shop", "spa", { callbacks })] });
const production = (model: ReturnType<typeof tenant>) => ({ ...model, environment: "production" as const });
const callback = "apps.shop.callbacks.0";

testRule(lookalikeText, {
    valid: [
        { name: "ASCII everywhere", model: tenant({ apis: [api("orders", { scopeValues: ["read:orders"] })], clients: [client("shop", "spa", { callbacks: ["https://shop.example.com/callback"] })] }) },
        { name: "a host already in its xn-- form: what the reviewer reads is what DNS resolves", model: production(spa(["https://xn--80ak6aa92e.com/callback"])) },
        { name: "a Russian app name: Cyrillic prose, one script per word", model: tenant({ clients: [client("shop", "spa", { name: "Заказы admin" })] }) },
        { name: "a Cyrillic description whose words look Latin ('ор'): prose is not judged for whole-script twins", model: tenant({ clients: [client("shop", "spa", { description: "ор орех" })] }) },
        { name: "an emoji with its variation selector and a zero-width-joiner family", model: tenant({ roles: [role("ops", {}, { description: "⚠️ on call 👨‍👩‍👧" })] }) },
        { name: "tabs and line breaks in a description", model: tenant({ roles: [role("ops", {}, { description: "first line\n\tsecond line\r\n" })] }) },
        { name: "a reference that resolves repeats the API's key, judged once at the API", model: tenant({ apis: [api("orders")], grants: [grant("shop", "orders", [])] }) },
        { name: "the Management API: its identifier comes from the tenant domain", model: tenant({ apis: [api("auth0-management", { kind: "management", identifier: "https://tenаnt.auth0.com/api/v2/" })] }) },
    ],
    invalid: [
        {
            name: "Latin host with one Cyrillic letter: a warning on development stacks, with the xn-- form",
            model: spa(["https://shоp.example.com/callback"]),
            findings: [{ path: callback, severity: "warning", message: /xn--shp-ted\.example\.com in ASCII: 'shоp' mixes Cyrillic and Latin letters and reads as 'shop'/ }],
        },
        { name: "the same host on a production stack: an error", model: production(spa(["https://shоp.example.com/callback"])), findings: [{ path: callback, severity: "error" }] },
        {
            name: "Greek capitals among Latin ones (the URL parser lowers them first)",
            model: production(spa(["https://ΑΡΡLE.example.com/callback"])),
            findings: [{ path: callback, severity: "error", message: /mixes Greek and Latin/ }],
        },
        {
            name: "a host label wholly of Cyrillic letters that look Latin",
            model: production(spa(["https://аррӏе.com/callback"])),
            findings: [{ path: callback, severity: "error", message: /xn--80ak6aa92e\.com in ASCII: 'аррӏе' is written wholly in Cyrillic letters that look Latin: it reads as 'apple'/ }],
        },
        { name: "a Greek whole-script twin in a logout URL", model: tenant({ clients: [client("shop", "spa", { logoutUrls: ["https://ορ.example.com"] })] }), findings: [{ path: "apps.shop.logoutUrls.0", message: /wholly in Greek/ }] },
        {
            name: "a Cherokee letter, of no script recommended for identifiers, in a web origin",
            model: tenant({ clients: [client("shop", "spa", { webOrigins: ["https://ꮪhop.example.com"] })] }),
            findings: [{ path: "apps.shop.webOrigins.0", severity: "warning", message: /U\+13DA, a character of no script UTS #39 recommends/ }],
        },
        { name: "a lookalike wildcard origin (CORS)", model: tenant({ clients: [client("shop", "spa", { allowedOrigins: ["https://*.exаmple.com"] })] }), findings: [{ path: "apps.shop.allowedOrigins.0", message: /mixes Cyrillic and Latin/ }] },
        {
            name: "a single-script internationalized host: information only, with its xn-- form",
            model: production(spa(["https://münchen.example.com/callback", "https://例え.jp/callback"])),
            findings: [
                { path: callback, severity: "info", message: "xn--mnchen-3ya.example.com in ASCII" },
                { path: "apps.shop.callbacks.1", severity: "info", message: "xn--r8jz45g.jp in ASCII" },
            ],
        },
        {
            name: "an all-Cyrillic host under the Cyrillic top-level domain .рф: a name of its own script, information only",
            model: production(spa(["https://рау.рф/callback"])),
            findings: [{ path: callback, severity: "info", message: "xn--80a5ak.xn--p1ai in ASCII" }],
        },
        {
            name: "a zero-width space in an API identifier: an error on every stack",
            model: tenant({ apis: [api("orders", { identifier: "https://orders.example.com/\u200b" })] }),
            findings: [{ path: "apis.orders.identifier", severity: "error", message: "the identifier of API 'orders' holds the invisible or control character U+200B" }],
        },
        {
            name: "a bidi override in a callback host: the character is the finding",
            model: spa(["https://shop\u202e.example.com/callback"]),
            findings: [{ path: callback, severity: "error", message: "U+202E" }],
        },
        {
            name: "a zero-width space and a Cyrillic letter in scope names, and NEL in a scope description",
            model: tenant({ apis: [api("orders", { scopes: [{ value: "read:orders\u200b", description: "Read", source: { path: 'apis.orders.scopes["read:orders\u200b"]' } }, { value: "reаd:invoices", description: "Read\u0085", source: { path: "apis.orders.scopes.reаd:invoices" } }] })] }),
            findings: [
                { path: 'apis.orders.scopes["read:orders\u200b"]', severity: "error", message: "scope 'read:orders\u200b' of API 'orders' holds the invisible or control character U+200B" },
                { path: "apis.orders.scopes.reаd:invoices", severity: "warning", message: /scope 'reаd:invoices' of API 'orders': 'reаd' mixes Cyrillic and Latin/ },
                { path: "apis.orders.scopes.reаd:invoices", severity: "error", message: "the description of scope 'reаd:invoices' holds the invisible or control character U+0085" },
            ],
        },
        {
            name: "keys and names of apps, APIs and roles",
            model: tenant({
                apis: [api("оrders", { name: "Orders\u2060" })],
                clients: [client("shop\u00ad", "spa")],
                roles: [role("аdmin", {}, { name: "Admin\u200e" })],
            }),
            findings: [
                { path: "apis.оrders", message: "the key of API 'оrders': 'оrders' mixes Cyrillic and Latin" },
                { path: "apis.оrders.identifier", message: "xn--rders-" },
                { path: "apis.оrders.name", severity: "error", message: "U+2060" },
                { path: 'apps["shop\\u00ad"]', severity: "error", message: "U+00AD" },
                { path: "roles.аdmin", message: "mixes Cyrillic and Latin" },
                { path: "roles.аdmin.name", severity: "error", message: "U+200E" },
            ],
        },
        {
            name: "an all-Cyrillic key that reads as Latin",
            model: tenant({ roles: [role("ор", {})] }),
            findings: [{ path: "roles.ор", message: "'ор' is written wholly in Cyrillic letters that look Latin: it reads as 'op'" }],
        },
        {
            name: "granted scopes, an audience that resolves to no API, and role permissions",
            model: tenant({
                apis: [api("orders", { scopeValues: ["read:orders"] })],
                grants: [grant("shop", "orders", ["read:orders", "read:оrders"]), grant("shop", "https://pаrtner.example.com", [])],
                roles: [role("ops", { orders: ["read:orders", "read:orders\u200b"], "ledger\u200b": ["read:ledger"] })],
            }),
            findings: [
                { path: "apps.shop.access.orders.1", message: "scope 'read:оrders' granted to app 'shop'" },
                { path: 'apps.shop.access["https://pаrtner.example.com"]', message: /the host of the API 'https:\/\/pаrtner\.example\.com' that app 'shop' is granted is xn--/ },
                { path: "roles.ops.permissions.orders.1", severity: "error", message: "permission 'read:orders\u200b' of role 'ops' holds" },
                { path: 'roles.ops.permissions["ledger\\u200b"]', severity: "error", message: "the API 'ledger\u200b' of role 'ops' holds" },
            ],
        },
    ],
});

describe("the confusables data", () => {
    it(`is the Cyrillic and Greek to ASCII subset of confusables.txt ${UNICODE_SECURITY_VERSION}, by the runtime's script properties`, () => {
        expect(LATIN_CONFUSABLES.size).toBe(93);
        for (const [code, ascii] of LATIN_CONFUSABLES) {
            expect(String.fromCodePoint(code)).toMatch(/^[\p{Script=Cyrillic}\p{Script=Greek}]$/u);
            expect(ascii).toMatch(/^[A-Za-z0-9]+$/);
        }
        expect(LATIN_CONFUSABLES.get(0x0430)).toBe("a");
        expect(LATIN_CONFUSABLES.get(0x03bf)).toBe("o");
    });
});
