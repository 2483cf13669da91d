import { defineRule } from "../../rule";
import { apiUsage } from "./api-usage";

export const unusedApi = defineRule({
    meta: {
        id: "unused-api",
        severity: "warning",
        description: "A managed API that no app, API or role references.",
        docs: "https://auth0.com/docs/get-started/auth0-overview/set-up-apis",
    },
    check(model) {
        const usage = apiUsage(model);
        return model.apis
            .filter((a) => a.kind === "managed" && !usage.has(a.key))
            .map((a) => ({
                source: a.source,
                message:
                    a.userAccess === "allow_all"
                        ? `API '${a.key}' is not referenced by any app's access, any API's calls or any role, yet with userAccess: allow_all every first-party app can get user tokens for it without a grant`
                        : `API '${a.key}' is not referenced by any app's access, any API's calls or any role: nothing can obtain a token for it`,
                hint: `give the apps that call it access to ${a.key}, or remove the API`,
            }));
    },
});
