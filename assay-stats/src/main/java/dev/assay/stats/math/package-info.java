/**
 * Elementary functions shared by the models: {@link dev.assay.stats.math.Logistic}.
 *
 * <pre>{@code
 * double p = Logistic.sigmoid(rewardA - rewardB);
 * }</pre>
 */
package dev.assay.stats.math;
