// Prints the plain closing line "N passed, N failed" that CI reads, after Jest's own summary.
class SummaryReporter {
    onRunComplete(_contexts, results) {
        const skipped = results.numPendingTests + results.numTodoTests;
        const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : "");
        process.stdout.write(`\n${line}\n`);
    }
}
module.exports = SummaryReporter;
