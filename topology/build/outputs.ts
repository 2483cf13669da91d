// What the stack tells the teams that build the apps: client ids, the audiences a browser or
// native app must request (an access token carries one audience, so one token per API), API
// identifiers, and the machine clients' secrets, only ever as Pulumi secrets.
import * as pulumi from "@pulumi/pulumi";
import type { AppType, TenantModel } from "../../policies/src/model";
import { groupBy } from "../../policies/src/rules/group-by";
import { isPublicClient } from "../../policies/src/rules/model-index";
import { hasSecret, type BuiltClient } from "./clients";
import type { FindApi } from "./targets";

export interface TokenRequest {
    /** The API's identifier as written: a token request orders no resource, so it needs no output of one. */
    audience: string;
    scopes: string[];
}

export interface ClientOutputs {
    clientId: pulumi.Output<string>;
    type: AppType;
    /** spa/native only: one token per audience, each with these scopes. */
    tokenRequests?: TokenRequest[];
}

export interface TenantOutputs {
    /**
     * Every API of the model (created or referenced) by key: its identifier as written, the audience to
     * request. A plain value, known in a preview, like the token requests' audiences: Pulumi serializes
     * an output per leaf for the stack's outputs, and the server's output would order only its own
     * creation, not its scopes'. A resource that must wait for the tenant's APIs depends on the Tenant
     * (`dependsOn: [tenant]`), which waits for every resource it holds.
     */
    apis: Record<string, string>;
    /** Apps by key, and API machine clients by `<api>/caller`. */
    clients: Record<string, ClientOutputs>;
    /** Secrets of the confidential clients by key; a Pulumi secret, never plain. */
    clientSecrets: pulumi.Output<Record<string, string>>;
}

/** Per client, one token request per API it calls for users; grants grouped once, not per client. */
function tokenRequestsByClient(model: TenantModel, findApi: FindApi): Map<string, TokenRequest[]> {
    const userGrants = groupBy(
        model.grants.filter((g) => g.subjectType === "user"),
        (g) => g.client,
    );
    return new Map(
        [...userGrants].map(([client, grants]) => [
            client,
            grants.map((g) => {
                const { api } = findApi(g.api, g.source.path);
                return { audience: api.identifier, scopes: g.allowAllScopes ? api.scopes.map((s) => s.value) : g.scopes };
            }),
        ]),
    );
}

export function tenantOutputs(model: TenantModel, clients: ReadonlyMap<string, BuiltClient>, findApi: FindApi): TenantOutputs {
    const apis = Object.fromEntries(model.apis.map((api) => [api.key, api.identifier]));
    const requests = tokenRequestsByClient(model, findApi);
    const built = [...clients.values()];
    const clientOutputs = Object.fromEntries(
        built.map(({ spec: client, client: created }) => {
            const out: ClientOutputs = { clientId: created.clientId, type: client.type };
            if (isPublicClient(client)) out.tokenRequests = requests.get(client.key) ?? [];
            return [client.key, out];
        }),
    );
    const secrets = Object.fromEntries(built.filter(({ spec }) => hasSecret(spec)).map(({ spec, credentials }) => [spec.key, credentials.clientSecret]));
    return { apis, clients: clientOutputs, clientSecrets: pulumi.secret(pulumi.all(secrets)) };
}
