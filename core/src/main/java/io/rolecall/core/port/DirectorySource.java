package io.rolecall.core.port;

import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import java.util.Optional;

/**
 * Reads the whole people directory. A read either returns everyone or fails: a partial list would
 * look like leavers and must never reach the rules.
 */
public interface DirectorySource {

    /** @throws DirectoryReadException when any part of the read fails */
    DirectorySnapshot read();

    /**
     * The fingerprint of what {@link #read()} would return, when this source can take it for much
     * less than a read (an export file can, without keeping 100,000 people in memory); empty when
     * it cannot, or when the directory would not read cleanly (the read then says why). A scan
     * whose inputs all equal the latest scan's then needs no read at all.
     *
     * @throws DirectoryReadException when the directory cannot be read at all
     */
    default Optional<DirectoryFingerprint> fingerprint() {
        return Optional.empty();
    }

    /**
     * A digest of the source's content as it is stored, when the source has such content and can
     * take it without reading any of it as people: for an export file, the SHA-256 of its bytes.
     * Equal digests mean equal content and so, for one build of RoleCall, an equal read: a scan of
     * content the latest scan read and checked needs neither to parse nor to check it again. Empty
     * for a directory service, whose content is not RoleCall's to hash, and when the content cannot
     * be read (the read then says why).
     */
    default Optional<String> contentDigest() {
        return Optional.empty();
    }

    /** Where this source reads from, for logs and run records; never contains credentials. */
    String describe();
}
