import { defineRule } from "../../rule";

export const userAccessAllowAll = defineRule({
    meta: {
        id: "user-access-allow-all",
        severity: "warning",
        description: "An API lets any application of the tenant obtain user tokens for it (userAccess: allow_all).",
        docs: "https://auth0.com/docs/get-started/apis/api-access-policies-for-applications",
    },
    check: (model) =>
        model.apis
            // The Management API's policy is management-api-user-access' finding.
            .filter((a) => a.userAccess === "allow_all" && a.kind !== "management")
            .map((a) => ({
                source: a.source,
                message: `API '${a.key}' lets every first-party app of the tenant get user tokens for it, with or without a grant`,
                hint: `set userAccess: require_grant on apis.${a.key} and give the apps that need it access, or waive this with the reason`,
            })),
});
