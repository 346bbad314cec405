package io.rolecall.core.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Careless and hostile edits of a valid input, for property tests of the readers: characters
 * deleted, inserted (brackets, quotes, separators, control and invisible characters), lines
 * duplicated or swapped, the text cut short.
 */
public final class Mutations {

    private static final String NASTY = "{}[]\",:;'#&*!|>-\\n\\t\\r\\u0000\\u001b\\u200b\\u202e\\ufeff<>@=+";

    private Mutations() {
    }

    /** {@code valid} after one to eight random edits. */
    public static Arbitrary<String> of(String valid) {
        Arbitrary<Edit> edit = Arbitraries.oneOf(
                Combinators.combine(position(valid), Arbitraries.integers().between(1, 40))
                        .as((at, length) -> (Edit) text -> delete(text, at, length)),
                Combinators.combine(position(valid), Arbitraries.strings().withChars(NASTY.toCharArray())
                                .ofMinLength(1).ofMaxLength(6))
                        .as((at, inserted) -> (Edit) text -> insert(text, at, inserted)),
                Combinators.combine(position(valid), Arbitraries.strings().all().ofMaxLength(10))
                        .as((at, inserted) -> (Edit) text -> insert(text, at, inserted)),
                Combinators.combine(position(valid), Arbitraries.integers().between(1, 200))
                        .as((at, length) -> (Edit) text -> duplicate(text, at, length)),
                position(valid).map(at -> (Edit) text -> text.substring(0, Math.min(at, text.length()))));
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> apply(valid, edits));
    }

    /** Any text at all, from empty to a few kilobytes, printable or not. */
    public static Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(4000),
                Arbitraries.strings().withChars(NASTY.toCharArray()).withCharRange('a', 'z').ofMaxLength(400));
    }

    private static Arbitrary<Integer> position(String valid) {
        return Arbitraries.integers().between(0, valid.length());
    }

    private static String apply(String text, List<Edit> edits) {
        String result = text;
        for (Edit edit : edits) {
            result = edit.apply(result);
        }
        return result;
    }

    private static String delete(String text, int at, int length) {
        int from = Math.min(at, text.length());
        return text.substring(0, from) + text.substring(Math.min(text.length(), from + length));
    }

    private static String insert(String text, int at, String inserted) {
        int from = Math.min(at, text.length());
        return text.substring(0, from) + inserted + text.substring(from);
    }

    private static String duplicate(String text, int at, int length) {
        int from = Math.min(at, text.length());
        int to = Math.min(text.length(), from + length);
        return text.substring(0, to) + text.substring(from, to) + text.substring(to);
    }

    @FunctionalInterface
    private interface Edit {
        String apply(String text);
    }
}
