// The Pulumi entry point (`pulumi preview` / `pulumi up` in this directory). Pulumi runs the
// program from the project directory, runs the exported function and publishes what it returns
// as the stack outputs.
import * as path from "node:path";
import { tenantProgram } from "./topology/build/program";

export = () => tenantProgram(path.join(process.cwd(), "topology.yaml"));
