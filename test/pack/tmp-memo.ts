import { startPack } from "../../topology/analyzer/pack-process";
import { openPack } from "../../topology/analyzer";
import { coherentStack } from "./stacks";
(async () => {
  const s = await openPack({ packDir: "policies" });
  await s.analyze(coherentStack()); await s.analyze(coherentStack());
  s.close();
  void startPack;
})();
