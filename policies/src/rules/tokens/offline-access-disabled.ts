import { defineRule } from "../../rule";
import { resolvedGrants } from "../model-index";

export const offlineAccessDisabled = defineRule({
    meta: {
        id: "offline-access-disabled",
        severity: "warning",
        description:
            "An app with refresh tokens calls an API on the user's behalf that does not allow offline access: a warning when " +
            "none of its APIs does (the refresh tokens are never issued), a note when others do (a valid design for a sensitive API).",
        docs: "https://auth0.com/docs/get-started/apis/api-settings",
    },
    // Refresh token policies (MRRT) naming such an API are mrrt-constraints' finding, and the
    // Management API is left out: refresh tokens never cover it.
    check(model) {
        const userGrants = resolvedGrants(model).filter(({ grant, client, api }) => grant.subjectType === "user" && client.refreshToken !== null && api.kind !== "management");
        const refreshing = new Set(userGrants.filter(({ api }) => api.offlineAccess).map(({ client }) => client.key));
        return userGrants
            .filter(({ api }) => !api.offlineAccess)
            .map(({ grant, client, api }) =>
                refreshing.has(client.key)
                    ? {
                          source: grant.source,
                          severity: "info" as const,
                          message: `app '${client.key}' gets refresh tokens for other APIs but not for API '${api.key}', which does not allow offline access: its tokens are renewed by silent authentication or a new login`,
                          hint: `keep it so if '${api.key}' should not be reachable with a long-lived token; otherwise set offlineAccess: true on apis.${api.key}`,
                      }
                    : {
                          source: grant.source,
                          message: `app '${client.key}' uses refresh tokens, but API '${api.key}' does not allow offline access and none of its other APIs does: Auth0 never issues it a refresh token`,
                          hint: `set offlineAccess: true on apis.${api.key}, or drop refreshTokens from the app and renew tokens by silent authentication`,
                      },
            );
    },
});
