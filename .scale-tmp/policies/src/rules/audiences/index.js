"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.audienceRules = void 0;
const audience_sprawl_1 = require("./audience-sprawl");
const mrrt_constraints_1 = require("./mrrt-constraints");
const multi_audience_app_1 = require("./multi-audience-app");
exports.audienceRules = [multi_audience_app_1.multiAudienceApp, audience_sprawl_1.audienceSprawl, mrrt_constraints_1.mrrtConstraints];
//# sourceMappingURL=index.js.map