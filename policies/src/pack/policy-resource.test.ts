// fromPolicyResource reads the data behind the policy SDK's unknown-checking proxy: it must give
// what reading through the proxy gives, with each value the proxy refuses as unknown turned UNKNOWN.
import * as sdk from "@pulumi/policy";
import type { PolicyResource } from "@pulumi/policy";
import { UNKNOWN_SENTINELS } from "./plain";
import { fromPolicyResource } from "./policy-resource";
import { UNKNOWN } from "./resource";

// The SDK's own sentinels: its proxy module exports them at run time, though not in its types.
const sdkProxyModule = require("@pulumi/policy/proxy") as Record<string, unknown>;

const sdkSentinels = Object.entries(sdkProxyModule)
    .filter(([name]) => /^unknown\w+Value$/.test(name))
    .map(([, value]) => value);

it("knows exactly the unknown sentinels of the SDK the pack runs with", () => {
    expect(sdkSentinels.length).toBeGreaterThanOrEqual(7);
    expect(new Set(sdkSentinels)).toEqual(new Set(UNKNOWN_SENTINELS));
});

/** Reads a value through the SDK proxy, one property at a time, as a policy would. */
function readThroughProxy(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const read = (container: Record<string | number, unknown>, key: string | number) => {
        try {
            return readThroughProxy(container[key]);
        } catch (err) {
            if (err instanceof sdk.UnknownValueError) return UNKNOWN;
            throw err;
        }
    };
    const object = value as Record<string | number, unknown>;
    if (Array.isArray(value)) return Array.from({ length: value.length }, (_item, index) => read(object, index));
    return Object.fromEntries(Object.keys(object).map((key) => [key, read(object, key)]));
}

const [unknownString, unknownObject, unknownArray] = ["unknownStringValue", "unknownObjectValue", "unknownArrayValue"].map((name) => sdkProxyModule[name] as string);

/** Built afresh for each use: the SDK proxies only objects of this realm, which structuredClone's are not under Jest. */
const props = () => ({
    name: "storefront",
    clientId: unknownString,
    callbacks: ["https://shop.example.com/callback", unknownString],
    refreshToken: unknownObject,
    grantTypes: unknownArray,
    jwtConfiguration: { alg: "RS256", lifetimeInSeconds: 3600, secretEncoded: false, scopes: { nested: [unknownString, null, 1] } },
    isFirstParty: true,
    description: "",
});

function policyResource(props: Record<string, unknown>, providerProps?: Record<string, unknown>): PolicyResource {
    const resource = {
        urn: "urn:pulumi:dev::p::auth0:index/client:Client::storefront",
        type: "auth0:index/client:Client",
        name: "storefront",
        props,
        opts: { protect: false, ignoreChanges: [], aliases: ["urn:pulumi:dev::p::auth0:index/client:Client::shop"], customTimeouts: {} },
        dependencies: [],
        propertyDependencies: {},
        isType: () => false,
        asType: () => undefined,
    } as unknown as PolicyResource;
    if (providerProps !== undefined) {
        resource.provider = { urn: "urn:pulumi:dev::p::pulumi:providers:auth0::default", type: "pulumi:providers:auth0", name: "default", props: providerProps } as PolicyResource["provider"];
    }
    return resource;
}

it("reads proxied props as reading through the proxy does, unknowns as UNKNOWN", () => {
    const proxied = sdk.unknownCheckingProxy(props());
    const read = fromPolicyResource(policyResource(proxied, sdk.unknownCheckingProxy({ domain: "acme.eu.auth0.com", clientSecret: unknownString })));
    expect(read.props).toEqual(readThroughProxy(sdk.unknownCheckingProxy(props())));
    expect(read.props).toEqual(expect.objectContaining({ clientId: UNKNOWN, refreshToken: UNKNOWN, grantTypes: UNKNOWN, callbacks: ["https://shop.example.com/callback", UNKNOWN] }));
    expect(read.provider).toEqual({ urn: "urn:pulumi:dev::p::pulumi:providers:auth0::default", props: { domain: "acme.eu.auth0.com", clientSecret: UNKNOWN } });
    expect(read.aliases).toEqual(["urn:pulumi:dev::p::auth0:index/client:Client::shop"]);
});

it("reads props that are not proxied the same way", () => {
    expect(fromPolicyResource(policyResource(props())).props).toEqual(fromPolicyResource(policyResource(sdk.unknownCheckingProxy(props()))).props);
});

it("leaves the SDK's objects as they were", () => {
    const data = props();
    fromPolicyResource(policyResource(sdk.unknownCheckingProxy(data)));
    expect(data).toEqual(props());
});
