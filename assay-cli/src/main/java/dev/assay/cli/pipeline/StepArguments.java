package dev.assay.cli.pipeline;

import dev.assay.core.AssayInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Turns the steps of a pipeline into the argument lists of their picocli commands, using only the
 * commands' declared options (never their internals): {@code param_name: value} becomes {@code
 * --param-name value}, a list repeats the option, a map gives {@code --opt KEY=VALUE} per entry,
 * {@code true} is a bare flag and {@code false} leaves it out; {@code out:} becomes {@code --out};
 * {@code --quiet} is added when the command has it. {@code ${steps.NAME}} is replaced by step NAME's
 * output, and relative paths are resolved against the pipeline's folder (values of {@code Path}
 * options and positionals always; other values when such a file exists, also after a {@code
 * scheme:} prefix such as {@code onnx:model/}).
 *
 * <pre>{@code
 * Map<String, ResolvedStep> steps = StepArguments.resolve(pipeline, Main.commandLine());
 * }</pre>
 */
public final class StepArguments {
  static final Pattern REF = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern STEP_REF = Pattern.compile("steps\\.([A-Za-z0-9][A-Za-z0-9_-]*)");
  private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+-]*):(.+)");
  /** Path options a command may write rather than read: not required to exist before the step. */
  static final Pattern WRITTEN = Pattern.compile("out|cache|report|journal|log");
  private static final Set<String> NOT_STEPS = Set.of("run", "help", "quickstart");

  private StepArguments() {}

  /** Resolves every step of {@code pipeline} against the command tree {@code root}, in file order. */
  public static Map<String, ResolvedStep> resolve(Pipeline pipeline, CommandLine root) {
    Map<String, CommandSpec> specs = new LinkedHashMap<>();
    Map<String, Path> outs = new LinkedHashMap<>();
    for (StepSpec s : pipeline.steps().values()) {
      CommandSpec spec = command(pipeline, s, root);
      specs.put(s.name(), spec);
      outs.put(s.name(), outOf(pipeline, s, spec));
    }
    Map<String, List<Path>> moreOuts = new LinkedHashMap<>();
    for (StepSpec s : pipeline.steps().values()) {
      List<Path> more = new ArrayList<>();
      for (int i = 0; i < s.outputs().size(); i++) {
        String o = s.outputs().get(i);
        if (REF.matcher(o).find()) {
          throw new AssayInputException(pipeline.where(s, "outputs/" + i) + ": step '" + s.name()
              + "': 'outputs:' cannot name another step's output");
        }
        more.add(pipeline.dir().resolve(o).normalize());
      }
      moreOuts.put(s.name(), more);
    }
    Map<String, ResolvedStep> out = new LinkedHashMap<>();
    for (StepSpec s : pipeline.steps().values()) {
      out.put(s.name(), new Builder(pipeline, s, specs.get(s.name()), outs, moreOuts).build());
    }
    return out;
  }

  private static CommandSpec command(Pipeline p, StepSpec s, CommandLine root) {
    CommandLine cl = root;
    for (String word : s.commandWords()) {
      CommandLine sub = cl.getSubcommands().get(word);
      if (sub == null || (cl == root && NOT_STEPS.contains(word))) {
        Set<String> known = new TreeSet<>(cl.getSubcommands().keySet());
        if (cl == root) {
          known.removeAll(NOT_STEPS);
        }
        throw new AssayInputException(p.where(s, "command") + ": step '" + s.name() + "': '" + s.command()
            + "' is not an Assay command (" + (cl == root ? "" : cl.getCommandName() + " has: ") + String.join(", ", known) + ")");
      }
      cl = sub;
    }
    if (!cl.getSubcommands().isEmpty() && cl.getSubcommands().keySet().stream().anyMatch(k -> !k.equals("help"))
        && cl.getCommandSpec().userObject() != null && !(cl.getCommandSpec().userObject() instanceof java.util.concurrent.Callable<?>)
        && !(cl.getCommandSpec().userObject() instanceof Runnable)) {
      throw new AssayInputException(p.where(s, "command") + ": step '" + s.name() + "': '" + s.command()
          + "' needs a subcommand (" + String.join(", ", new TreeSet<>(cl.getSubcommands().keySet())) + ")");
    }
    return cl.getCommandSpec();
  }

  private static Path outOf(Pipeline p, StepSpec s, CommandSpec spec) {
    OptionSpec o = spec.findOption("--out");
    if (s.out() != null) {
      if (o == null) {
        throw new AssayInputException(p.where(s, "out") + ": step '" + s.name() + "': " + spec.qualifiedName()
            + " has no --out; remove 'out:'");
      }
      if (REF.matcher(s.out()).find()) {
        throw new AssayInputException(p.where(s, "out") + ": step '" + s.name() + "': 'out:' cannot name another step's output");
      }
      return p.dir().resolve(s.out()).normalize();
    }
    if (o == null) {
      return null;
    }
    if (o.paramLabel().toUpperCase(Locale.ROOT).contains("FILE")) {
      throw new AssayInputException(p.where(s, "") + ": step '" + s.name() + "' needs 'out:' (the file "
          + spec.qualifiedName() + " writes, e.g. " + s.name() + "/" + s.name() + ".html)");
    }
    return p.dir().resolve(s.name()).normalize();
  }

  /**
   * {@code --out-file} when the command has one and {@code out} names a file (it has an extension
   * and is no folder), as {@code report}'s page; else {@code --out}.
   */
  static String outFlag(CommandSpec spec, Path out) {
    String name = out.getFileName().toString();
    boolean file = name.lastIndexOf('.') > 0 && !Files.isDirectory(out);
    return file && spec.findOption("--out-file") != null ? "--out-file" : "--out";
  }

  /** Builds one step's arguments and inputs. */
  private static final class Builder {
    private final Pipeline p;
    private final StepSpec s;
    private final CommandSpec spec;
    private final Map<String, Path> outs;
    private final Map<String, List<Path>> moreOuts;
    private final List<String> argv = new ArrayList<>();
    private final List<StepInput> inputs = new ArrayList<>();
    private final Set<String> deps = new LinkedHashSet<>();

    Builder(Pipeline p, StepSpec s, CommandSpec spec, Map<String, Path> outs, Map<String, List<Path>> moreOuts) {
      this.p = p;
      this.s = s;
      this.spec = spec;
      this.outs = outs;
      this.moreOuts = moreOuts;
    }

    ResolvedStep build() {
      argv.addAll(s.commandWords());
      List<PositionalParamSpec> positionals = spec.positionalParameters();
      for (int i = 0; i < s.args().size(); i++) {
        String key = "args/" + i;
        PositionalParamSpec pos = positionalAt(positionals, i);
        argv.add(value(key, s.args().get(i), pos != null && isPath(pos), true));
      }
      s.params().forEach(this::param);
      Path out = outs.get(s.name());
      if (out != null) {
        argv.add(outFlag(spec, out));
        argv.add(out.toString());
      }
      List<Path> more = moreOuts.get(s.name());
      if (spec.findOption("--quiet") != null && !s.params().containsKey("quiet")) {
        argv.add("--quiet");
      }
      for (int i = 0; i < s.inputs().size(); i++) {
        String text = s.inputs().get(i);
        String resolved = substitute("inputs/" + i, text);
        boolean glob = resolved.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
        Path path = glob ? Path.of(p.dir().resolve(resolved).toString()) : p.dir().resolve(resolved).normalize();
        inputs.add(new StepInput("inputs/" + i, text, path, glob, true));
      }
      return new ResolvedStep(s, argv, relative(argv), out, more, inputs, deps);
    }

    private void param(String name, Object value) {
      String key = "params/" + name;
      if (name.equals("out")) {
        throw new AssayInputException(p.where(s, key) + ": step '" + s.name() + "': write the output as the step's 'out:', not as a param");
      }
      String flag = "--" + name.replace('_', '-');
      OptionSpec o = spec.findOption(flag);
      if (o == null) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec os : spec.options()) {
          String longest = os.longestName();
          if (longest.startsWith("--") && !longest.equals("--help") && !longest.equals("--version")) {
            names.add(longest.substring(2).replace('-', '_'));
          }
        }
        throw new AssayInputException(p.where(s, key) + ": step '" + s.name() + "': " + spec.qualifiedName()
            + " has no option " + flag + " (params: " + String.join(", ", names) + ")");
      }
      if (value instanceof Boolean b) {
        if (o.typeInfo().isBoolean()) {
          if (b) {
            argv.add(flag);
          }
          return;
        }
        value = b.toString();
      }
      if (value instanceof Map<?, ?> m) {
        m.forEach((k, v) -> {
          argv.add(flag);
          argv.add(k + "=" + value(key + "/" + k, String.valueOf(v), false, false));
        });
        return;
      }
      Collection<?> values = value instanceof List<?> l ? l : List.of(value);
      int i = 0;
      for (Object v : values) {
        argv.add(flag);
        argv.add(value(values.size() == 1 && !(value instanceof List<?>) ? key : key + "/" + i, String.valueOf(v), isPath(o),
            isPath(o) && !WRITTEN.matcher(name).find()));
        i++;
      }
    }

    /** Resolves references and relative paths in one value and records it as an input when it names a path. */
    private String value(String key, String text, boolean pathTyped, boolean required) {
      String v = substitute(key, text);
      boolean referenced = !v.equals(text);
      if (pathTyped || referenced) {
        Path path = p.dir().resolve(v).normalize();
        inputs.add(new StepInput(key, text, path, false, required || referenced));
        return path.toString();
      }
      Path candidate = p.dir().resolve(v).normalize();
      if (!v.isEmpty() && !v.startsWith("-") && Files.exists(candidate)) {
        inputs.add(new StepInput(key, text, candidate, false, false));
        return candidate.toString();
      }
      if (!v.isEmpty() && !v.startsWith("-") && insideAnotherStepsOutput(candidate)) {
        // Not there yet, but another step writes it: a dependency, as in DVC.
        inputs.add(new StepInput(key, text, candidate, false, true));
        return candidate.toString();
      }
      Matcher m = SCHEME.matcher(v);
      if (m.matches() && m.group(2).length() > 1) {
        Path inner = p.dir().resolve(m.group(2)).normalize();
        if (Files.exists(inner)) {
          inputs.add(new StepInput(key, text, inner, false, false));
          return m.group(1) + ":" + inner;
        }
      }
      return v;
    }

    private boolean insideAnotherStepsOutput(Path candidate) {
      for (String other : outs.keySet()) {
        if (other.equals(s.name())) {
          continue;
        }
        Path out = outs.get(other);
        if ((out != null && candidate.startsWith(out)) || moreOuts.get(other).stream().anyMatch(candidate::startsWith)) {
          return true;
        }
      }
      return false;
    }

    private String substitute(String key, String text) {
      Matcher m = REF.matcher(text);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        Matcher step = STEP_REF.matcher(m.group(1).trim());
        if (!step.matches()) {
          throw new AssayInputException(p.where(s, key) + ": step '" + s.name() + "': '${" + m.group(1)
              + "}' is not a reference; write ${steps.NAME} for the output of step NAME");
        }
        String name = step.group(1);
        if (!p.steps().containsKey(name)) {
          throw new AssayInputException(p.where(s, key) + ": step '" + s.name() + "': no step '" + name
              + "' produces ${steps." + name + "} (steps: " + String.join(", ", p.steps().keySet()) + ")");
        }
        Path out = outs.get(name);
        if (out == null) {
          throw new AssayInputException(p.where(s, key) + ": step '" + s.name() + "': step '" + name + "' writes no output to refer to");
        }
        if (name.equals(s.name())) {
          throw new AssayInputException(p.where(s, key) + ": step '" + s.name() + "' refers to its own output");
        }
        deps.add(name);
        m.appendReplacement(b, Matcher.quoteReplacement(out.toString()));
      }
      m.appendTail(b);
      return b.toString();
    }

    private List<String> relative(List<String> args) {
      String dir = p.dir().toString();
      List<String> rel = new ArrayList<>();
      for (String a : args) {
        if (a.equals(dir)) {
          rel.add(".");
        } else if (a.startsWith(dir + File.separator)) {
          rel.add(a.substring(dir.length() + 1).replace(File.separatorChar, '/'));
        } else {
          rel.add(a.replace(dir + File.separator, ""));
        }
      }
      return rel;
    }
  }

  private static PositionalParamSpec positionalAt(List<PositionalParamSpec> positionals, int i) {
    for (PositionalParamSpec pos : positionals) {
      CommandLine.Range r = pos.index();
      if (i >= r.min() && (r.isUnspecified() || i <= r.max())) {
        return pos;
      }
    }
    return positionals.isEmpty() ? null : positionals.get(positionals.size() - 1);
  }

  private static boolean isPath(ArgSpec a) {
    Class<?> t = a.typeInfo().getType();
    if (t == Path.class || t == File.class) {
      return true;
    }
    for (Class<?> aux : a.typeInfo().getAuxiliaryTypes()) {
      if (aux == Path.class || aux == File.class) {
        return a.typeInfo().isCollection() || a.typeInfo().isArray();
      }
    }
    // data-set inputs are strings (files, directories or globs, expanded by the command): named by their label
    boolean text = t == String.class || (a.typeInfo().isCollection() && a.typeInfo().getAuxiliaryTypes().length > 0
        && a.typeInfo().getAuxiliaryTypes()[0] == String.class);
    return text && PATH_LABELS.contains(a.paramLabel().replaceAll("[<>.]", "").toUpperCase(Locale.ROOT));
  }

  /** Labels of string arguments that are paths (a data set's files, directories or globs). */
  private static final Set<String> PATH_LABELS = Set.of("INPUT", "IN", "PAIRS", "TRAIN", "FILE", "PATH", "DIR", "RUN", "RUN_DIR");
}
