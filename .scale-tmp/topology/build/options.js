"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.childOptions = childOptions;
function childOptions(ctx, formerNames, extra = {}) {
    const options = { parent: ctx.parent };
    if (formerNames.length > 0)
        options.aliases = formerNames.map((name) => ({ name }));
    if (extra.protectInProduction === true && ctx.production)
        options.protect = true;
    if (extra.dependsOn !== undefined && extra.dependsOn.length > 0)
        options.dependsOn = extra.dependsOn;
    return options;
}
//# sourceMappingURL=options.js.map