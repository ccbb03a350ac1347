package dev.assay.report.summary;

/**
 * One identity group's numbers from a bias audit.
 *
 * <pre>{@code new GroupBias("muslim", 300, 0.75, 0.71, 0.93, 0.18)}</pre>
 *
 * @param group the group
 * @param size labelled records that mention it
 * @param subgroupAuc AUC within the group
 * @param bpsnAuc background-positive, subgroup-negative AUC (low: the group's harmless texts score high)
 * @param bnspAuc background-negative, subgroup-positive AUC
 * @param falsePositiveRate share of the group's non-toxic records scored toxic at the threshold
 */
public record GroupBias(String group, long size, double subgroupAuc, double bpsnAuc, double bnspAuc, double falsePositiveRate) {}
