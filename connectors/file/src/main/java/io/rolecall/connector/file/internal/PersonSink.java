package io.rolecall.connector.file.internal;

import io.rolecall.core.model.Person;

/** Where the people of an export go as they are read: into a snapshot, or only into its fingerprint. */
interface PersonSink {

    void add(Person person, Where where, Problems problems);
}
