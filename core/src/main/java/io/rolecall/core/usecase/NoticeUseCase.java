package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.ConfigProblem;
import io.rolecall.core.catalogue.InvalidCatalogueException;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.NoticeLog;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.Notice;
import io.rolecall.core.report.ReportAudience;
import io.rolecall.core.report.ReportRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tells the compliance manager when an unattended run could not do its job: the change guard held a
 * scan, or roles.yaml is invalid. Recipients are those of the weekly report, taken from the roles and
 * directory RoleCall last accepted; {@code fallback} addresses (the stack's alarm email) are added,
 * and used alone when there is no accepted state yet. A problem that persists is told once a day per
 * distinct cause (hourly scans would otherwise send 24 emails a day); a new cause is told at once.
 */
public final class NoticeUseCase {

    private final Storage storage;
    private final ReportRenderer renderer;
    private final Mailer mailer;
    private final List<Email> fallback;
    private final NoticeLog log;
    private final Clock clock;
    private final RepairSteps repair;

    /**
     * How the admin repairs roles.yaml in the runtime that sends the notice, in its own words (core names no
     * command): the last sentence of each notice about it.
     *
     * @param invalid    for a file that was read but is invalid
     * @param unreadable for a file that could not be read at all
     */
    public record RepairSteps(String invalid, String unreadable) {
    }

    public NoticeUseCase(Storage storage, ReportRenderer renderer, Mailer mailer, List<Email> fallback,
                         NoticeLog log, Clock clock, RepairSteps repair) {
        this.repair = repair;
        this.storage = storage;
        this.renderer = renderer;
        this.mailer = mailer;
        this.fallback = List.copyOf(fallback);
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param howToAccept the exact step that accepts the change in this runtime
     * @return the email, or empty when this cause was already told today
     */
    public Optional<SentEmail> scanHeld(ScanResult held, String source, LocalDate asOf, String howToAccept) {
        RoleCatalogue catalogue = held.catalogue();
        Notice notice = new Notice("scan-held-" + asOf, catalogue.organisation(),
                "Directory scan of " + asOf + " held: too many people would stop being active at once",
                List.of(held.guard().explanation(), "The directory was read from " + source + "."),
                List.of(),
                "check that the directory source is complete. If the change is real (a restructuring, a "
                        + "migration), accept it: " + howToAccept);
        return sendOnce(notice, held.guard().explanation() + "|" + source, () -> audience(Optional.of(catalogue)));
    }

    public Optional<SentEmail> invalidConfiguration(InvalidCatalogueException error, String source, LocalDate asOf) {
        List<String> details = new ArrayList<>();
        for (ConfigProblem problem : error.problems()) {
            details.add(problem.toString());
        }
        return invalidConfiguration(source, details, asOf);
    }

    /** roles.yaml could not be used; {@code problems} says why, one line each. */
    public Optional<SentEmail> invalidConfiguration(String source, List<String> problems, LocalDate asOf) {
        Optional<RoleCatalogue> lastGood = StoredState.latestCatalogue(storage);
        Notice notice = new Notice("invalid-roles-" + asOf, lastGood.map(RoleCatalogue::organisation).orElse(null),
                "roles.yaml is invalid: the scan of " + asOf + " did not run",
                List.of("RoleCall could not use " + source + ", so no gaps were checked and nothing was stored. "
                        + problems.size() + (problems.size() == 1 ? " problem was" : " problems were")
                        + " found:"),
                problems,
                repair.invalid());
        return sendOnce(notice, source + "|" + String.join("\n", problems), () -> audience(lastGood));
    }

    /** roles.yaml could not be read at all (missing, or not readable); {@code problem} says why. */
    public Optional<SentEmail> unreadableConfiguration(String source, String problem, LocalDate asOf) {
        Optional<RoleCatalogue> lastGood = StoredState.latestCatalogue(storage);
        Notice notice = new Notice("unreadable-roles-" + asOf, lastGood.map(RoleCatalogue::organisation).orElse(null),
                "roles.yaml could not be read: the scan of " + asOf + " did not run",
                List.of("RoleCall could not read " + source + ", so no gaps were checked and nothing was stored:"),
                List.of(problem),
                repair.unreadable());
        return sendOnce(notice, source + "|" + problem, () -> audience(lastGood));
    }

    private List<Email> audience(Optional<RoleCatalogue> catalogue) {
        Set<Email> to = new LinkedHashSet<>();
        if (catalogue.isPresent() && storage.runs().latest().isPresent()) {
            to.addAll(ReportAudience.forWeekly(catalogue.get(),
                    StoredState.directory(storage, catalogue.get()).holdings()).to());
        } else {
            catalogue.ifPresent(c -> to.addAll(c.reporting().alsoNotify()));
        }
        to.addAll(fallback);
        return new ArrayList<>(to);
    }

    /**
     * Sends the notice unless the same notice (same day, same cause) went out already. A run that
     * dies between sending and recording sends it twice: a repeat, never a silence.
     */
    private Optional<SentEmail> sendOnce(Notice notice, String cause, Supplier<List<Email>> to) {
        String key = notice.reference() + "-" + ContentHash.sha256Hex(cause).substring(0, 16);
        if (log.sent(key)) {
            return Optional.empty();
        }
        OutgoingEmail email = renderer.render(notice, to.get());
        SentEmail sent = new SentEmail(email, mailer.send(email));
        log.recordSent(key, clock.instant(), sent.deliveryId());
        return Optional.of(sent);
    }
}
