package dev.assay.cli;

import dev.assay.cli.pipeline.PipelineFile;
import dev.assay.cli.pipeline.export.AirflowExport;
import dev.assay.cli.pipeline.export.DagsterExport;
import dev.assay.cli.pipeline.export.ExportedStep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay export dagster|airflow PIPELINE}: a pipeline file as an orchestrator's own
 * definitions (Dagster assets launched through Pipes, or an Airflow DAG), printed or written to
 * {@code --out-file}.
 *
 * <pre>{@code
 * assay export dagster out/quickstart/pipeline.yaml --out-file dags/assay_defs.py
 * assay export airflow out/quickstart/pipeline.yaml --image assay:0.1.0 --out-file dags/assay_dag.py
 * }</pre>
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write a pipeline as Dagster assets or an Airflow DAG.",
    subcommands = {ExportCommand.Dagster.class, ExportCommand.Airflow.class})
public final class ExportCommand {

  /** Options both exports share. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline file (YAML).")
    Path pipeline;

    @Option(names = "--out-file", paramLabel = "FILE", description = "Write the Python module here (.py) instead of printing it.")
    Path outFile;

    @Option(names = "--assay-bin", paramLabel = "PATH", defaultValue = "assay",
        description = "The assay launcher the tasks call (default: ${DEFAULT-VALUE}, or $ASSAY_BIN when the module runs).")
    String assayBin;

    @Mixin OutputMode output;

    abstract String kind();

    abstract String source(List<ExportedStep> steps, Path pipeline);

    @Override
    public Integer call() {
      if (outFile != null && !outFile.getFileName().toString().endsWith(".py")) {
        throw new UsageError("--out-file: a " + kind() + " definition is a Python module; name it *.py, found " + outFile);
      }
      Path file = pipeline.toAbsolutePath().normalize();
      List<ExportedStep> steps = ExportedStep.of(PipelineFile.load(file), Main.commandLine());
      String py = source(steps, file);
      PrintWriter out = spec.commandLine().getOut();
      if (outFile == null) {
        out.print(py);
        out.flush();
        return ExitCode.OK;
      }
      try {
        Path target = outFile.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, py, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(outFile + ": cannot write: " + e.getMessage(), e);
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("kind", kind());
      summary.put("pipeline", file.toString());
      summary.put("file", outFile.toString());
      summary.put("steps", steps.stream().map(ExportedStep::name).toList());
      output.report(summary, err -> err.printf("%s: %d steps of %s -> %s%n", kind(), steps.size(), file.getFileName(), outFile));
      return ExitCode.OK;
    }
  }

  /** {@code assay export dagster}. */
  @Command(name = "dagster", mixinStandardHelpOptions = true,
      description = "Dagster definitions: one asset per step (deps from the pipeline) run through PipesSubprocessClient;"
          + " a gate step's assertions become blocking asset checks.",
      footer = {"", "Example:", "  assay export dagster pipeline.yaml --out-file assay_defs.py && dagster dev -f assay_defs.py"})
  static final class Dagster extends Base {
    @Override
    String kind() {
      return "dagster";
    }

    @Override
    String source(List<ExportedStep> steps, Path file) {
      return DagsterExport.module(steps, file, assayBin);
    }
  }

  /** {@code assay export airflow}. */
  @Command(name = "airflow", mixinStandardHelpOptions = true,
      description = "An Airflow DAG: one task per step calling the CLI (its last stdout line, a JSON summary, is the XCom);"
          + " with --image, KubernetesPodOperator tasks in the Assay image.",
      footer = {"", "Example:", "  assay export airflow pipeline.yaml --out-file dags/assay_dag.py"})
  static final class Airflow extends Base {
    @Option(names = "--image", paramLabel = "IMAGE", description = "Run each step in this image with KubernetesPodOperator.")
    String image;

    @Option(names = "--pvc", paramLabel = "CLAIM", defaultValue = "assay-work",
        description = "With --image: the persistent volume claim holding the pipeline folder, mounted at /work (default: ${DEFAULT-VALUE}).")
    String pvc;

    @Override
    String kind() {
      return "airflow";
    }

    @Override
    String source(List<ExportedStep> steps, Path file) {
      return AirflowExport.dag(steps, file, assayBin, image, pvc);
    }
  }
}
