"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceRules = void 0;
const duplicate_identifier_1 = require("./duplicate-identifier");
const duplicate_name_1 = require("./duplicate-name");
const loader_1 = require("./loader");
const unknown_api_1 = require("./unknown-api");
const unknown_app_1 = require("./unknown-app");
const unknown_scope_1 = require("./unknown-scope");
exports.referenceRules = [
    unknown_api_1.unknownApi,
    unknown_scope_1.unknownScope,
    unknown_app_1.unknownApp,
    duplicate_identifier_1.duplicateIdentifier,
    duplicate_name_1.duplicateName,
    loader_1.undefinedVariable,
    loader_1.schema,
    loader_1.yamlSyntax,
];
//# sourceMappingURL=index.js.map