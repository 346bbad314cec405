package io.rolecall.connector.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HandoverTest {

    @Test
    void theWorkerHandlesEveryItemInTheOrderGivenAcrossBatches() {
        List<Integer> handled = new ArrayList<>();
        try (Handover<Integer> handover = new Handover<>("handover-in-order", handled::add)) {
            IntStream.range(0, 10_000).forEach(handover::give);
            handover.finish();
        }

        assertThat(handled).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
    }

    @Test
    void aFailureOfTheWorkerReachesTheReaderAndEndsTheRead() {
        try (Handover<Integer> handover = new Handover<>("handover-failing", item -> {
            if (item == 300) {
                throw new IllegalStateException("item 300 is bad");
            }
        })) {
            assertThatThrownBy(() -> {
                IntStream.range(0, 1_000_000).forEach(handover::give);
                handover.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("item 300 is bad");
        }
    }

    @Test
    void aReaderThatGivesUpStopsTheWorker() throws InterruptedException {
        Handover<Integer> handover = new Handover<>("handover-given-up", item -> { });
        IntStream.range(0, 1_000).forEach(handover::give);

        handover.close();

        for (int waited = 0; workerAlive("handover-given-up"); waited += 10) {
            assertThat(waited).as("the worker stopped within 5 s").isLessThan(5_000);
            Thread.sleep(10);
        }
    }

    private static boolean workerAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
