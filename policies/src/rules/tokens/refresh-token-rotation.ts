import type { RefreshTokenSettings } from "../../model";
import { defineRule, type Report } from "../../rule";
import { isPublicClient } from "../model-index";

function faultsOf(settings: RefreshTokenSettings): string[] {
    const faults: string[] = [];
    if (settings.rotation !== "rotating") faults.push("do not rotate");
    if (settings.expiration !== "expiring") faults.push("never expire");
    return faults;
}

export const refreshTokenRotation = defineRule({
    meta: {
        id: "refresh-token-rotation",
        severity: "error",
        description: "A spa or native app uses refresh tokens that do not rotate or never expire.",
        docs: "https://auth0.com/docs/secure/tokens/refresh-tokens/refresh-token-rotation",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            if (!isPublicClient(client) || client.refreshToken === null) continue;
            const faults = faultsOf(client.refreshToken);
            if (faults.length === 0) continue;
            reports.push({
                source: client.source,
                message: `${client.type} app '${client.key}' keeps refresh tokens that ${faults.join(" and ")}: one stolen from the device works until someone notices`,
                hint: "use rotating, expiring refresh tokens (reuse detection revokes a stolen one)",
            });
        }
        return reports;
    },
});
