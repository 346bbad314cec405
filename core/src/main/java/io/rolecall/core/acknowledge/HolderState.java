package io.rolecall.core.acknowledge;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;

/**
 * What notices to holders are written from: the roles, the directory, who holds what, and where
 * each holder stands with accepting their duties; as a scan computed it, or as the store keeps it.
 */
public record HolderState(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                          AcknowledgementPlan plan) {
}
