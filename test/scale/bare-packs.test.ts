// The AnalyzeStack benchmark's floors must be what bench/README.md says they are: the bare pack is
// the policy SDK as it comes, the parse pack the same pack with the project pack's request parser
// and decoder. Both read every resource and report nothing.
import * as path from "node:path";
import { encodeAnalyzeStack, openPack } from "../../topology/analyzer";
import { coherentStack } from "../pack/stacks";

const floor = (name: string) => path.join(__dirname, "../../bench", name);
/** A resource whose properties field claims more bytes than the request holds. */
const UNPARSEABLE = Buffer.from([0x0a, 0x02, 0x12, 0x05]);

async function answers(packDir: string, request: Buffer) {
    const pack = await openPack({ packDir });
    try {
        return await pack.analyzeEncoded(request);
    } finally {
        pack.close();
    }
}

it.each(["bare-pack", "parse-pack"])("%s answers a whole stack with no findings", async (name) => {
    expect(await answers(floor(name), encodeAnalyzeStack(coherentStack()))).toEqual([]);
});

it("the parse pack parses as the project's pack does, the bare pack as the SDK does", async () => {
    expect(await answers(floor("parse-pack"), UNPARSEABLE)).toEqual([expect.objectContaining({ level: "mandatory", message: expect.stringContaining("could not be parsed") })]);
    await expect(answers(floor("bare-pack"), UNPARSEABLE)).rejects.toThrow();
});
