/**
 * {@code assay run pipeline.yaml}: a pipeline of Assay's own commands with content-hash caching.
 *
 * <p>{@link dev.assay.cli.pipeline.PipelineFile} reads (and writes) the YAML into {@link
 * dev.assay.cli.pipeline.StepSpec}s with their lines; {@link dev.assay.cli.pipeline.StepGraph} orders
 * them from their {@code ${steps.NAME}} references and the paths under other steps' outputs;
 * {@link dev.assay.cli.pipeline.StepArguments} turns a step into the argument list of its picocli
 * command; {@link dev.assay.cli.pipeline.CacheCheck} compares a step with its {@link
 * dev.assay.cli.pipeline.LockFile} entry; {@link dev.assay.cli.pipeline.PipelineRunner} runs the
 * steps that must run, in process and in parallel, recording each one as soon as it finishes.
 * See docs/pipelines.md.
 */
package dev.assay.cli.pipeline;
