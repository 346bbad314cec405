package io.rolecall.connector.file.internal;

import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.VisibleText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One email or one id twice makes an export ambiguous: which record is the person? Collects the
 * people into the snapshot as it goes, so that each email is indexed once, by the snapshot itself,
 * and keeps where each person stands as plain numbers: every object kept per person is one more
 * that the garbage collector copies, again and again, while the rest of a large file is read.
 */
final class Deduplication implements PersonSink {

    /** About 200 bytes of JSON per person; sized to the file so that the indexes grow at most once or twice. */
    private static final int BYTES_PER_PERSON = 200;
    private static final int MOST_EXPECTED = 1_000_000;

    private final DirectorySnapshot.Builder people;
    private final Map<String, Person> byId;
    /** For each person added, in order: line and index (JSON) or row (CSV), as in {@link Where}. */
    private int[] lines;
    private int[] indexes;
    private String file;
    private boolean csv;

    Deduplication(long fileBytes) {
        int expected = (int) Math.min(MOST_EXPECTED, fileBytes / BYTES_PER_PERSON + 16);
        people = DirectorySnapshot.builder(expected);
        byId = new HashMap<>(expected * 2);
        lines = new int[expected];
        indexes = new int[expected];
    }

    /** Adds the person, or records as a problem the clash of their email or id with someone earlier. */
    @Override
    public void add(Person person, Where where, Problems problems) {
        int position = people.size();
        // A person whose id clashes is added all the same: with a problem recorded, no snapshot is built.
        Person emailClash = people.add(person);
        Person idClash = byId.putIfAbsent(person.id(), person);
        if (emailClash != null) {
            problems.add(where + ": email " + person.email() + " is already used" + at(emailClash, problems)
                    + " (emails compare case-insensitively); keep one record per person.");
            return;
        }
        remember(position, where);
        if (idClash != null) {
            problems.add(where + ": id " + VisibleText.of(person.id()) + " is already used" + at(idClash, problems)
                    + "; every person needs a unique id.");
        }
    }

    private void remember(int position, Where where) {
        if (position == lines.length) {
            lines = Arrays.copyOf(lines, Math.max(16, position * 2));
            indexes = Arrays.copyOf(indexes, lines.length);
        }
        lines[position] = where.line();
        indexes[position] = where.index();
        file = where.file();
        csv = where.csvRow();
    }

    /** " at <where the earlier person stands>", looked up only for a message that will be shown. */
    private String at(Person earlier, Problems problems) {
        int position = problems.showsAnother() ? people.positionOf(earlier) : -1;
        return position < 0 ? " by an earlier record" : " at " + new Where(file, lines[position], indexes[position], csv);
    }

    /** The people added; call only when no problem was recorded. */
    DirectorySnapshot snapshot() {
        return people.build();
    }
}
