const { generateTopology } = require("/work/main/.scale-tmp/bench/generate");
const { checkTopology } = require("/work/main/.scale-tmp/topology/check");
const text = generateTopology(Number(process.argv[2]));
const t = performance.now(); checkTopology({ file: "/tmp/x/topology.yaml", text }); console.log("check", performance.now() - t);
