// Catalog section C: application types and flows.
import type { Rule } from "../../rule";
import { grantTypeMatrix } from "./grant-type-matrix";
import { idTokenHs256 } from "./id-token-hs256";
import { implicitGrant } from "./implicit-grant";
import { legacyExtensibility } from "./legacy-extensibility";
import { m2mUserFlow } from "./m2m-user-flow";
import { oidcConformant } from "./oidc-conformant";
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
    idTokenHs256,
    oidcConformant,
    legacyExtensibility,
];
