package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.NcSource;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.port.NonconformityStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NonconformityStore} must do; each implementation runs these tests. */
public abstract class NonconformityStoreContract {

    private NonconformityStore store;

    /** A new, empty store. */
    protected abstract NonconformityStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    private static NcDraft draft(String findingId, LocalDate on) {
        return new NcDraft(NcSource.OVERDUE, List.of(findingId), on, "LEAVER_HOLDS_ROLE overdue: Bob <b> & co",
                Nonconformity.ROLECALL);
    }

    @Test
    void idsAreConsecutivePerYearFromOne() {
        Nonconformity first = store.raise(draft("f-1", DAY));
        Nonconformity second = store.raise(draft("f-2", DAY.plusDays(1)));
        Nonconformity nextYear = store.raise(draft("f-3", LocalDate.of(DAY.getYear() + 1, 1, 2)));
        Nonconformity third = store.raise(draft("f-4", DAY.plusDays(2)));

        assertThat(List.of(first.id(), second.id(), third.id(), nextYear.id())).containsExactly(
                "NC-" + DAY.getYear() + "-001", "NC-" + DAY.getYear() + "-002", "NC-" + DAY.getYear() + "-003",
                "NC-" + (DAY.getYear() + 1) + "-001");
        assertThat(store.all()).extracting(Nonconformity::id).containsExactly(first.id(), second.id(), third.id(),
                nextYear.id());
    }

    @Test
    void aRaisedNonconformityComesBackWithEveryField() {
        Nonconformity raised = store.raise(draft("f-1", DAY));

        assertThat(raised.revision()).isEqualTo(1);
        assertThat(raised.status()).isEqualTo(NcStatus.OPEN);
        assertThat(store.find(raised.id())).contains(raised);
        assertThat(store.find("NC-1999-001")).isEmpty();
    }

    @Test
    void updatesKeepTheWholeHistoryAndEveryFieldInOrder() {
        Nonconformity raised = store.raise(draft("f-1", DAY));
        Nonconformity planned = raised.plan(new Nonconformity.Plan("Handed the role to Dan", "Leavers were not "
                + "checked against roles.yaml", "Add the roles check to the offboarding checklist", "people-lead",
                DAY.plusDays(14)), DAY.plusDays(1), "ada@acme.example");

        Nonconformity stored = store.update(planned);
        Nonconformity taken = store.update(stored.actionTaken(DAY.plusDays(10), "arn:aws:iam::123456789012:user/ada")
                .note("Zoë's \"note\" <script>", DAY.plusDays(10), "ada"));

        assertThat(stored.revision()).isEqualTo(2);
        assertThat(taken.revision()).isEqualTo(3);
        assertThat(store.find(raised.id())).contains(taken);
        assertThat(taken.status()).isEqualTo(NcStatus.ACTION_TAKEN);
        assertThat(taken.actionTakenOn()).isEqualTo(DAY.plusDays(10));
        assertThat(taken.history()).hasSize(9);
        assertThat(taken.history().get(0).change()).startsWith("raised (OVERDUE)");
        assertThat(taken.history().get(8).change()).isEqualTo("note: Zoë's \"note\" <script>");
    }

    @Test
    void anUpdateOverAnotherRevisionIsRefusedAndWritesNothing() {
        Nonconformity raised = store.raise(draft("f-1", DAY));
        Nonconformity first = store.update(raised.note("first", DAY, "ada"));

        assertThatThrownBy(() -> store.update(raised.note("second, from a stale read", DAY, "bea")))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining(raised.id());
        assertThat(store.find(raised.id())).contains(first);
    }

    @Test
    void twentyRaisesAtOnceGetTwentyDistinctConsecutiveIds() throws Exception {
        int raises = 20;
        ExecutorService pool = Executors.newFixedThreadPool(raises);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Nonconformity>> futures = new ArrayList<>();
            for (int i = 0; i < raises; i++) {
                String finding = "f-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return store.raise(draft(finding, DAY));
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Nonconformity> future : futures) {
                ids.add(future.get().id());
            }
            Collections.sort(ids);

            assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, raises)
                    .mapToObj(n -> NcDraft.id(DAY.getYear(), n)).toList());
            assertThat(store.all()).hasSize(raises).extracting(nc -> nc.findingIds().get(0)).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
