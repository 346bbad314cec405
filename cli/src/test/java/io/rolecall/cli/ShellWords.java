package io.rolecall.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a line of shell as the documentation writes them: quotes ('...' and "...") and
 * backslashes as the shell reads them, {@code $(...)} kept whole as one word, a {@code #} that starts
 * a word ending the line, and {@code |}, {@code ||}, {@code &&}, {@code ;} and {@code &} separating
 * commands. Enough for command lines in docs, not a shell.
 */
final class ShellWords {

    private ShellWords() {
    }

    /** Each command of the line, as its words. */
    static List<List<String>> segments(String line) {
        List<List<String>> segments = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                word = end(words, word);
                i++;
            } else if (c == '#' && word == null) {
                break;
            } else if (c == '|' || c == ';' || c == '&') {
                // '&&', '||', '|', ';', '&' all end a command; a redirection such as 2>&1 never gets here whole
                if (c == '&' && word != null && word.length() > 0 && word.charAt(word.length() - 1) == '>') {
                    word.append(c);
                    i++;
                    continue;
                }
                word = end(words, word);
                segments.add(words);
                words = new ArrayList<>();
                i += i + 1 < line.length() && line.charAt(i + 1) == c ? 2 : 1;
            } else {
                word = word == null ? new StringBuilder() : word;
                i = appendUnit(line, i, word);
            }
        }
        end(words, word);
        segments.add(words);
        segments.removeIf(List::isEmpty);
        return segments;
    }

    /** Appends the quoted part, escape, substitution or character at {@code i}; returns where the next starts. */
    private static int appendUnit(String line, int i, StringBuilder word) {
        char c = line.charAt(i);
        if (c == '\'') {
            int close = line.indexOf('\'', i + 1);
            int end = close < 0 ? line.length() : close;
            word.append(line, i + 1, end);
            return end + 1;
        }
        if (c == '"') {
            int j = i + 1;
            while (j < line.length() && line.charAt(j) != '"') {
                if (line.charAt(j) == '\\' && j + 1 < line.length()) {
                    j++;
                }
                word.append(line.charAt(j));
                j++;
            }
            return j + 1;
        }
        if (c == '\\' && i + 1 < line.length()) {
            word.append(line.charAt(i + 1));
            return i + 2;
        }
        if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
            int depth = 0;
            int j = i + 1;
            for (; j < line.length(); j++) {
                depth += line.charAt(j) == '(' ? 1 : line.charAt(j) == ')' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            word.append(line, i, Math.min(j + 1, line.length()));
            return j + 1;
        }
        word.append(c);
        return i + 1;
    }

    private static StringBuilder end(List<String> words, StringBuilder word) {
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }
}
