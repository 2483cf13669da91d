"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=format.js.map