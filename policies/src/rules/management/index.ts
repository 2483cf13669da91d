// Catalog section B: the Management API.
import type { Rule } from "../../rule";
import { allowAllScopesSystemApi } from "./allow-all-scopes-system-api";
import { m2mManagementPrivileged } from "./m2m-management-privileged";
import { managementApiUserAccess } from "./management-api-user-access";
import { spaManagementMetadataWrite } from "./spa-management-metadata-write";
import { spaManagementScopes } from "./spa-management-scopes";
import { thirdPartySystemApi } from "./third-party-system-api";

export const managementRules: readonly Rule[] = [
    spaManagementScopes,
    spaManagementMetadataWrite,
    thirdPartySystemApi,
    m2mManagementPrivileged,
    allowAllScopesSystemApi,
    managementApiUserAccess,
];
