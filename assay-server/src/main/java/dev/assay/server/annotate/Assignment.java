package dev.assay.server.annotate;

import tools.jackson.databind.JsonNode;

/**
 * An item handed to one annotator, with the order its two answers are shown in (recorded, so that
 * position bias can be measured and a screen position is never mistaken for an answer).
 *
 * <pre>{@code
 * Assignment a = assignments.next(projectId, annotator).orElseThrow();
 * a.swapped();   // true: output_b is shown first
 * }</pre>
 *
 * @param id the assignment's id
 * @param itemId the item's id as imported
 * @param item the item as imported ({@code instruction}, {@code output_a}, {@code output_b}, ...)
 * @param swapped whether {@code output_b} is shown first
 * @param assignedAt when it was handed out
 */
public record Assignment(long id, String itemId, JsonNode item, boolean swapped, String assignedAt) {}
