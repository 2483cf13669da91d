// The Tenant component: the minimum set of @pulumi/auth0 resources for a TenantModel, all of them
// its children. Its own inputs carry what the resources alone do not show, for the policy pack.
import * as pulumi from "@pulumi/pulumi";
import type { TenantModel } from "../../policies/src/model";
import { TENANT_COMPONENT_TYPE, tenantComponentInputs } from "../../policies/src/tenant-component";
import { buildApi, type BuiltApi } from "./apis";
import { buildClient, type BuiltClient } from "./clients";
import { buildGrant } from "./grants";
import type { ChildContext } from "./options";
import { tenantOutputs, type TenantOutputs } from "./outputs";
import { buildRole } from "./roles";
import { stackModel, type TopologySource } from "./stack-model";
import { apiFinder } from "./targets";

/** A topology file or an in-memory topology, checked for the stack; or an already resolved model. */
export type TenantArgs = TopologySource | TenantModel;

export class Tenant extends pulumi.ComponentResource {
    readonly outputs: TenantOutputs;

    constructor(name: string, args: TenantArgs, opts: pulumi.ComponentResourceOptions = {}) {
        const model = "file" in args || "topology" in args ? stackModel(args) : args;
        super(TENANT_COMPONENT_TYPE, name, tenantComponentInputs(model), opts);
        const ctx: ChildContext = { parent: this, production: model.environment === "production" };

        const apis = new Map<string, BuiltApi>(
            model.apis.filter((api) => api.kind === "managed").map((api) => [api.key, buildApi(api, ctx)]),
        );
        const findApi = apiFinder(model, apis);
        const clients = new Map<string, BuiltClient>(model.clients.map((client) => [client.key, buildClient(client, ctx, findApi)]));
        for (const grant of model.grants) buildGrant(grant, clients, ctx, findApi);
        for (const role of model.roles) buildRole(role, ctx, findApi);

        this.outputs = tenantOutputs(model, clients, findApi);
        // Done registering children. The outputs are the stack's (a program returns them): registered
        // on the component too, Pulumi would serialize each of its thousands of outputs twice.
        this.registerOutputs();
    }
}
