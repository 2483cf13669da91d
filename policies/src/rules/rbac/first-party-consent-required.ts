import { defineRule } from "../../rule";
import { isPublicClient, resolvedGrants } from "../model-index";

export const firstPartyConsentRequired = defineRule({
    meta: {
        id: "first-party-consent-required",
        severity: "warning",
        description:
            "A first-party SPA or native app calls an API that does not skip consent: silent authentication fails with consent_required.",
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
                hint:
                    api.kind === "managed"
                        ? `set skipConsentForFirstParty: true on apis.${api.key}`
                        : `enable "Allow Skipping User Consent" on that API in the tenant (it is not managed by this stack)`,
            })),
});
