package io.rolecall.connector.support;

import io.rolecall.core.model.DirectorySnapshot;
import java.util.List;

/**
 * What an API connector's read gives: the directory, what reading it cost, and the groups roles.yaml
 * names that the directory does not have (said, not failed: a role held through a missing group is
 * a finding of its own).
 */
public record DirectoryRead(DirectorySnapshot directory, ReadStatistics statistics, List<String> missingGroups) {

    /**
     * The line the scan prints when the read is done.
     *
     * @param service what the statistics name, "Okta"
     * @param directoryName where the groups were looked for, "Workspace"
     */
    public String summary(String service, String directoryName) {
        return statistics.summary(service) + (missingGroups.isEmpty() ? ""
                : "; groups named in roles.yaml but not found in " + directoryName + ": "
                + String.join(", ", missingGroups));
    }
}
