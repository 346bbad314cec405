package io.rolecall.core.holding;

/** Whether a listed holder can be found in the directory. */
public enum Presence {
    /** In the current directory read, whatever their status. */
    IN_DIRECTORY,
    /** Seen by an earlier scan, missing from this one: a vanished leaver. */
    GONE,
    /** Never seen by any scan: most likely a typo or a person not yet provisioned. */
    NEVER_SEEN
}
