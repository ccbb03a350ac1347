/**
 * Judge prompt templates and rubrics as user-editable files: our YAML (+ text) format, FastChat's
 * {@code judge_prompts.jsonl} as published, and the bundled defaults; placeholder checks that
 * name {@code file:line}.
 *
 * <pre>{@code
 * PromptTemplate t = PromptTemplates.resolve("my-judge.yaml", TemplateKind.PAIRWISE);
 * Rubric r = Rubric.resolve("default");
 * }</pre>
 */
package dev.assay.eval.prompt;
