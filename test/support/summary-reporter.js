/**
 * Ends the run with the plain line `N passed, N failed`, the summary CI
 * reads; jest's own summary is not recognised there.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `${results.numPassedTests} passed, ${failed} failed\n`,
    );
  }
}

module.exports = SummaryReporter;
