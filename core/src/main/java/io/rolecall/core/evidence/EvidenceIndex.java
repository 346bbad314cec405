package io.rolecall.core.evidence;

import java.util.List;

/** What index.html of the pack lists: each file, what it shows and what it evidences, and what is not in it. */
/** @param frameworks the enabled frameworks' titles */
public record EvidenceIndex(String organisation, String from, String to, String tool, String frameworks,
                            List<Entry> files, List<String> notIncluded) {

    public record Entry(String file, String title, String shows, String evidences) {
    }

    public boolean hasNotIncluded() {
        return !notIncluded.isEmpty();
    }
}
