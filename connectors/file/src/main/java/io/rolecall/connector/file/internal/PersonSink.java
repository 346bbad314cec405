package io.rolecall.connector.file.internal;

import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.Person;

/** Where the people of an export go as they are read: into a snapshot, or only into a fingerprint. */
interface PersonSink {

    void add(Person person, Where where, Problems problems);

    /** Keeps nobody: only what a scan needs to tell whether the directory changed. */
    static PersonSink into(DirectoryFingerprint.Taker fingerprint) {
        return (person, where, problems) -> fingerprint.add(person);
    }
}
