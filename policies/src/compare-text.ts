// One order for texts in reports: by UTF-16 code unit, the same on every machine. localeCompare
// follows the machine's ICU locale, so a report's order could differ between a laptop and CI, and
// it is slow enough to show in a large check.
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
