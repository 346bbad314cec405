package io.rolecall.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A mistake on the command line, said in plain words: what was not understood first (an unknown
 * command or option hides behind "missing required option" otherwise), with the closest name the
 * command really has. picocli's own suggestions are by prefix and letters in common, so it offered
 * {@code --from} for {@code --fromat} and {@code raci} for {@code sacn}; a typo is most often one
 * letter wrong, missing, added or swapped, which is what the edit distance here counts.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** The one line that explains {@code e}, without a "rolecall:" prefix. */
    static String describe(CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        List<String> unmatched = command.getUnmatchedArguments();
        if (!unmatched.isEmpty()) {
            return unmatched(command, unmatched);
        }
        String message = e.getMessage() == null ? "the command line could not be read" : e.getMessage();
        // picocli starts some messages (argument groups) with its own "Error: ".
        message = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && arg.completionCandidates() != null) {
            List<String> candidates = new ArrayList<>();
            arg.completionCandidates().forEach(candidates::add);
            Optional<String> closest = closest(e.getValue(), candidates);
            if (closest.isPresent()) {
                message += "; did you mean " + closest.get() + "?";
            }
        }
        return message;
    }

    private static String unmatched(CommandLine command, List<String> unmatched) {
        CommandSpec spec = command.getCommandSpec();
        String first = unmatched.get(0);
        String where = "'" + spec.qualifiedName() + "'";
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> options = new ArrayList<>();
            for (OptionSpec option : spec.options()) {
                options.addAll(List.of(option.names()));
            }
            return "unknown option '" + name + "' for " + where + closest(name, options)
                    .map(option -> "; did you mean " + option + "?").orElse("");
        }
        if (!spec.subcommands().isEmpty()) {
            return "'" + first + "' is not a command of " + where + closest(first, List.copyOf(spec.subcommands()
                    .keySet())).map(name -> "; did you mean " + name + "?").orElse("; its commands are "
                    + String.join(", ", spec.subcommands().keySet()));
        }
        return "unexpected argument '" + first + "' for " + where + (unmatched.size() > 1 ? " (and "
                + (unmatched.size() - 1) + " more after it)" : "");
    }

    /** The candidate nearest to {@code typed}, when it is near enough to be what was meant. */
    static Optional<String> closest(String typed, List<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, wanted.replaceFirst("^-+", "").length() / 3));
        return candidates.stream()
                .filter(candidate -> distance(wanted, candidate.toLowerCase(Locale.ROOT)) <= allowed)
                .min(Comparator.comparingInt((String candidate) -> distance(wanted, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring letters, each counting one ("fromat" is one from "format", two from "from").
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
