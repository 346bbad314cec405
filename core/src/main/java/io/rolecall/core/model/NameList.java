package io.rolecall.core.model;

import java.util.List;
import java.util.Locale;

/**
 * Lists cut for a reader, not a data export: a role held through a group of 5,000 people shows five of
 * them and how many more, so that a report stays readable (and under the size at which Gmail clips
 * an email). The full lists are in the CSV attachments and the evidence pack.
 */
public final class NameList {

    /** How many names a report or a notice shows of one list. */
    private static final int SHOWN = 5;

    private NameList() {
    }

    /** "Ada, Bob" or "Ada, Bob, Cleo, Dan, Eve and 4,995 more". */
    public static String upTo(List<String> names) {
        if (names.size() <= SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", first(names, SHOWN))
                + String.format(Locale.ROOT, " and %,d more", names.size() - SHOWN);
    }

    /** "A", "A and B", "A, B and C": every item, as a sentence lists them. */
    public static String inWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The first {@code shown} of {@code items}, or all of them when there are no more. */
    public static <T> List<T> first(List<T> items, int shown) {
        return items.size() <= shown ? items : items.subList(0, shown);
    }
}
