// Attributes the program asks Pulumi to replace a resource on, beyond the provider's own ForceNew
// facts (policies/src/facts/provider-contract-data.ts). `topology diff` labels changes from both.
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { own } from "../../policies/src/own";

/**
 * Auth0 refuses to turn a third-party app into a first-party one or back, and to change a
 * third-party app's security mode, while the provider would try both in place: a new client
 * (a new client id) is the only way (Auth0: third-party security controls, "Client ID format").
 */
export const REPLACE_ON_CHANGES: Readonly<Record<string, readonly string[]>> = {
    [AUTH0_TYPES.client]: ["isFirstParty", "thirdPartySecurityMode"],
};

export function replaceOnChanges(type: string): string[] {
    return [...(own(REPLACE_ON_CHANGES, type) ?? [])];
}
