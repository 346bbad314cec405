package io.rolecall.core.nonconformity;

/** OVERDUE: RoleCall raised it when a finding became overdue; MANUAL: someone raised it by hand. */
public enum NcSource {
    OVERDUE, MANUAL
}
