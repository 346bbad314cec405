package io.rolecall.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core words what happened in the domain's terms; the CLI and the functions say which command or option
 * to use, and the framework packs say which clause. So no text core can show a user, its string literals
 * and its templates, names a command-line option, a rolecall command, or an ISO clause written in.
 */
class CoreWordingTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern OPTION = Pattern.compile("(^|[\\s'(\\[])--[a-z]");
    private static final Pattern COMMAND = Pattern.compile("\\brolecall (?!link encryption|link signature|pack file:)");
    private static final Pattern ISO_TEXT = Pattern.compile("ISO/IEC|ISO 27001|27001:2022|[Cc]lause \\d|\\bA\\.\\d+\\.\\d+");

    @Test
    void noStringLiteralOfCoreNamesAnOptionACommandOrAnIsoClause() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : stringLiterals(Files.readString(file))) {
                    if (OPTION.matcher(literal).find() || COMMAND.matcher(literal).find()
                            || ISO_TEXT.matcher(literal).find()) {
                        offending.add(MAIN.relativize(file) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(offending).as("core string literals naming an option, a command or an ISO clause").isEmpty();
    }

    @Test
    void noTemplateNamesAnOptionACommandOrAnIsoClause() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (OPTION.matcher(lines[i]).find() || COMMAND.matcher(lines[i]).find()
                            || ISO_TEXT.matcher(lines[i]).find()) {
                        offending.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(offending).as("templates naming an option, a command or an ISO clause").isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(stringLiterals("""
                // "--not-this" in a comment
                /* nor "rolecall scan" here */
                String a = "use --as-of"; char c = '"'; String b = "see 'rolecall findings'";
                String d = "ISO/IEC 27001:2022 5.3";
                """)).containsExactly("use --as-of", "see 'rolecall findings'", "ISO/IEC 27001:2022 5.3");
        assertThat(OPTION.matcher("use --as-of").find()).isTrue();
        assertThat(OPTION.matcher("--- # marker").find()).isFalse();
        assertThat(COMMAND.matcher("see 'rolecall findings'").find()).isTrue();
        assertThat(ISO_TEXT.matcher("(clause 10.2 asks)").find()).isTrue();
        assertThat(ISO_TEXT.matcher("Segregation of duties conflicts (A.5.3)").find()).isTrue();
    }

    /** The contents of the string literals and text blocks of Java source, comments left out. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (source.charAt(j) != c) {
                    if (source.charAt(j) == '\\') {
                        literal.append(source.charAt(j++));
                    }
                    literal.append(source.charAt(j++));
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }
}
