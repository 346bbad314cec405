package io.rolecall.connector.file.internal;

import io.rolecall.core.port.DirectoryReadException;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an export so that one run reports it all (up to a readable limit). */
final class Problems {

    private static final int SHOWN = 25;

    private final String file;
    /** The first {@link #SHOWN} messages: a file of a million bad rows must not fill the memory with them. */
    private final List<String> messages = new ArrayList<>();
    private int count;

    Problems(String file) {
        this.file = file;
    }

    void add(String message) {
        if (messages.size() < SHOWN) {
            messages.add(message);
        }
        count++;
    }

    /** Whether another message would be shown, so that one costly to word is worth wording. */
    boolean showsAnother() {
        return messages.size() < SHOWN;
    }

    int count() {
        return count;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        StringBuilder text = new StringBuilder("directory export ").append(file).append(" has ")
                .append(count).append(count == 1 ? " problem" : " problems")
                .append("; nothing was scanned:");
        messages.forEach(m -> text.append("\n  - ").append(m));
        if (count > SHOWN) {
            text.append("\n  ... and ").append(count - SHOWN).append(" more");
        }
        throw new DirectoryReadException(text.toString());
    }
}
