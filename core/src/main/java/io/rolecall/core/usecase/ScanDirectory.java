package io.rolecall.core.usecase;

import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectorySource;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory a scan works on, read at most once and only as far as the scan needs: a scan whose
 * inputs all equal the latest scan's needs only the digest of the source's content, where it has one
 * (an export file), or else the directory's fingerprint, which some sources take without keeping
 * everyone in memory.
 */
public final class ScanDirectory {

    private final DirectorySource source;
    private DirectoryFingerprint fingerprint;
    private DirectorySnapshot snapshot;
    private Optional<String> contentDigest;

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
     * Starts on another thread what a scan asks first, so that it overlaps what the caller does next
     * (parsing roles.yaml, opening the store): the digest of the source's content where it has one,
     * else the fingerprint. The scan's own calls then wait for it. A failure here is not lost: the
     * scan's call takes it again and fails the same way.
     */
    public void startReading() {
        Thread taker = new Thread(() -> {
            try {
                if (contentDigest().isEmpty()) {
                    fingerprint();
                }
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

    /** The digest of the source's content, taken once (see {@link DirectorySource#contentDigest()}). */
    public synchronized Optional<String> contentDigest() {
        if (contentDigest == null) {
            contentDigest = source == null ? Optional.empty() : source.contentDigest();
        }
        return contentDigest;
    }

    /**
     * The content's digest if the content is still what it was when first taken, so that what the scan
     * read in between is what it holds; empty otherwise, or when the source has no such digest.
     */
    public Optional<String> contentDigestIfUnchanged() {
        Optional<String> first = contentDigest();
        return first.isPresent() && first.equals(source.contentDigest()) ? first : Optional.empty();
    }

    public synchronized DirectorySnapshot snapshot() {
        if (snapshot == null) {
            snapshot = source.read();
        }
        return snapshot;
    }
}
