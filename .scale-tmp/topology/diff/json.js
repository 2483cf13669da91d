"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toJson = toJson;
const changeset_1 = require("./changeset");
function toJson(changeSet, graph) {
    return `${JSON.stringify({ risks: (0, changeset_1.risksOf)(changeSet), ...changeSet, ...(graph === undefined ? {} : { graph }) }, null, 2)}\n`;
}
//# sourceMappingURL=json.js.map