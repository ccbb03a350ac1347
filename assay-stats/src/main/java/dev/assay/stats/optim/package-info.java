/**
 * Gradient optimisers for the small networks Assay trains: {@link dev.assay.stats.optim.Adam}.
 *
 * <pre>{@code
 * Adam adam = new Adam(params.length, 1e-3);
 * adam.step(params, gradient);
 * }</pre>
 */
package dev.assay.stats.optim;
