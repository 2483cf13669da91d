// Section G: API access policies and grants.
import type { Rule } from "../../rule";
import { allowAllScopes } from "./allow-all-scopes";
import { duplicateGrant } from "./duplicate-grant";
import { grantToDeniedApi } from "./grant-to-denied-api";
import { grantWithoutClientCredentials } from "./grant-without-client-credentials";
import { m2mWithoutAccess } from "./m2m-without-access";
import { selfCall } from "./self-call";
import { unusedApi } from "./unused-api";
import { unusedScope } from "./unused-scope";
import { userAccessAllowAll } from "./user-access-allow-all";

export const accessRules: readonly Rule[] = [
    userAccessAllowAll,
    grantToDeniedApi,
    grantWithoutClientCredentials,
    duplicateGrant,
    allowAllScopes,
    m2mWithoutAccess,
    selfCall,
    unusedScope,
    unusedApi,
];
