// fast-check arbitraries for hostile stacks: resources of every Auth0 type the pack reads (and some
// it does not), whose properties are missing, of the wrong type, unknown, or anything at all.
import fc from "fast-check";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { UNKNOWN, type PackResource } from "../../policies/src/pack/resource";
import { TENANT_COMPONENT_TYPE } from "../../policies/src/tenant-component";

/** Every property name the pack reads on some resource type. */
const PROPS = [
    "identifier", "name", "enforcePolicies", "tokenDialect", "subjectTypeAuthorization", "user", "client", "policy", "allowOfflineAccess",
    "tokenLifetime", "signingAlg", "skipConsentForVerifiableFirstPartyClients", "resourceServerIdentifier", "scopes", "scope", "description",
    "appType", "grantTypes", "isFirstParty", "callbacks", "allowedLogoutUrls", "webOrigins", "allowedOrigins", "oidcConformant",
    "jwtConfiguration", "alg", "refreshToken", "rotationType", "expirationType", "idleTokenLifetime", "policies", "audience", "clientId",
    "authenticationMethod", "subjectType", "allowAllScopes", "roleId", "permissions", "permission", "resourceServerName", "environment",
    "plan", "maxAudiences", "waivers", "rule", "target", "reason", "externalApis", "key", "value", "managementApiIdentifier", "domain",
] as const;

const TYPES = [...Object.values(AUTH0_TYPES), TENANT_COMPONENT_TYPE, "aws:s3/bucket:Bucket", ""];

/** Any JSON value, the pack's UNKNOWN, or a structure built from the pack's own property names. */
export const propValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(UNKNOWN),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...PROPS), tie("value"), { maxKeys: 4 }),
    ),
})).value;

const props = fc.dictionary(fc.oneof(fc.constantFrom(...PROPS), fc.string()), propValue, { maxKeys: 8 });

const name = fc.oneof(fc.constantFrom("a", "b", "a/caller", "api", "tenant"), fc.string({ maxLength: 12 }));

/** A stack of hostile resources whose dependencies point at each other, at nothing, or at garbage. */
export const hostileStack: fc.Arbitrary<PackResource[]> = fc
    .array(fc.record({ type: fc.constantFrom(...TYPES), name, props, aliases: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }) }), {
        maxLength: 12,
    })
    .chain((drafts) => {
        const urns = drafts.map((d, i) => `urn:pulumi:dev::fuzz::${d.type}::${d.name}${i}`);
        const dependency = fc.dictionary(fc.constantFrom(...PROPS), fc.array(fc.oneof(fc.constantFrom(...urns, "urn:nowhere"), fc.string()), { maxLength: 3 }), {
            maxKeys: 3,
        });
        return fc.tuple(...drafts.map(() => dependency)).map((deps) =>
            drafts.map((d, i): PackResource => {
                const resource: PackResource = { urn: urns[i]!, type: d.type, name: d.name, props: d.props, propertyDependencies: deps[i]! };
                if (d.aliases !== undefined) resource.aliases = d.aliases;
                return resource;
            }),
        );
    });
