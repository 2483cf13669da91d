"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redirectRules = void 0;
const callback_insecure_1 = require("./callback-insecure");
const callback_localhost_in_production_1 = require("./callback-localhost-in-production");
const callback_wildcard_1 = require("./callback-wildcard");
const spa_web_origin_missing_1 = require("./spa-web-origin-missing");
const web_origin_format_1 = require("./web-origin-format");
exports.redirectRules = [callback_wildcard_1.callbackWildcard, callback_insecure_1.callbackInsecure, callback_localhost_in_production_1.callbackLocalhostInProduction, web_origin_format_1.webOriginFormat, spa_web_origin_missing_1.spaWebOriginMissing];
//# sourceMappingURL=index.js.map