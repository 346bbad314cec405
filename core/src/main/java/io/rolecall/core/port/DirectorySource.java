package io.rolecall.core.port;

import io.rolecall.core.model.DirectorySnapshot;

/**
 * Reads the whole people directory. A read either returns everyone or fails: a partial list would
 * look like leavers and must never reach the rules.
 */
public interface DirectorySource {

    /** @throws DirectoryReadException when any part of the read fails */
    DirectorySnapshot read();

    /** Where this source reads from, for logs and run records; never contains credentials. */
    String describe();
}
