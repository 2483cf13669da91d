"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.externalApi = externalApi;
exports.readSettings = readSettings;
// Tenant-wide settings a stack's Auth0 resources do not show: read from the builder's Tenant
// component when the stack has one, overridden by the policy pack's config.
const management_api_1 = require("../management-api");
const model_1 = require("../model");
const tenant_component_1 = require("../tenant-component");
const auth0_types_1 = require("./auth0-types");
const props_1 = require("./props");
const DEFAULTS = { environment: "development", plan: "self-service", maxAudiences: 4 };
function oneOf(reader, name, allowed, fallback) {
    const value = reader.get(name, "string", fallback);
    if (allowed.includes(value))
        return value;
    reader.report(`${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
    return fallback;
}
/** An external API with the topology schema's defaults for what the reference does not say. */
function externalApi(ref, urn) {
    const path = `apis.${ref.key}`;
    const rbac = true;
    return {
        key: ref.key,
        identifier: ref.identifier,
        name: ref.name ?? ref.key,
        kind: "external",
        scopes: (ref.scopes ?? []).map(({ value, description }) => ({ value, description, source: { path: `${path}.scopes.${value}`, urn } })),
        rbac,
        permissionsInToken: rbac,
        userAccess: "require_grant",
        clientAccess: "require_grant",
        offlineAccess: false,
        tokenLifetime: 86400,
        signingAlg: "RS256",
        skipConsentForFirstParty: true,
        formerKeys: [],
        source: { path, urn },
    };
}
function readExternalApi(api, urn) {
    const key = api.required("key");
    const identifier = api.required("identifier");
    if (key === undefined || identifier === undefined)
        return undefined;
    const scopes = api.objects("scopes").flatMap((scope) => {
        const value = scope.required("value");
        return value === undefined ? [] : [{ value, description: scope.get("description", "string", "") }];
    });
    return externalApi({ key, identifier, name: api.get("name", "string", key), scopes }, urn);
}
/** The tenant domain from the stack's auth0 provider: an explicit provider, or a provider resource. */
function providerDomain(resources) {
    for (const resource of resources) {
        const props = resource.type === auth0_types_1.AUTH0_TYPES.provider ? resource.props : resource.provider?.props;
        if (typeof props?.domain === "string")
            return props.domain;
    }
    return undefined;
}
function readSettings(resources, config, diagnostics) {
    const components = resources.filter((r) => r.type === tenant_component_1.TENANT_COMPONENT_TYPE);
    for (const extra of components.slice(1)) {
        new props_1.PropReader(extra, diagnostics).report(`a second ${tenant_component_1.TENANT_COMPONENT_TYPE} in the stack; only '${components[0].name}' is read`);
    }
    const component = components[0];
    const tenant = component === undefined ? undefined : new props_1.PropReader(component, diagnostics);
    const urn = component?.urn;
    const waivers = (tenant?.objects("waivers") ?? []).flatMap((waiver, index) => {
        const rule = waiver.required("rule");
        const target = waiver.required("target");
        const reason = waiver.required("reason");
        if (rule === undefined || target === undefined || reason === undefined)
            return [];
        return [{ rule, target, reason, source: { path: `waivers.${index}`, urn } }];
    });
    const externalApis = config.externalApis?.map((ref) => externalApi(ref, undefined)) ??
        (tenant?.objects("externalApis") ?? []).flatMap((api) => readExternalApi(api, urn) ?? []);
    const domain = config.domain ?? providerDomain(resources);
    const fromComponent = tenant?.get("managementApiIdentifier", "string", "");
    return {
        environment: config.environment ?? (tenant ? oneOf(tenant, "environment", model_1.ENVIRONMENTS, DEFAULTS.environment) : DEFAULTS.environment),
        plan: config.plan ?? (tenant ? oneOf(tenant, "plan", model_1.PLANS, DEFAULTS.plan) : DEFAULTS.plan),
        maxAudiences: config.maxAudiences ?? tenant?.get("maxAudiences", "number", DEFAULTS.maxAudiences) ?? DEFAULTS.maxAudiences,
        waivers,
        externalApis,
        managementIdentifier: domain === undefined && fromComponent ? fromComponent : (0, management_api_1.managementApiIdentifier)(domain),
    };
}
//# sourceMappingURL=settings.js.map