import type { Api } from "../../model";
import { defineRule } from "../../rule";
import { isPublicClient, resolvedGrants } from "../model-index";

function consentHint(api: Api): string {
    if (api.kind === "managed") return `set skipConsentForFirstParty: true on apis.${api.key}`;
    const where = `enable "Allow Skipping User Consent" on that API in the tenant (it is not managed by this stack)`;
    // The Management API does not skip consent until someone enables it.
    return api.kind === "management" ? `${where} and say tenant.managementApi.skipConsentForFirstParty: true` : where;
}

export const firstPartyConsentRequired = defineRule({
    meta: {
        id: "first-party-consent-required",
        severity: "warning",
        description:
            "A first-party SPA or native app calls an API that does not skip consent (the Management API does not, by default): " +
            "silent authentication fails with consent_required.",
        docs: "https://auth0.com/docs/get-started/applications/third-party-applications/user-consent-and-third-party-applications",
    },
    check: (model) =>
        resolvedGrants(model)
            .filter(
                ({ grant, client, api }) =>
                    grant.subjectType === "user" && client.firstParty && isPublicClient(client) && !api.skipConsentForFirstParty,
            )
            .map(({ grant, client, api }) => ({
                source: grant.source,
                message:
                    `first-party ${client.type} app '${client.key}' calls API '${api.key}', which does not skip consent for ` +
                    "first-party apps: users see a consent prompt and silent token requests fail with consent_required",
                hint: consentHint(api),
            })),
});
