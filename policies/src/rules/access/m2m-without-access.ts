import { defineRule } from "../../rule";

export const m2mWithoutAccess = defineRule({
    meta: {
        id: "m2m-without-access",
        severity: "warning",
        description: "A machine-to-machine app has no client grant, so it cannot obtain any token.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check(model) {
        const withClientGrant = new Set(model.grants.filter((g) => g.subjectType === "client").map((g) => g.client));
        return model.clients
            .filter((c) => c.type === "m2m" && !withClientGrant.has(c.key))
            .map((c) => ({
                source: c.source,
                message: `m2m client '${c.key}' has no client grant: its client-credentials requests for any API will be refused`,
                hint: "give it access to the APIs it calls, or remove it",
            }));
    },
});
