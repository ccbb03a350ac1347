/**
 * The steps of {@code assay quickstart}: the bundled sample, the pairs built from the answers QA
 * kept, the run of validate, QA, the offline judge, the leaderboard, the report and the analysis
 * tables, each through the library code its own command uses.
 *
 * <pre>{@code
 * QuickstartRun.run(Path.of("out/quickstart"), step -> System.out.println(step.name() + " " + step.line()));
 * }</pre>
 */
package dev.assay.cli.quickstart;
