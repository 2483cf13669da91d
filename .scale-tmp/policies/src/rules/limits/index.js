"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.limitRules = void 0;
const identifier_format_1 = require("./identifier-format");
const name_format_1 = require("./name-format");
const scope_syntax_1 = require("./scope-syntax");
const tenant_limits_1 = require("./tenant-limits");
exports.limitRules = [scope_syntax_1.scopeSyntax, identifier_format_1.identifierFormat, name_format_1.nameFormat, tenant_limits_1.tenantLimits];
//# sourceMappingURL=index.js.map