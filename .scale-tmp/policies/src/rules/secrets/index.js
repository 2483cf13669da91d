"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.secretRules = void 0;
const secret_in_topology_1 = require("./secret-in-topology");
exports.secretRules = [secret_in_topology_1.secretInTopology];
//# sourceMappingURL=index.js.map