package io.rolecall.functions;

import java.time.Duration;
import java.time.LocalDate;

/** One run of the scan function, as its handler asks for it: the seam its tests replace. */
@FunctionalInterface
interface ScanRun {

    /**
     * @param timeLeft what the invocation has left, or null when unknown
     */
    ScheduledScan.Outcome run(LocalDate asOf, boolean acceptDirectoryChange, Duration timeLeft);
}
