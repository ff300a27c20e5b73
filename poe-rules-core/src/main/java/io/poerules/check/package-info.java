/**
 * Rule regression suites: a folder of documents and engagements with their expected outcomes
 * ({@code expected.json}), run against a validator, compared, and reported as a readable diff, as
 * JUnit XML, or written back after review. {@code poe check}, the JUnit 5 helper of
 * {@code poe-rules-junit} and the project's own sample tests all use these classes.
 *
 * <pre>{@code
 * Suite suite = Suite.read(Path.of("rules-suite"));
 * try (PoeValidator validator = PoeValidator.builder().build()) {
 *     SuiteResult result = SuiteRunner.run(suite, validator);
 *     System.out.print(SuiteReport.text(result));
 * }
 * }</pre>
 */
package io.poerules.check;
