// The Pulumi entry point (`pulumi preview` / `pulumi up` in this directory), written as any team's
// program is (README: "Use it in your own repository"): Pulumi runs it from the project directory,
// and what it returns becomes the stack outputs.
import { Tenant } from "./topology";

export = async () => new Tenant("tenant", { file: "topology.yaml" }).outputs;
