// Catalog section D: redirects and origins.
import type { Rule } from "../../rule";
import { callbackInsecure } from "./callback-insecure";
import { callbackLocalhostInProduction } from "./callback-localhost-in-production";
import { callbackWildcard } from "./callback-wildcard";
import { loginWithoutCallback } from "./login-without-callback";
import { spaWebOriginMissing } from "./spa-web-origin-missing";
import { webOriginFormat } from "./web-origin-format";

export const redirectRules: readonly Rule[] = [
    callbackWildcard,
    callbackInsecure,
    callbackLocalhostInProduction,
    webOriginFormat,
    spaWebOriginMissing,
    loginWithoutCallback,
];
