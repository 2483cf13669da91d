// Section F: RBAC and consent.
import type { Rule } from "../../rule";
import { firstPartyConsentRequired } from "./first-party-consent-required";
import { rbacNotForMachines } from "./rbac-not-for-machines";
import { rbacPermissionsNotInToken } from "./rbac-permissions-not-in-token";
import { rolesWithoutRbac } from "./roles-without-rbac";
import { scopeWithoutRole } from "./scope-without-role";
import { thirdPartyConsent } from "./third-party-consent";

export const rbacRules: readonly Rule[] = [
    rolesWithoutRbac,
    rbacPermissionsNotInToken,
    rbacNotForMachines,
    scopeWithoutRole,
    thirdPartyConsent,
    firstPartyConsentRequired,
];
