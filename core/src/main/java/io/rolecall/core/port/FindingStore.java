package io.rolecall.core.port;

import io.rolecall.core.finding.Finding;
import java.util.Collection;
import java.util.List;

/** Keeps every finding ever raised, open or resolved, with its episodes. */
public interface FindingStore {

    /** Every stored finding, in no particular order. */
    List<Finding> findings();

    /** Inserts or replaces these findings by id. Writing the same finding twice is harmless. */
    void save(Collection<Finding> changed);
}
