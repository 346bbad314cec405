package io.rolecall.core.testing;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementRecords;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.TrainingCompletion;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.AcknowledgementStore;
import io.rolecall.core.port.AssignmentLedger;
import io.rolecall.core.port.CalendarStore;
import io.rolecall.core.port.FindingStore;
import io.rolecall.core.port.HandoverStore;
import io.rolecall.core.port.PeopleStore;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.port.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A faithful in-memory store for use-case tests; it passes the same contract tests as real stores. */
public final class InMemoryStorage {

    private InMemoryStorage() {
    }

    public static Storage create() {
        return new Storage(new Findings(), new Ledger(), new People(), new Runs(), new Acknowledgements(),
                new InMemoryNonconformities(), new Calendar(), new InMemoryReportArchive(), new Handovers(),
                UnitOfWork.DIRECT);
    }

    /** Handovers by id; a transition only from the expected status, as the real stores do it. */
    public static final class Handovers implements HandoverStore {
        private final Map<String, Handover> byId = new TreeMap<>();
        private int revision;

        @Override
        public synchronized List<Handover> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public synchronized Optional<Handover> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public synchronized void propose(Collection<Handover> proposals) {
            for (Handover proposal : proposals) {
                Handover kept = byId.get(proposal.id());
                if (kept == null) {
                    byId.put(proposal.id(), proposal);
                } else if (kept.status() == Handover.Status.PROPOSED && !kept.effective().equals(proposal.effective())) {
                    byId.put(proposal.id(), kept.withEffective(proposal.effective()));
                }
            }
        }

        @Override
        public synchronized boolean transition(Handover next, Handover.Status expected) {
            Handover kept = byId.get(next.id());
            if (kept == null || kept.status() != expected) {
                return false;
            }
            byId.put(next.id(), next);
            revision++;
            return true;
        }

        @Override
        public synchronized String revision() {
            return String.valueOf(revision);
        }
    }

    /** Completions kept once per subject, day and evidence, as the real stores keep them. */
    public static final class Calendar implements CalendarStore {
        private final Map<List<Object>, ActivityCompletion> activities = new LinkedHashMap<>();
        private final Map<List<Object>, TrainingCompletion> training = new LinkedHashMap<>();
        private int revision;

        @Override
        public CalendarRecords records() {
            return new CalendarRecords(new ArrayList<>(activities.values()), new ArrayList<>(training.values()));
        }

        @Override
        public void recordActivity(ActivityCompletion completion) {
            activities.putIfAbsent(List.of(completion.activityId(), completion.completedOn(), completion.evidence()),
                    completion);
            revision++;
        }

        @Override
        public void recordTraining(Collection<TrainingCompletion> completions) {
            completions.forEach(c -> training.putIfAbsent(List.of(c.person(), c.roleId(), c.completedOn(),
                    c.evidence()), c));
            revision++;
        }

        @Override
        public String revision() {
            return String.valueOf(revision);
        }
    }

    public static final class Acknowledgements implements AcknowledgementStore {
        private final List<Acceptance> acceptances = new ArrayList<>();
        private final List<Attempt> attempts = new ArrayList<>();
        private final Set<Ask> asks = new LinkedHashSet<>();
        private int revision;

        @Override
        public AcknowledgementRecords records() {
            return new AcknowledgementRecords(acceptances, attempts, new ArrayList<>(asks));
        }

        @Override
        public AcknowledgementRecords recordsOf(Email person, String roleId) {
            return new AcknowledgementRecords(
                    acceptances.stream().filter(a -> a.person().equals(person) && a.roleId().equals(roleId)).toList(),
                    attempts.stream().filter(a -> a.person().equals(person) && a.roleId().equals(roleId)).toList(),
                    asks.stream().filter(a -> a.person().equals(person) && a.roleId().equals(roleId)).toList());
        }

        @Override
        public synchronized boolean recordAcceptance(Acceptance acceptance) {
            if (acceptances.stream().anyMatch(kept -> kept.person().equals(acceptance.person())
                    && kept.roleId().equals(acceptance.roleId()) && kept.version().equals(acceptance.version())
                    && kept.sequence() == acceptance.sequence())) {
                return false;
            }
            acceptances.add(acceptance);
            revision++;
            return true;
        }

        @Override
        public synchronized boolean recordAttempt(Attempt attempt, int maxPerHour) {
            long sameHour = attempts.stream().filter(kept -> kept.person().equals(attempt.person())
                    && kept.roleId().equals(attempt.roleId()) && kept.version().equals(attempt.version())
                    && kept.hour().equals(attempt.hour())).count();
            if (sameHour >= maxPerHour) {
                return false;
            }
            attempts.add(attempt);
            return true;
        }

        @Override
        public void recordAsks(Collection<Ask> recorded) {
            asks.addAll(recorded);
            revision++;
        }

        @Override
        public String revision() {
            return String.valueOf(revision);
        }
    }

    public static final class Findings implements FindingStore {
        private final Map<String, Finding> byId = new LinkedHashMap<>();
        private int writes;

        @Override
        public List<Finding> findings() {
            return new ArrayList<>(byId.values());
        }

        @Override
        public void save(Collection<Finding> changed) {
            changed.forEach(f -> byId.put(f.id(), f));
            writes += changed.size();
        }

        public int writes() {
            return writes;
        }
    }

    public static final class Ledger implements AssignmentLedger {
        private final Map<String, AssignmentPeriod> byKey = new LinkedHashMap<>();

        @Override
        public List<AssignmentPeriod> openPeriods() {
            return byKey.values().stream().filter(AssignmentPeriod::open).toList();
        }

        @Override
        public List<AssignmentPeriod> periods(String roleId) {
            return byKey.values().stream().filter(p -> p.roleId().equals(roleId))
                    .sorted(Comparator.comparing(AssignmentPeriod::from)
                            .thenComparing(p -> p.person().value()).thenComparing(AssignmentPeriod::capacity))
                    .toList();
        }

        @Override
        public void save(Collection<AssignmentPeriod> changed) {
            changed.forEach(p -> byKey.put(p.periodKey(), p));
        }
    }

    public static final class People implements PeopleStore {
        private final Map<Email, KnownPerson> byEmail = new LinkedHashMap<>();

        @Override
        public KnownPeople knownPeople() {
            return KnownPeople.of(byEmail.values());
        }

        @Override
        public Optional<KnownPerson> find(Email email) {
            return Optional.ofNullable(byEmail.get(email));
        }

        @Override
        public void save(Collection<KnownPerson> changed) {
            changed.forEach(p -> byEmail.put(p.email(), p));
        }
    }

    public static final class Runs implements RunLog {
        private final Map<String, ScanRun> byId = new LinkedHashMap<>();
        private final Map<String, CatalogueSource> catalogues = new LinkedHashMap<>();

        @Override
        public Optional<ScanRun> latest() {
            return byId.values().stream().max(ORDER);
        }

        @Override
        public Optional<ScanRun> latestOnOrBefore(LocalDate day) {
            return byId.values().stream().filter(r -> !r.asOf().isAfter(day)).max(ORDER);
        }

        @Override
        public List<ScanRun> between(LocalDate from, LocalDate to) {
            return byId.values().stream().filter(r -> !r.asOf().isBefore(from) && !r.asOf().isAfter(to))
                    .sorted(ORDER).toList();
        }

        @Override
        public void append(ScanRun run, CatalogueSource catalogue) {
            catalogues.putIfAbsent(catalogue.sha256(), catalogue);
            byId.put(run.runId(), run);
        }

        @Override
        public Optional<CatalogueSource> catalogue(String sha256) {
            return Optional.ofNullable(catalogues.get(sha256));
        }

        private static final Comparator<ScanRun> ORDER = Comparator.comparing(ScanRun::asOf)
                .thenComparing(ScanRun::startedAt);
    }
}
