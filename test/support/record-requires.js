// Preloaded with `node -r`: writes the bare package names this process required, one per line,
// to the file in RECORD_REQUIRES when it exits.
const fs = require("node:fs");
const Module = require("node:module");

const required = new Set();
const load = Module._load;
Module._load = function (request, ...rest) {
    if (!request.startsWith(".") && !request.startsWith("/") && !request.startsWith("node:")) required.add(request);
    return load.call(this, request, ...rest);
};
process.on("exit", () => fs.writeFileSync(process.env.RECORD_REQUIRES, [...required].join("\n")));
