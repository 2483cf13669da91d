import { pathCovers, pathSegments, pathText } from "./path";

it.each([
    [["apps", "storefront", "callbacks", 0], "apps.storefront.callbacks.0"],
    [["apis", "catalog", "scopes", "orders.delete"], 'apis.catalog.scopes["orders.delete"]'],
    [["apis", "catalog", "scopes", 'odd "quoted" [key]'], 'apis.catalog.scopes["odd \\"quoted\\" [key]"]'],
    [["a b"], '["a b"]'],
    [["apis", "catalog", "scopes", "read:orders\u200b"], 'apis.catalog.scopes["read:orders\\u200b"]'],
    [["apps", "caf\u00e9", "name"], "apps.caf\u00e9.name"],
    [["roles", "admin\u2028x"], 'roles["admin\\u2028x"]'],
])("%j is written %s and read back", (segments, text) => {
    expect(pathText(segments)).toBe(text);
    expect(pathSegments(text)).toEqual(segments.map(String));
});

it.each([
    ["apis.catalog.scopes.orders", 'apis.catalog.scopes["orders.delete-everything"]', false],
    ["apis.catalog.scopes.orders", "apis.catalog.scopes.orders", true],
    ['apis.catalog.scopes["orders.delete"]', 'apis.catalog.scopes["orders.delete"]', true],
    ["apis.catalog", 'apis.catalog.scopes["orders.delete"]', true],
    ["apis.cat", "apis.catalog", false],
    ["apps.shop", "apps.shop.callbacks.1", true],
])("%s covers %s: %s", (ancestor, path, covers) => {
    expect(pathCovers(ancestor, path)).toBe(covers);
});
