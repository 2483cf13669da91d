// Where a finding's path (its text form) is written in the file.
import { LineCounter, parseDocument } from "yaml";
import { DocumentLocator, type Locator } from "../../topology/load/position";

const TEXT = `version: 1
apis:
  orders:
    identifier: https://orders.example.com
    scopes:
      orders.read: Read orders
      orders.read.all: Read everyone's orders
apps:
  shop:
    callbacks:
      - https://shop.example.com/a
      - https://shop.example.com/b
`;

function locator(): Locator {
    const lines = new LineCounter();
    return new DocumentLocator(parseDocument(TEXT, { lineCounter: lines }), lines, "topology.yaml");
}

it.each([
    ['apis.orders.scopes["orders.read"]', { line: 6, column: 7 }],
    ['apis.orders.scopes["orders.read.all"]', { line: 7, column: 7 }],
    ["apps.shop.callbacks.1", { line: 12, column: 9 }],
    ["apps", { line: 8, column: 1 }],
])("finds %s, keys with dots included", (path, position) => {
    expect(locator().positionOfText(path)).toEqual(position);
});

it.each([
    ["apis.orders.tokenLifetime", { line: 3, column: 3 }],
    ["apps.shop.callbacks.7", { line: 10, column: 5 }],
    ["apps.shop.callbacks.x.y", { line: 10, column: 5 }],
])("points %s, which is not written, at its nearest written ancestor", (path, position) => {
    expect(locator().positionOfText(path)).toEqual(position);
});
