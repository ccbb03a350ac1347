package dev.assay.cli;

import dev.assay.core.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in the user's terms, with a "did you mean" for a mistyped subcommand or option
 * (closest names by {@link Suggestions}). An unknown option is reported even when picocli first
 * saw a missing required option (which the typo usually causes).
 *
 * <pre>{@code
 * assay dedpu                  -> unknown command 'dedpu'; did you mean 'dedup'?
 * assay dedup --metod exact    -> unknown option '--metod'; did you mean '--method'?
 * }</pre>
 */
final class DidYouMean {
  private DidYouMean() {}

  /** A usage error's message and the command whose {@code --help} to point at. */
  record Problem(String message, CommandLine command) {}

  /** Explains {@code ex}, raised while parsing {@code args} (all of them, from the root). */
  static Problem explain(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      if (looksLikeOption(first)) {
        return unknownOption(cl, first);
      }
      if (!cl.getSubcommands().isEmpty()) {
        return unknownCommand(cl, first);
      }
    }
    if (ex instanceof MissingParameterException) {
      Optional<Problem> typo = firstUnknownOption(root(cl), args);
      if (typo.isPresent()) {
        return typo.get();
      }
    }
    return new Problem(ex.getMessage(), cl);
  }

  private static Problem unknownOption(CommandLine cl, String token) {
    String name = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
    List<String> longNames = new ArrayList<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          longNames.add(n.substring(2));
        }
      }
    }
    String bare = name.replaceFirst("^-+", "");
    String msg = "unknown option '" + name + "'";
    if (bare.length() > 1) {
      msg += Suggestions.closest(bare, longNames).map(s -> "; did you mean '--" + s + "'?").orElse("");
    }
    return new Problem(msg, cl);
  }

  private static Problem unknownCommand(CommandLine cl, String token) {
    List<String> names = new ArrayList<>(cl.getSubcommands().keySet());
    String msg = "unknown command '" + token + "'";
    Optional<String> best = Suggestions.closest(token, names);
    msg += best.map(s -> "; did you mean '" + s + "'?")
        .orElse(" (commands: " + String.join(", ", names) + ")");
    return new Problem(msg, cl);
  }

  /** The first option-like argument the command it belongs to does not know, walking from the root. */
  private static Optional<Problem> firstUnknownOption(CommandLine root, String[] args) {
    CommandLine cur = root;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      CommandLine sub = cur.getSubcommands().get(a);
      if (sub != null) {
        cur = sub;
        continue;
      }
      if (!looksLikeOption(a)) {
        continue;
      }
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      OptionSpec o = cur.getCommandSpec().findOption(name);
      if (o == null && !isShortCluster(cur, name)) {
        return Optional.of(unknownOption(cur, a));
      }
      if (o != null && !a.contains("=")) {
        i += Math.max(0, o.arity().min());
      }
    }
    return Optional.empty();
  }

  /** True for {@code -qo}-style clusters of known one-letter options. */
  private static boolean isShortCluster(CommandLine cl, String name) {
    if (name.startsWith("--") || name.length() < 3) {
      return false;
    }
    for (char c : name.substring(1).toCharArray()) {
      if (cl.getCommandSpec().findOption("-" + c) == null) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeOption(String arg) {
    return arg.length() > 1 && arg.startsWith("-") && !Character.isDigit(arg.charAt(1)) && arg.charAt(1) != '.';
  }

  private static CommandLine root(CommandLine cl) {
    CommandLine c = cl;
    while (c.getParent() != null) {
      c = c.getParent();
    }
    return c;
  }
}
