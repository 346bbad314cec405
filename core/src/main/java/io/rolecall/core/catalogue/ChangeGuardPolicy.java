package io.rolecall.core.catalogue;

/**
 * Holds a scan when too many previously active people would turn into leavers at once,
 * which far more often means a broken directory read than a real exodus.
 */
public record ChangeGuardPolicy(int maxLeaversPercent, int minLeavers) {

    public static final ChangeGuardPolicy DEFAULT = new ChangeGuardPolicy(10, 10);
}
