package dev.assay.report.model;

/**
 * Plain text (no markup; renderers escape it).
 *
 * <pre>{@code new Paragraph("Each pair was judged in both orders.")}</pre>
 *
 * @param text the sentence(s)
 */
public record Paragraph(String text) implements Block {}
