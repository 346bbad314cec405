package io.rolecall.connector.file.internal;

import io.rolecall.connector.file.ExportLimits;
import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
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
        readInto(PersonSink.into(fingerprint), problems, new SharedValues(false));
        return problems.count() == 0 ? Optional.of(fingerprint.finish()) : Optional.empty();
    }

    /** Parses the file, giving each person to {@code people} and each problem to {@code problems}. */
    protected abstract void readInto(PersonSink people, Problems problems, SharedValues shared);
}
