const { generateTopology } = require("/work/main/.scale-tmp/bench/generate");
const { checkTopology } = require("/work/main/.scale-tmp/topology/check");
const YAML = require("yaml");
for (const n of process.argv.slice(2).map(Number)) {
  const text = generateTopology(n);
  let t = performance.now(); const r = checkTopology({ file: "/tmp/x/topology.yaml", text }); const c = performance.now() - t;
  t = performance.now(); YAML.parse(text); const y = performance.now() - t;
  const errs = r.findings.filter(f => f.severity === "error");
  console.log(n, (text.length/1e6).toFixed(2)+"MB", "check", c.toFixed(0), "yaml", y.toFixed(0), "ratio", (c/y).toFixed(2), "errors", errs.length, "warnings", r.findings.filter(f=>f.severity==="warning").length, errs.slice(0,3).map(f=>f.rule+" "+f.path+" "+f.message));
}
const r = checkTopology({ file: "/tmp/x/topology.yaml", text: generateTopology(8) });
console.log(r.findings.map(f => `${f.severity} ${f.rule} ${f.path} ${f.message}`).join("\n"));
