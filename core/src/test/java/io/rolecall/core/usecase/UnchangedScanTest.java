package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.AssignmentLedger;
import io.rolecall.core.port.DirectorySource;
import io.rolecall.core.port.PeopleStore;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.ScanHarness;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A scan of a directory that did not change since the latest scan takes shortcuts: it does not read
 * everyone from the store, and on the same day with the same roles.yaml it runs no rule at all. Each
 * test runs the same scans on a store that hides what the shortcuts need, so that every scan there
 * takes the long way, and both must end in the same state.
 */
class UnchangedScanTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 2);

    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
              - {id: incident-response-lead, name: IR Lead, primary: [ian@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
            """;

    private static final List<Person> DIRECTORY = List.of(active("ceo@test.example", "Cleo"),
            active("ada@test.example", "Ada"), person("bea@test.example").name("Bea").title("Engineer").build(),
            person("ian@test.example").name("Ian").status(PersonStatus.LEFT).build());
    /** Bea moved to another job: a rule reports it once the role was not reviewed since. */
    private static final List<Person> BEA_MOVED = List.of(active("ceo@test.example", "Cleo"),
            active("ada@test.example", "Ada"), person("bea@test.example").name("Bea").title("Manager").build(),
            person("ian@test.example").name("Ian").status(PersonStatus.LEFT).build());

    private final CountingStorage counted = new CountingStorage(InMemoryStorage.create());
    private final ScanHarness shortcuts = new ScanHarness(counted.storage());
    private final ScanHarness longWay = new ScanHarness(withoutShortcuts(InMemoryStorage.create()));

    private void scanBoth(List<Person> directory, LocalDate asOf) {
        shortcuts.scan(ROLES, directory, asOf);
        longWay.scan(ROLES, directory, asOf);
    }

    private void assertSameState() {
        assertThat(shortcuts.storage().findings().findings())
                .containsExactlyInAnyOrderElementsOf(longWay.storage().findings().findings());
        assertThat(shortcuts.storage().people().knownPeople().all())
                .containsExactlyInAnyOrderElementsOf(longWay.storage().people().knownPeople().all());
        assertThat(shortcuts.storage().ledger().openPeriods())
                .containsExactlyInAnyOrderElementsOf(longWay.storage().ledger().openPeriods());
        assertThat(shortcuts.storage().runs().latest().orElseThrow().metrics())
                .isEqualTo(longWay.storage().runs().latest().orElseThrow().metrics());
    }

    @Test
    void anUnchangedDirectoryOnALaterDayIsNotReadInFullYetGivesWhatAFullReadGives() {
        scanBoth(DIRECTORY, MON);
        scanBoth(BEA_MOVED, MON.plusDays(1));
        assertThat(counted.fullReadsOfPeople).isEqualTo(2);

        shortcuts.scan(ROLES, BEA_MOVED, MON.plusDays(40));
        longWay.scan(ROLES, BEA_MOVED, MON.plusDays(40));

        assertThat(counted.fullReadsOfPeople).as("the unchanged scan reads nobody in full").isEqualTo(2);
        assertThat(counted.lookups).as("it looked up the holders the rules asked about").isPositive();
        assertSameState();
        assertThat(shortcuts.open(FindingKind.HOLDER_CHANGED_JOB)).as("Bea backs up two roles").hasSize(2);
    }

    @Test
    void theSameInputsOnTheSameDayRunNoRuleAndRecordTheRunWithTheLatestResult() {
        scanBoth(DIRECTORY, MON);
        int ledgerReads = counted.ledgerReads;

        ScanResult again = shortcuts.scan(ROLES, DIRECTORY, MON);
        longWay.scan(ROLES, DIRECTORY, MON);

        assertThat(counted.ledgerReads).as("no rule ran, so the ledger was not read").isEqualTo(ledgerReads);
        assertThat(counted.fullReadsOfPeople).isEqualTo(1);
        assertThat(again.findings().open()).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.LEAVER_HOLDS_ROLE, FindingKind.ROLE_UNASSIGNED);
        assertThat(again.findings().changed()).isEmpty();
        assertThat(again.run().opened() + again.run().reopened() + again.run().resolved()).isZero();
        assertThat(shortcuts.storage().runs().between(MON, MON)).hasSize(2);
        assertSameState();
    }

    @Test
    void anyDifferentInputRunsTheRulesAgain() {
        scanBoth(DIRECTORY, MON);
        int ledgerReads = counted.ledgerReads;

        shortcuts.scan(ROLES + "  - {id: internal-auditor, name: Auditor, primary: [bea@test.example]}\n",
                DIRECTORY, MON);
        assertThat(counted.ledgerReads).as("another roles.yaml").isEqualTo(ledgerReads + 1);
        shortcuts.scan(ROLES, BEA_MOVED, MON);
        assertThat(counted.ledgerReads).as("another directory").isEqualTo(ledgerReads + 2);
        shortcuts.scan(ROLES, BEA_MOVED, MON.plusDays(1));
        assertThat(counted.ledgerReads).as("another day").isEqualTo(ledgerReads + 3);
    }

    @Test
    void aResultThatAnotherBuildOfTheEngineComputedIsNotReused() {
        Storage memory = InMemoryStorage.create();
        CountingStorage counting = new CountingStorage(new Storage(memory.findings(), memory.ledger(),
                memory.people(), new OtherEngineRuns(memory.runs()), memory.acknowledgements(), memory.nonconformities(),
                memory.calendar(), memory.sentReports(), memory.handovers(), memory.unitOfWork()));
        ScanHarness scans = new ScanHarness(counting.storage());
        scans.scan(ROLES, DIRECTORY, MON);

        scans.scan(ROLES, DIRECTORY, MON);

        assertThat(counting.ledgerReads).isEqualTo(2);
    }

    @Test
    void aSourceThatCanFingerprintItsDirectoryIsNotReadWhenTheInputsRepeat() {
        Storage storage = InMemoryStorage.create();
        MutableClock clock = new MutableClock(MON.atTime(9, 0).toInstant(ZoneOffset.UTC));
        ScanUseCase scans = new ScanUseCase(storage, clock);
        CatalogueSource roles = new CatalogueSource("roles.yaml", ROLES);
        ContentSource first = new ContentSource(DIRECTORY);
        scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(first), "file:people.json", MON,
                false));
        assertThat(first.reads).isEqualTo(1);

        clock.set(clock.instant().plusSeconds(3600));
        ContentSource again = new ContentSource(DIRECTORY);
        ScanResult repeated = scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(again),
                "file:people.json", MON, false));
        ContentSource nextDay = new ContentSource(DIRECTORY);
        clock.set(clock.instant().plusSeconds(86_400));
        scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(nextDay), "file:people.json",
                MON.plusDays(1), false));

        assertThat(again.reads).as("same inputs on the same day: fingerprinted, never read").isZero();
        assertThat(repeated.findings().open()).hasSize(2);
        assertThat(repeated.guard().held()).isFalse();
        assertThat(nextDay.reads).as("a new day runs the rules, which need everyone").isEqualTo(1);
    }

    /**
     * A source that, like an export file, fingerprints its directory without a read that keeps everyone
     * and, given digests, has content of its own whose digest the test sets; it counts what is asked.
     */
    private static final class ContentSource implements DirectorySource {
        private final DirectorySnapshot directory;
        private final List<String> digests;
        private int digestsTaken;
        private int fingerprints;
        private int reads;

        /** @param digests the content's digest each time it is taken, the last one from then on; none: no content */
        ContentSource(List<Person> people, String... digests) {
            this.directory = DirectorySnapshot.of(people);
            this.digests = List.of(digests);
        }

        @Override
        public DirectorySnapshot read() {
            reads++;
            return directory;
        }

        @Override
        public Optional<DirectoryFingerprint> fingerprint() {
            fingerprints++;
            return Optional.of(directory.fingerprint());
        }

        @Override
        public Optional<String> contentDigest() {
            return digests.isEmpty() ? Optional.empty()
                    : Optional.of(digests.get(Math.min(digestsTaken++, digests.size() - 1)));
        }

        @Override
        public String describe() {
            return "file:people.json";
        }
    }

    @Test
    void contentTheLatestScanReadAndCheckedIsNeitherParsedNorFingerprintedAgain() {
        Storage storage = InMemoryStorage.create();
        MutableClock clock = new MutableClock(MON.atTime(9, 0).toInstant(ZoneOffset.UTC));
        ScanUseCase scans = new ScanUseCase(storage, clock);
        CatalogueSource roles = new CatalogueSource("roles.yaml", ROLES);
        ContentSource first = new ContentSource(DIRECTORY, "sha256:one");
        ScanResult read = scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(first),
                "file:people.json", MON, false));
        assertThat(read.run().sourceDigest()).isEqualTo("sha256:one");

        clock.set(clock.instant().plusSeconds(3600));
        ContentSource same = new ContentSource(DIRECTORY, "sha256:one");
        ScanResult repeated = scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(same),
                "file:people.json", MON, false));

        assertThat(same.reads + same.fingerprints).as("the same bytes: neither read nor fingerprinted").isZero();
        assertThat(repeated.findings().open()).containsExactlyInAnyOrderElementsOf(read.findings().open());
        assertThat(repeated.run().metrics()).isEqualTo(read.run().metrics());
        assertThat(repeated.run().directoryDigest()).isEqualTo(read.run().directoryDigest());
        assertThat(repeated.guard().held()).isFalse();
        assertThat(repeated.run().sourceDigest()).isEqualTo("sha256:one");

        // Other bytes holding the same people (a file written again): fingerprinted, and their digest kept.
        clock.set(clock.instant().plusSeconds(3600));
        ContentSource rewritten = new ContentSource(DIRECTORY, "sha256:two");
        ScanResult samePeople = scans.scan(new ScanRequest(roles, roles.parse(),
                ScanDirectory.readingFrom(rewritten), "file:people.json", MON, false));
        assertThat(rewritten.fingerprints).isEqualTo(1);
        assertThat(rewritten.reads).isZero();
        assertThat(samePeople.run().sourceDigest()).isEqualTo("sha256:two");

        // A new day runs the rules, which need everyone, whatever the bytes.
        clock.set(clock.instant().plusSeconds(86_400));
        ContentSource nextDay = new ContentSource(DIRECTORY, "sha256:two");
        scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(nextDay), "file:people.json",
                MON.plusDays(1), false));
        assertThat(nextDay.reads).isEqualTo(1);
    }

    @Test
    void contentThatChangedWhileItWasReadIsNotTakenForWhatWasChecked() {
        Storage storage = InMemoryStorage.create();
        MutableClock clock = new MutableClock(MON.atTime(9, 0).toInstant(ZoneOffset.UTC));
        ScanUseCase scans = new ScanUseCase(storage, clock);
        CatalogueSource roles = new CatalogueSource("roles.yaml", ROLES);
        ContentSource changing = new ContentSource(DIRECTORY, "sha256:before", "sha256:after");
        ScanResult read = scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(changing),
                "file:people.json", MON, false));
        assertThat(read.run().sourceDigest()).as("the bytes read are not known for sure").isNull();

        clock.set(clock.instant().plusSeconds(3600));
        ContentSource before = new ContentSource(BEA_MOVED, "sha256:before");
        scans.scan(new ScanRequest(roles, roles.parse(), ScanDirectory.readingFrom(before), "file:people.json", MON,
                false));
        assertThat(before.fingerprints).as("checked, not assumed").isEqualTo(1);
        assertThat(before.reads).as("Bea moved: the rules run again").isEqualTo(1);
    }

    /** A store whose runs forget their directory digest and engine: every scan must take the long way. */
    private static Storage withoutShortcuts(Storage storage) {
        return new Storage(storage.findings(), storage.ledger(), storage.people(), new RunsSeenAs(storage.runs()) {
            @Override
            ScanRun seen(ScanRun run) {
                return withDigestAndEngine(run, null, null);
            }
        }, storage.acknowledgements(), storage.nonconformities(), storage.calendar(), storage.sentReports(),
                storage.handovers(), storage.unitOfWork());
    }

    /** Runs recorded by a build other than this one. */
    private static final class OtherEngineRuns extends RunsSeenAs {
        OtherEngineRuns(RunLog runs) {
            super(runs);
        }

        @Override
        ScanRun seen(ScanRun run) {
            return withDigestAndEngine(run, run.directoryDigest(), "0.0.1 built 2020-01-01T00:00:00Z");
        }
    }

    /** The run with another directory digest and engine; forgetting the digest forgets the source's too. */
    private static ScanRun withDigestAndEngine(ScanRun run, String digest, String engine) {
        return new ScanRun(run.runId(), run.asOf(), run.startedAt(), run.source(), run.catalogueSha256(), run.opened(),
                run.reopened(), run.resolved(), run.metrics(), digest, engine, run.recordsRevision(),
                digest == null ? null : run.sourceDigest());
    }

    /** A run log whose latest run the scan sees changed by {@link #seen}. */
    private abstract static class RunsSeenAs implements RunLog {
        private final RunLog runs;

        RunsSeenAs(RunLog runs) {
            this.runs = runs;
        }

        abstract ScanRun seen(ScanRun run);

        @Override
        public Optional<ScanRun> latest() {
            return runs.latest().map(this::seen);
        }

        @Override
        public Optional<ScanRun> latestOnOrBefore(LocalDate day) {
            return runs.latestOnOrBefore(day);
        }

        @Override
        public List<ScanRun> between(LocalDate from, LocalDate to) {
            return runs.between(from, to);
        }

        @Override
        public void append(ScanRun run, CatalogueSource catalogue) {
            runs.append(run, catalogue);
        }

        @Override
        public Optional<CatalogueSource> catalogue(String sha256) {
            return runs.catalogue(sha256);
        }
    }

    /** Counts how often a scan reads everyone, looks one person up, and reads the ledger. */
    private static final class CountingStorage {
        private final Storage delegate;
        private int fullReadsOfPeople;
        private int lookups;
        private int ledgerReads;

        CountingStorage(Storage delegate) {
            this.delegate = delegate;
        }

        Storage storage() {
            PeopleStore people = new PeopleStore() {
                @Override
                public KnownPeople knownPeople() {
                    fullReadsOfPeople++;
                    return delegate.people().knownPeople();
                }

                @Override
                public Optional<KnownPerson> find(Email email) {
                    lookups++;
                    return delegate.people().find(email);
                }

                @Override
                public void save(Collection<KnownPerson> changed) {
                    delegate.people().save(changed);
                }
            };
            AssignmentLedger ledger = new AssignmentLedger() {
                @Override
                public List<AssignmentPeriod> openPeriods() {
                    ledgerReads++;
                    return delegate.ledger().openPeriods();
                }

                @Override
                public List<AssignmentPeriod> periods(String roleId) {
                    return delegate.ledger().periods(roleId);
                }

                @Override
                public void save(Collection<AssignmentPeriod> changed) {
                    delegate.ledger().save(changed);
                }
            };
            return new Storage(delegate.findings(), ledger, people, delegate.runs(), delegate.acknowledgements(),
                    delegate.nonconformities(), delegate.calendar(), delegate.sentReports(), delegate.handovers(),
                    delegate.unitOfWork());
        }
    }
}
