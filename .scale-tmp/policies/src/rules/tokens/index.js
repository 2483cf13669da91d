"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenRules = void 0;
const offline_access_disabled_1 = require("./offline-access-disabled");
const refresh_token_rotation_1 = require("./refresh-token-rotation");
const signing_alg_hs256_1 = require("./signing-alg-hs256");
const token_lifetime_long_1 = require("./token-lifetime-long");
const token_lifetime_range_1 = require("./token-lifetime-range");
exports.tokenRules = [token_lifetime_range_1.tokenLifetimeRange, token_lifetime_long_1.tokenLifetimeLong, refresh_token_rotation_1.refreshTokenRotation, offline_access_disabled_1.offlineAccessDisabled, signing_alg_hs256_1.signingAlgHs256];
//# sourceMappingURL=index.js.map