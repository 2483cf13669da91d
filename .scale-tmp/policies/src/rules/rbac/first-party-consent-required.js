"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.firstPartyConsentRequired = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
exports.firstPartyConsentRequired = (0, rule_1.defineRule)({
    meta: {
        id: "first-party-consent-required",
        severity: "warning",
        description: "A first-party SPA or native app calls an API that does not skip consent: silent authentication fails with consent_required.",
        docs: "https://auth0.com/docs/get-started/applications/third-party-applications/user-consent-and-third-party-applications",
    },
    check: (model) => (0, model_index_1.resolvedGrants)(model)
        .filter(({ grant, client, api }) => grant.subjectType === "user" && client.firstParty && (0, model_index_1.isPublicClient)(client) && !api.skipConsentForFirstParty)
        .map(({ grant, client, api }) => ({
        source: grant.source,
        message: `first-party ${client.type} app '${client.key}' calls API '${api.key}', which does not skip consent for ` +
            "first-party apps: users see a consent prompt and silent token requests fail with consent_required",
        hint: api.kind === "managed"
            ? `set skipConsentForFirstParty: true on apis.${api.key}`
            : `enable "Allow Skipping User Consent" on that API in the tenant (it is not managed by this stack)`,
    })),
});
//# sourceMappingURL=first-party-consent-required.js.map