package io.rolecall.core.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * One scan and everything that follows it, in the same order wherever RoleCall runs: the scan (which
 * publishes its finding events before it stores), then, for a held scan, the notice that a person
 * must decide; for a stored one, the nonconformity register's rules and the holders' notices due.
 * The scan function and {@code rolecall scan} both run it; a deployment leaves out what it does not
 * do (locally, notices are sent by their own command and a held scan is told on the terminal).
 *
 * <p>The steps after the scan work from the stored state, so a run that fails part-way is retried by
 * running the whole cycle again: the repeated scan changes nothing and the steps redo what is left.
 */
public final class ScanCycle {

    /** Tells a person that the change guard held a scan; returns whether a notice went out now. */
    @FunctionalInterface
    public interface HeldScanNotice {
        boolean tell(ScanResult held, String source, LocalDate asOf);

        HeldScanNotice NONE = (held, source, asOf) -> false;
    }

    private final ScanUseCase scans;
    private final NonconformityUseCase register;
    private final HeldScanNotice held;
    private final Supplier<NotifyUseCase> holderNotices;
    private final Deliveries tickets;

    /**
     * @param holderNotices made when first needed (it may read a secret), or null where holders'
     *                      notices are sent by a command of their own
     */
    public ScanCycle(ScanUseCase scans, NonconformityUseCase register, HeldScanNotice held,
                     Supplier<NotifyUseCase> holderNotices) {
        this(scans, register, held, holderNotices, Deliveries.NONE);
    }

    /** @param tickets where the gaps roles.yaml tracks go (Jira), after the notices */
    public ScanCycle(ScanUseCase scans, NonconformityUseCase register, HeldScanNotice held,
                     Supplier<NotifyUseCase> holderNotices, Deliveries tickets) {
        this.scans = scans;
        this.register = register;
        this.held = held;
        this.holderNotices = holderNotices;
        this.tickets = tickets;
    }

    /** Scanning and keeping the register; held scans are told by the caller, holders notified by their own command. */
    public static ScanCycle scanAndRegister(ScanUseCase scans, NonconformityUseCase register) {
        return new ScanCycle(scans, register, HeldScanNotice.NONE, null);
    }

    /**
     * What one cycle did.
     *
     * @param heldNoticeSent  whether a held scan's notice went out now (it goes out once a day per cause)
     * @param nonconformities what changed in the register; none for a held scan
     * @param holderNotices   the notices and reminders sent to holders; none for a held scan, or where
     *                        this cycle sends none
     * @param tickets         what the trackers (Jira) did with the gaps; none where this cycle sends none
     */
    public record Outcome(ScanResult result, boolean heldNoticeSent, NonconformityUseCase.AfterScan nonconformities,
                          NotifyUseCase.Result holderNotices, List<Deliveries.Tally> tickets) {
        public Outcome {
            tickets = List.copyOf(tickets);
        }
    }

    public Outcome run(ScanRequest request) {
        ScanResult result = scans.scan(request);
        if (result.held()) {
            return new Outcome(result, held.tell(result, request.source(), request.asOf()), NonconformityUseCase.AfterScan.NONE,
                    NotifyUseCase.Result.NONE, List.of());
        }
        NonconformityUseCase.AfterScan nonconformities = register.afterScan(result);
        NotifyUseCase.Result sent = holderNotices == null ? NotifyUseCase.Result.NONE
                : holderNotices.get().afterScan(request.asOf(), result);
        return new Outcome(result, false, nonconformities, sent, FindingTickets.afterScan(result, tickets));
    }
}
