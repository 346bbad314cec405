package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.acknowledge.HolderState;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.detect.DetectionInput;
import io.rolecall.core.detect.Detector;
import io.rolecall.core.finding.DetectedFinding;
import io.rolecall.core.finding.FindingLifecycle;
import io.rolecall.core.finding.LifecycleOutcome;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.handover.Handovers;
import io.rolecall.core.history.ChangeGuard;
import io.rolecall.core.history.DirectoryHistory;
import io.rolecall.core.history.GuardVerdict;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.holding.AssignmentLedgerUpdate;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.HrJoin;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.FindingEvent;
import io.rolecall.core.port.FindingEvents;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scan: guard against a broken directory read, resolve holders, detect gaps, advance the finding
 * lifecycle and the ledger, publish finding events, and store what changed.
 *
 * <p>Everything is computed before anything is written, and the writes are one unit of work with
 * the run record last: a scan killed part-way leaves the state of the previous scan or of this one,
 * never a mix, and reports never count a run whose changes are not all stored.
 *
 * <p>Most scans find nothing changed (an hourly function on a quiet day), and three shortcuts keep them
 * cheap: a directory whose digest is the latest scan's is not compared person by person with the
 * store; a scan whose inputs all equal the latest scan's (see {@link #repeats}) runs no rule and
 * records the run with the latest result, without even keeping the directory in memory; and when the
 * source's content is byte for byte what the latest scan read and checked (an export file), it is
 * not even parsed.
 */
public final class ScanUseCase {

    private final Storage storage;
    private final FindingEvents events;
    private final AsOfRules asOfRules;

    public ScanUseCase(Storage storage, FindingEvents events, AsOfRules asOfRules) {
        this.storage = storage;
        this.events = events;
        this.asOfRules = asOfRules;
    }

    /**
     * For each role whose changes of primary are watched (a review or a notice to an authority after a new
     * holder), the first day any primary held it, from the whole ledger: the few roles that ask read it.
     */
    private Map<String, LocalDate> firstPrimaryDays(RoleCatalogue catalogue, AssignmentLedgerUpdate.Result ledger) {
        Map<String, LocalDate> first = new HashMap<>();
        for (Role role : catalogue.roles()) {
            if (!role.rules().reviewsOnHolderChange() && role.rules().notifyAuthority() == null) {
                continue;
            }
            java.util.stream.Stream.concat(storage.ledger().periods(role.id()).stream(), ledger.open().stream()
                            .filter(period -> period.roleId().equals(role.id())))
                    .filter(period -> period.capacity() == Capacity.PRIMARY)
                    .forEach(period -> first.merge(role.id(), period.from(), (a, b) -> b.isBefore(a) ? b : a));
        }
        return first;
    }

    /** Publishing no events and refusing future days. */
    public ScanUseCase(Storage storage, Clock clock) {
        this(storage, FindingEvents.NONE, new AsOfRules(clock, false));
    }

    public ScanResult scan(ScanRequest request) {
        asOfRules.refuseFuture(request.asOf(), "this scan");
        storage.unitOfWork().recover();
        Optional<ScanRun> latest = storage.runs().latest();
        if (latest.isPresent() && latest.get().asOf().isAfter(request.asOf())) {
            throw new AsOfRefusedException("this scan is dated " + request.asOf() + " but the store already holds a "
                    + "scan dated " + latest.get().asOf() + "; scans must move forward in time. Date the scan later, "
                    + "or keep back-dated experiments in a separate state.");
        }
        Instant startedAt = asOfRules.clock().instant();
        // Read before the records it stands for: a record written in between makes the next scan look again.
        // An HR system's data is an input like the records: when it changes, the scan is no repeat.
        String recordsRevision = storage.acknowledgements().revision() + "/" + storage.calendar().revision()
                + "/" + storage.handovers().revision() + (request.hr() == null ? "" : "/hr:" + request.hr().digest());
        Optional<String> content = request.directory().contentDigest();
        if (latest.isPresent() && content.isPresent() && content.get().equals(latest.get().sourceDigest())
                && sameInputs(latest.get(), request, recordsRevision)) {
            // The source holds the very content the latest scan read and checked, so its people are that
            // scan's people: nothing needs to be parsed or checked again.
            ScanRun previous = latest.get();
            return repeat(previous, request, startedAt, new DirectoryFingerprint(previous.directoryDigest(),
                    previous.metrics().people(), previous.metrics().activePeople()), content.get());
        }
        DirectoryFingerprint seen = refuseEmpty(request.directory().fingerprint(), request);
        if (latest.isPresent() && repeats(latest.get(), request, seen.digest(), recordsRevision)) {
            return repeat(latest.get(), request, startedAt, seen,
                    request.directory().contentDigestIfUnchanged().orElse(null));
        }
        HrJoin hr = request.hr() == null ? null : HrJoin.of(request.directory().snapshot(), request.hr());
        DirectorySnapshot directory = hr == null ? request.directory().snapshot() : hr.directory();
        // Checked again: a file may change between its fingerprint and its read.
        String digest = refuseEmpty(directory.fingerprint(), request).digest();
        DirectoryHistory.Advance people;
        GuardVerdict guard;
        if (latest.isPresent() && digest.equals(latest.get().directoryDigest())) {
            // Nobody changed since the latest scan, which stored exactly this directory: its people need not
            // all be read, compared and guarded. The rules look up the few they ask about.
            people = DirectoryHistory.unchanged(KnownPeople.lookingUp(storage.people()::find));
            guard = ChangeGuard.unchanged(request.catalogue().policy().directoryChangeGuard(),
                    directory.fingerprint());
        } else {
            KnownPeople before = storage.people().knownPeople();
            guard = ChangeGuard.evaluate(request.catalogue().policy().directoryChangeGuard(), before,
                    directory);
            if (guard.held() && !request.acceptDirectoryChange()) {
                events.publish(List.of(new FindingEvent.ScanHeld(request.catalogue().organisation(), request.asOf(),
                        guard)));
                return new ScanResult(request.catalogue(), guard, null, null, null, Map.of());
            }
            people = DirectoryHistory.advance(before, directory, request.asOf());
        }
        // Accepted handovers in effect: their successors hold the roles as primaries in the leavers' place.
        List<Handover> handovers = storage.handovers().all();
        RoleCatalogue catalogue = Handovers.inEffect(request.catalogue(), handovers, request.asOf());
        RoleHoldings holdings = RoleHoldings.resolve(catalogue, directory, people.after());
        List<Handover> proposed = Handovers.proposals(catalogue, holdings, handovers, request.asOf());
        List<Handover> closed = Handovers.closedBy(request.catalogue(), handovers, request.asOf());
        AssignmentLedgerUpdate.Result ledger = AssignmentLedgerUpdate.advance(storage.ledger().openPeriods(),
                holdings, request.asOf(), latest.map(ScanRun::asOf).orElse(null));
        AcknowledgementPlan acknowledgements = AcknowledgementPlan.of(catalogue, directory, holdings,
                ledger.open(), storage.acknowledgements().records(), request.asOf());
        List<DetectedFinding> detected = Detector.detect(new DetectionInput(catalogue, directory,
                holdings, people.after(), ledger, acknowledgements, storage.calendar().records(), request.asOf(),
                firstPrimaryDays(catalogue, ledger), request.hr(), handovers));
        Map<String, String> notStanding = ExceptionApprovals.notStanding(catalogue, people.after()::find,
                storage.ledger(), request.asOf());
        LifecycleOutcome findings = FindingLifecycle.merge(storage.findings().findings(), detected, request.asOf(),
                latest.map(ScanRun::asOf).orElse(null), catalogue.policy(),
                catalogue.acceptedRisks().stream().filter(risk -> !notStanding.containsKey(risk.id()))
                        .toList());
        PostureMetrics computed = PostureMetrics.compute(catalogue, holdings, directory,
                findings.open(), acknowledgements, request.asOf());
        PostureMetrics metrics = hr == null ? computed : computed.withUncoveredRoleDays(findings.open());
        ScanRun run = new ScanRun(startedAt.toString(), request.asOf(), startedAt, request.source(),
                request.catalogueSource().sha256(), findings.opened().size(),
                findings.reopened().size() + findings.returned().size(), findings.resolved().size(), metrics, digest,
                EngineBuild.current(), recordsRevision, request.directory().contentDigestIfUnchanged().orElse(null));

        // Events go out before anything is stored: if publishing fails, the retried scan detects the same
        // changes again and republishes them (at least once); the other way round they would be lost.
        events.publish(eventsOf(request, run, findings));
        storage.atomically(() -> {
            storage.people().save(people.changed());
            storage.ledger().save(ledger.changed());
            storage.findings().save(findings.changed());
            storage.handovers().propose(proposed);
            closed.forEach(handover -> storage.handovers().transition(handover, statusBefore(handovers, handover)));
            storage.runs().append(run, request.catalogueSource());
        });
        return new ScanResult(catalogue, guard, run, findings,
                new HolderState(catalogue, directory, holdings, acknowledgements), notStanding, hr);
    }

    private static Handover.Status statusBefore(List<Handover> kept, Handover changed) {
        return kept.stream().filter(handover -> handover.id().equals(changed.id())).findFirst()
                .map(Handover::status).orElseThrow();
    }

    /**
     * Whether this scan has exactly the inputs of the latest one: the same day, directory, roles.yaml,
     * engine build and records written between scans (acceptances, asks and calendar completions).
     * Every rule is a function of these and of the state that scan stored, so the rules would find
     * what it found and change nothing; an hourly scan on a quiet day is this case. A rule that comes to read any other record
     * written between scans must add its revision here.
     */
    private static boolean repeats(ScanRun latest, ScanRequest request, String digest, String recordsRevision) {
        return digest.equals(latest.directoryDigest()) && sameInputs(latest, request, recordsRevision);
    }

    /** Whether this scan has the latest one's inputs besides the directory (see {@link #repeats}). */
    private static boolean sameInputs(ScanRun latest, ScanRequest request, String recordsRevision) {
        return latest.asOf().equals(request.asOf())
                && request.catalogueSource().sha256().equals(latest.catalogueSha256())
                && EngineBuild.current().equals(latest.engine())
                && recordsRevision.equals(latest.recordsRevision());
    }

    private static DirectoryFingerprint refuseEmpty(DirectoryFingerprint directory, ScanRequest request) {
        if (directory.people() == 0) {
            throw new DirectoryReadException("the directory read from " + request.source() + " has nobody in it. "
                    + "No company has an empty directory, so this is a broken read or export, and scanning it would "
                    + "turn every holder into a leaver; nothing was stored. Check the source and try again.");
        }
        return directory;
    }

    /**
     * Records that the scan ran and found what the latest one found, reading only the findings to show.
     *
     * @param sourceDigest the digest of the source's content this scan saw, null when it has none
     */
    private ScanResult repeat(ScanRun latest, ScanRequest request, Instant startedAt, DirectoryFingerprint seen,
                              String sourceDigest) {
        LifecycleOutcome findings = FindingLifecycle.unchanged(storage.findings().findings());
        ScanRun run = new ScanRun(startedAt.toString(), request.asOf(), startedAt, request.source(),
                latest.catalogueSha256(), 0, 0, 0, latest.metrics(), latest.directoryDigest(), latest.engine(),
                latest.recordsRevision(), sourceDigest);
        storage.atomically(() -> storage.runs().append(run, request.catalogueSource()));
        GuardVerdict guard = ChangeGuard.unchanged(request.catalogue().policy().directoryChangeGuard(), seen);
        // What the latest scan decided, from the same directory and roles.yaml it stored.
        Map<String, String> notStanding = ExceptionApprovals.notStanding(request.catalogue(), storage.people()::find,
                storage.ledger(), request.asOf());
        return new ScanResult(request.catalogue(), guard, run, findings, null, notStanding);
    }

    private static List<FindingEvent> eventsOf(ScanRequest request, ScanRun run, LifecycleOutcome findings) {
        List<FindingEvent> list = new ArrayList<>();
        String organisation = request.catalogue().organisation();
        findings.opened().forEach(f -> list.add(new FindingEvent.Opened(organisation, run.asOf(), run.runId(), f)));
        findings.reopened().forEach(f -> list.add(new FindingEvent.Opened(organisation, run.asOf(), run.runId(), f)));
        findings.returned().forEach(f -> list.add(new FindingEvent.Opened(organisation, run.asOf(), run.runId(), f,
                f.exception().exceptionId())));
        findings.accepted().forEach(f -> list.add(new FindingEvent.Accepted(organisation, run.asOf(), run.runId(), f)));
        findings.resolved().forEach(f -> list.add(new FindingEvent.Resolved(organisation, run.asOf(), run.runId(), f)));
        return list;
    }
}
