/**
 * Jupyter notebooks as steps: {@link dev.assay.cli.notebook.NotebookRun} executes one headless with
 * papermill-style parameters through Debian's nbclient and writes it, executed, into a run folder.
 */
package dev.assay.cli.notebook;
