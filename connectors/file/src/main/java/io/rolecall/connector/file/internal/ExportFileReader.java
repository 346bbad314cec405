package io.rolecall.connector.file.internal;

import io.rolecall.connector.file.ExportLimits;
import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One export file, read in one of two ways: whole into a snapshot, or only into the fingerprint of
 * what that snapshot would hold (to tell an unchanged directory without keeping its people). The
 * formats differ only in how they parse; each hands the people it parses to a {@link PersonSink}.
 */
public abstract class ExportFileReader {

    protected final Path file;

    protected ExportFileReader(Path file) {
        this.file = file;
    }

    public final DirectorySnapshot read() {
        Problems problems = new Problems(file.getFileName().toString());
        Deduplication people = new Deduplication(ExportLimits.checkSize(file));
        readInto(people, problems, new SharedValues(true));
        problems.throwIfAny();
        return people.snapshot();
    }

    /** The fingerprint of the people {@link #read()} would return, keeping none; empty when any is invalid. */
    public final Optional<DirectoryFingerprint> fingerprint() {
        Problems problems = new Problems(file.getFileName().toString());
        ExportLimits.checkSize(file);
        DirectoryFingerprint.Taker fingerprint = DirectoryFingerprint.taker();
        // The digest takes a third thread: on the command's C1 compiler, which has no SHA instructions, hashing
        // the people costs as much as parsing them, and an unchanged scan waits for nothing else.
        try (Handover<Person> digest = new Handover<>("rolecall-export-digest", fingerprint::add)) {
            readInto((person, where, ignored) -> digest.give(person), problems, new SharedValues(false));
            digest.finish();
        }
        return problems.count() == 0 ? Optional.of(fingerprint.finish()) : Optional.empty();
    }

    /** Parses the file, giving each person to {@code people} and each problem to {@code problems}. */
    protected abstract void readInto(PersonSink people, Problems problems, SharedValues shared);
}
