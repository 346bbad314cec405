package io.rolecall.core.usecase;

import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectorySource;
import java.util.Objects;

/**
 * The directory a scan works on, read at most once and only as far as the scan needs: a scan whose
 * inputs all equal the latest scan's needs only the directory's fingerprint, which some sources (an
 * export file) take without keeping everyone in memory.
 */
public final class ScanDirectory {

    private final DirectorySource source;
    private DirectoryFingerprint fingerprint;
    private DirectorySnapshot snapshot;

    private ScanDirectory(DirectorySource source, DirectorySnapshot snapshot) {
        this.source = source;
        this.snapshot = snapshot;
    }

    /** A directory already read. */
    public static ScanDirectory of(DirectorySnapshot snapshot) {
        return new ScanDirectory(null, Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** A directory read from {@code source} when the scan needs it. */
    public static ScanDirectory readingFrom(DirectorySource source) {
        return new ScanDirectory(Objects.requireNonNull(source, "source"), null);
    }

    /**
     * Starts taking the fingerprint on another thread, so that it overlaps what the caller does next
     * (opening and checking the store); the scan's own call then waits for it. A failure here is not
     * lost: the scan's call, finding no fingerprint, takes it again and fails the same way.
     */
    public void startFingerprint() {
        Thread taker = new Thread(() -> {
            try {
                fingerprint();
            } catch (RuntimeException e) {
                // reported by the scan's own call
            }
        }, "rolecall-fingerprint");
        taker.setDaemon(true);
        taker.start();
    }

    /** The fingerprint, taken the cheapest way the source offers; reads everyone if it offers none. */
    public synchronized DirectoryFingerprint fingerprint() {
        if (snapshot != null) {
            return snapshot.fingerprint();
        }
        if (fingerprint == null) {
            fingerprint = source.fingerprint().orElseGet(() -> snapshot().fingerprint());
        }
        return fingerprint;
    }

    public synchronized DirectorySnapshot snapshot() {
        if (snapshot == null) {
            snapshot = source.read();
        }
        return snapshot;
    }
}
