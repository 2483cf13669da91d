"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formats = void 0;
const json_1 = require("./json");
const text_1 = require("./text");
exports.formats = {
    text: text_1.formatText,
    json: json_1.formatJson,
};
//# sourceMappingURL=index.js.map