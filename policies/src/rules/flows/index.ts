// Catalog section C: application types and flows.
import type { Rule } from "../../rule";
import { grantTypeMatrix } from "./grant-type-matrix";
import { implicitGrant } from "./implicit-grant";
import { legacyExtensibility } from "./legacy-extensibility";
import { m2mUserFlow } from "./m2m-user-flow";
import { passwordGrant } from "./password-grant";
import { publicClientAuthMethod } from "./public-client-auth-method";
import { publicClientCredentials } from "./public-client-credentials";
import { spaSigningAlg } from "./spa-signing-alg";

export const flowRules: readonly Rule[] = [
    publicClientCredentials,
    m2mUserFlow,
    grantTypeMatrix,
    implicitGrant,
    passwordGrant,
    publicClientAuthMethod,
    spaSigningAlg,
    legacyExtensibility,
];
