package io.rolecall.infra.local;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.model.Email;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.NcSource;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that share one state folder, each on its own connection as separate commands are: a scan,
 * the pages of {@code rolecall serve} and {@code nc} commands. SQLite serialises them; none may fail
 * because another wrote at the same moment.
 */
class ConcurrentWritersTest {

    @TempDir
    Path dir;

    @Test
    void wrongAnswersPostedWithoutPauseNeverMakeAScanFail() throws Exception {
        LocalStorage.open(dir).close();
        AtomicBoolean scanning = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (LocalStorage scan = LocalStorage.open(dir); LocalStorage serve = LocalStorage.openForRecording(dir)) {
            Future<Integer> pages = threads.submit(() -> {
                int posted = 0;
                while (scanning.get()) {
                    // Each POST reads the holder's records, then writes: what the acceptance page does.
                    serve.storage().acknowledgements().recordsOf(Email.of("ada@acme.example"), "isms-manager");
                    serve.storage().acknowledgements().recordAttempt(new Attempt(Email.of("ada@acme.example"),
                            "isms-manager", "v" + (posted % 7), Instant.parse("2026-11-02T09:00:00Z").plusSeconds(posted),
                            List.of("no"), List.of(1), "curl"), Integer.MAX_VALUE);
                    posted++;
                }
                return posted;
            });
            for (int run = 0; run < 20; run++) {
                int day = run;
                // As a scan stores its changes: it reads the store, then writes one unit.
                scan.storage().findings().findings();
                scan.storage().atomically(() -> {
                    scan.storage().people().save(people(day, 300));
                    scan.storage().findings().save(findings(day, 300));
                });
            }
            scanning.set(false);
            assertThat(pages.get(30, TimeUnit.SECONDS)).as("wrong answers posted meanwhile").isPositive();
            assertThat(scan.storage().findings().findings()).hasSize(20 * 300);
        } finally {
            scanning.set(false);
            threads.shutdownNow();
        }
    }

    @Test
    void ncCommandsRaisingAtOnceAllSucceedWithDistinctIds() throws Exception {
        LocalStorage.open(dir).close();
        int commands = 8;
        ExecutorService threads = Executors.newFixedThreadPool(commands);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> raised = new ArrayList<>();
            for (int i = 0; i < commands; i++) {
                int n = i;
                Callable<String> command = () -> {
                    try (LocalStorage nc = LocalStorage.openForRecording(dir)) {
                        start.await();
                        nc.storage().nonconformities().all();
                        Nonconformity nonconformity = nc.storage().nonconformities().raise(new NcDraft(NcSource.MANUAL,
                                List.of("f-" + n), DAY, "raised by command " + n, "ada@acme.example"));
                        return nonconformity.id();
                    }
                };
                raised.add(threads.submit(command));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<String> id : raised) {
                ids.add(id.get(60, TimeUnit.SECONDS));
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(commands)
                    .allSatisfy(id -> assertThat(id).matches("NC-2026-00[1-8]"));
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<KnownPerson> people(int day, int count) {
        List<KnownPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new KnownPerson(Fixtures.person("p" + i + "-" + day + "@acme.example").build(), DAY, null));
        }
        return people;
    }

    private static List<Finding> findings(int day, int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "role-" + day + "-" + i, DAY));
        }
        return findings;
    }
}
