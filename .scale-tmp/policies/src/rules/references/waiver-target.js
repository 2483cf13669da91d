"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.waiverTargetKey = waiverTargetKey;
/** The key a waiver's target names in a section (`apis.catalog.x` -> catalog for "apis"), if any. */
function waiverTargetKey(waiver, section) {
    const [first, key] = waiver.target.split(".");
    return first === section && key !== undefined && key !== "" ? key : undefined;
}
//# sourceMappingURL=waiver-target.js.map