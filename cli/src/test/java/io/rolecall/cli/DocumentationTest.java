package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README and the pages under docs/ as a newcomer follows them: every command line they show
 * parses with the command's own options, every link leads to a file and a heading that exist, and
 * every page of docs/ opens with a table of contents of its sections.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    private static final List<List<String>> LAUNCHERS = List.of(List.of("bin/rolecall"), List.of("rolecall"),
            List.of("java", "-jar", "cli/target/rolecall.jar"));

    /** A line of a page, for messages: the file and line number, and the text. */
    private record Line(Path file, int number, String text) {
        String where() {
            return ROOT.relativize(file) + ":" + number;
        }
    }

    private static List<Path> pages() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
            pages.addAll(docs.filter(file -> file.toString().endsWith(".md")).sorted().toList());
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCommandLineShownParsesWithTheCommandsOwnOptions() {
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (Path page : pages()) {
            for (Line line : commandLines(page)) {
                for (List<String> args : invocations(line.text())) {
                    parsed++;
                    try {
                        String[] array = args.toArray(String[]::new);
                        RoleCallCommand.commandLine(Map.of(), Writer.nullWriter(), Writer.nullWriter(), array)
                                .parseArgs(array);
                    } catch (CommandLine.ParameterException e) {
                        failures.add(line.where() + ": rolecall " + String.join(" ", args) + "\n    " + e.getMessage());
                    }
                }
            }
        }
        assertThat(failures).as("command lines that the command would refuse").isEmpty();
        assertThat(parsed).as("command lines found in the README and docs/").isGreaterThan(20);
    }

    @Test
    void everyLinkLeadsToAFileAndAHeadingThatExist() {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (Line line : prose(page)) {
                Matcher link = LINK.matcher(line.text());
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("(?i)(https?|mailto):.*")) {
                        continue;
                    }
                    int hash = target.indexOf('#');
                    String path = hash < 0 ? target : target.substring(0, hash);
                    Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                    if (!Files.exists(file)) {
                        broken.add(line.where() + ": " + target + " (no such file)");
                    } else if (hash >= 0 && !anchors.computeIfAbsent(file, DocumentationTest::anchorsOf)
                            .contains(target.substring(hash + 1))) {
                        broken.add(line.where() + ": " + target + " (no such heading)");
                    }
                }
            }
        }
        for (Path page : pages()) {
            for (Line line : prose(page)) {
                Matcher image = IMAGE.matcher(line.text());
                while (image.find()) {
                    if (!Files.exists(page.getParent().resolve(image.group(1)))) {
                        broken.add(line.where() + ": " + image.group(1) + " (no such picture)");
                    }
                }
            }
        }
        assertThat(broken).as("links and pictures that lead nowhere").isEmpty();
    }

    @Test
    void everyPageOfTheDocsOpensWithATableOfItsSections() {
        for (Path page : pages().subList(1, pages().size())) {
            List<String> sections = new ArrayList<>();
            List<String> contents = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean beforeFirstSection = true;
            for (Line line : prose(page)) {
                Matcher heading = Pattern.compile("^(#{1,6}) (.+)$").matcher(line.text());
                if (heading.matches()) {
                    String anchor = anchor(heading.group(2), seen);
                    if (heading.group(1).length() > 1) {
                        beforeFirstSection = false;
                    }
                    if (heading.group(1).length() == 2 || heading.group(1).length() == 3) {
                        sections.add(anchor);
                    }
                } else if (beforeFirstSection && line.text().matches("\\s*- \\[.*")) {
                    Matcher link = LINK.matcher(line.text());
                    if (link.find() && link.group(1).startsWith("#")) {
                        contents.add(link.group(1).substring(1));
                    }
                }
            }
            assertThat(contents).as("the table of contents of %s, before its first section", ROOT.relativize(page))
                    .isEqualTo(sections);
        }
    }

    /** The lines of shell blocks that run the command, continuation lines joined. */
    private static List<Line> commandLines(Path page) {
        List<Line> found = new ArrayList<>();
        List<String> lines = lines(page);
        boolean shell = false;
        boolean fenced = false;
        StringBuilder joined = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.strip().startsWith("```")) {
                fenced = !fenced;
                shell = fenced && text.strip().matches("```(sh|bash|shell)");
                continue;
            }
            if (shell) {
                if (joined == null) {
                    joined = new StringBuilder();
                    start = i + 1;
                }
                if (text.endsWith("\\")) {
                    joined.append(text, 0, text.length() - 1).append(' ');
                    continue;
                }
                joined.append(text);
                found.add(new Line(page, start, joined.toString()));
                joined = null;
            } else if (!fenced) {
                Matcher code = INLINE_CODE.matcher(text);
                while (code.find()) {
                    String span = code.group(1);
                    // A synopsis shows choices and optional parts, and a command's bare name refers to it;
                    // a span with options shows what to type.
                    boolean synopsis = span.contains("[") || span.contains("|") || span.contains("...")
                            || span.contains("…");
                    boolean typed = span.contains(" -");
                    if (typed && !synopsis && LAUNCHERS.stream().anyMatch(launcher -> span.startsWith(launcher.get(0) + " "))) {
                        found.add(new Line(page, i + 1, span));
                    }
                }
            }
        }
        return found;
    }

    /** The arguments of each call of the command in one shell line (a pipeline or a list may hold several). */
    private static List<List<String>> invocations(String line) {
        List<List<String>> calls = new ArrayList<>();
        for (List<String> segment : ShellWords.segments(line)) {
            int first = 0;
            while (first < segment.size() && segment.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                first++;
            }
            List<String> words = segment.subList(first, segment.size());
            for (List<String> launcher : LAUNCHERS) {
                if (words.size() >= launcher.size() && words.subList(0, launcher.size()).equals(launcher)) {
                    List<String> args = new ArrayList<>();
                    for (String word : words.subList(launcher.size(), words.size())) {
                        if (word.matches("\\d?>>?|<|\\d?>&\\d")) {
                            break;
                        }
                        args.add(word);
                    }
                    calls.add(args);
                    break;
                }
            }
        }
        return calls;
    }

    /** The lines outside code blocks. */
    private static List<Line> prose(Path page) {
        List<Line> prose = new ArrayList<>();
        List<String> lines = lines(page);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                prose.add(new Line(page, i + 1, text));
            }
        }
        return prose;
    }

    private static Set<String> anchorsOf(Path file) {
        Set<String> anchors = new LinkedHashSet<>();
        if (!file.toString().endsWith(".md")) {
            return anchors;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : prose(file)) {
            Matcher heading = Pattern.compile("^#{1,6} (.+)$").matcher(line.text());
            if (heading.matches()) {
                anchors.add(anchor(heading.group(1), seen));
            }
        }
        return anchors;
    }

    /** The anchor GitHub gives a heading: its slug, with -1, -2 ... after the first of the same slug. */
    private static String anchor(String heading, Map<String, Integer> seen) {
        String slug = slug(heading);
        int times = seen.merge(slug, 1, Integer::sum);
        return times == 1 ? slug : slug + "-" + (times - 1);
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        String text = heading.strip().toLowerCase(Locale.ROOT).replaceAll("`", "");
        return text.replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-');
    }
}
