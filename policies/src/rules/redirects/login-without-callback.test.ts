import { api, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { DEVICE_CODE } from "../flows/grant-types";
import { loginWithoutCallback } from "./login-without-callback";

const orders = api("orders");

testRule(loginWithoutCallback, {
    valid: [
        {
            name: "a spa with a callback",
            model: tenant({ apis: [orders], clients: [client("shop", "spa", { callbacks: ["https://shop.example.com/cb"] })], grants: [grant("shop", "orders", ["read"])] }),
        },
        {
            name: "a TV app signing in with the device code flow needs no callback",
            model: tenant({ apis: [orders], clients: [client("tv", "native", { grantTypes: [DEVICE_CODE, "refresh_token"] })], grants: [grant("tv", "orders", ["read"])] }),
        },
        {
            name: "a web app with machine access only signs nobody in",
            model: tenant({ apis: [orders], clients: [client("batch", "web")], grants: [grant("batch", "orders", ["read"], { subjectType: "client" })] }),
        },
    ],
    invalid: [
        {
            name: "a spa and a web app with user access and no callback",
            model: tenant({
                apis: [orders],
                clients: [client("shop", "spa"), client("portal", "web")],
                grants: [grant("shop", "orders", ["read"]), grant("portal", "orders", ["read"])],
            }),
            findings: [
                { path: "apps.shop.callbacks", severity: "error", message: "no callback URL" },
                { path: "apps.portal.callbacks", severity: "error" },
            ],
        },
    ],
});
