package io.rolecall.connector.file.internal;

import io.rolecall.core.port.DirectoryReadException;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an export so that one run reports it all (up to a readable limit). */
final class Problems {

    private static final int SHOWN = 25;

    private final String file;
    private final List<String> messages = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String message) {
        messages.add(message);
    }

    int count() {
        return messages.size();
    }

    void throwIfAny() {
        if (messages.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("directory export ").append(file).append(" has ")
                .append(messages.size()).append(messages.size() == 1 ? " problem" : " problems")
                .append("; nothing was scanned:");
        messages.stream().limit(SHOWN).forEach(m -> text.append("\n  - ").append(m));
        if (messages.size() > SHOWN) {
            text.append("\n  ... and ").append(messages.size() - SHOWN).append(" more");
        }
        throw new DirectoryReadException(text.toString());
    }
}
