"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rulesById = exports.rules = void 0;
const run_1 = require("../run");
const access_1 = require("./access");
const audiences_1 = require("./audiences");
const flows_1 = require("./flows");
const limits_1 = require("./limits");
const management_1 = require("./management");
const rbac_1 = require("./rbac");
const redirects_1 = require("./redirects");
const references_1 = require("./references");
const secrets_1 = require("./secrets");
const tokens_1 = require("./tokens");
exports.rules = [
    ...references_1.referenceRules,
    ...management_1.managementRules,
    ...flows_1.flowRules,
    ...redirects_1.redirectRules,
    ...tokens_1.tokenRules,
    ...rbac_1.rbacRules,
    ...access_1.accessRules,
    ...audiences_1.audienceRules,
    ...limits_1.limitRules,
    ...secrets_1.secretRules,
    run_1.UNUSED_WAIVER_RULE,
];
exports.rulesById = new Map(exports.rules.map((r) => [r.meta.id, r]));
//# sourceMappingURL=index.js.map