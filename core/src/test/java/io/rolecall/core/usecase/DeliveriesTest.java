package io.rolecall.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.MessageChannel;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each message goes out once per channel and key, whatever runs repeat or overlap, and says how it went. */
class DeliveriesTest {

    private final InMemoryReportLog log = new InMemoryReportLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    /** A channel that records what it was asked to deliver and answers as {@code answer} says. */
    private static final class FakeChannel implements MessageChannel {
        final List<Message> delivered = Collections.synchronizedList(new ArrayList<>());
        Function<Message, Delivered> answer = message -> new Delivered("U-" + message.key(), "ts-" + message.key());

        @Override
        public String name() {
            return "slack";
        }

        @Override
        public Delivered deliver(Message message) {
            Delivered result = answer.apply(message);
            delivered.add(message);
            return result;
        }
    }

    private static Message to(String key, String person) {
        return new Message(key, new Recipient.Person(Email.of(person)), "Subject", "text",
                List.of(new Message.Section("ISMS Manager", "Accept by 2026-12-14.", "Review and accept",
                        "https://roles.acme.example/ack/x")));
    }

    @Test
    void aMessageIsDeliveredOnceAndRecordedWithItsRecipientAndId() {
        FakeChannel slack = new FakeChannel();
        Deliveries deliveries = new Deliveries(List.of(slack), log, clock, Duration.ofMinutes(5));

        Deliveries.Run first = deliveries.start();
        first.deliver("slack", to("notice-1", "ada@acme.example"));
        Deliveries.Run second = deliveries.start();
        second.deliver("slack", to("notice-1", "ada@acme.example"));

        assertThat(slack.delivered).hasSize(1);
        assertThat(first.tallies()).singleElement().satisfies(t -> assertThat(t.delivered()).isEqualTo(1));
        assertThat(second.tallies()).singleElement().satisfies(t -> {
            assertThat(t.delivered()).isZero();
            assertThat(t.alreadyDelivered()).isEqualTo(1);
        });
        assertThat(log.find("slack:notice-1")).hasValueSatisfying(d -> {
            assertThat(d.recipient()).isEqualTo("U-notice-1");
            assertThat(d.deliveryId()).isEqualTo("ts-notice-1");
        });
    }

    @Test
    void twoRunsAtOnceDeliverEachMessageOnce() throws Exception {
        FakeChannel slack = new FakeChannel();
        Deliveries deliveries = new Deliveries(List.of(slack), log, clock, Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int run = 0; run < 8; run++) {
            pool.submit(() -> {
                start.await();
                Deliveries.Run mine = deliveries.start();
                for (int i = 0; i < 20; i++) {
                    mine.deliver("slack", to("notice-" + i, "p" + i + "@acme.example"));
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(slack.delivered).extracting(Message::key).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownPersonIsCountedAndAskedAgainNextTimeAFailedMessageTooWhileARefusalStopsTheChannel() {
        FakeChannel slack = new FakeChannel();
        slack.answer = message -> switch (message.key()) {
            case "notice-unknown" -> throw new MessageChannel.RecipientUnknownException("bea@acme.example is not on "
                    + "Slack");
            case "notice-failed" -> throw new MessageChannel.DeliveryFailedException("Slack answered HTTP 500", null);
            case "notice-refused" -> throw new MessageChannel.ChannelRefusedException("Slack refused the token "
                    + "(invalid_auth)");
            default -> new MessageChannel.Delivered("U1", "ts");
        };
        Deliveries deliveries = new Deliveries(List.of(slack), log, clock, Duration.ofMinutes(5));

        Deliveries.Run run = deliveries.start();
        for (String key : List.of("notice-unknown", "notice-failed", "notice-ok", "notice-refused", "notice-after")) {
            run.deliver("slack", to(key, "x@acme.example"));
        }

        assertThat(run.tallies()).singleElement().satisfies(tally -> {
            assertThat(tally.delivered()).isEqualTo(1);
            assertThat(tally.recipientsUnknown()).containsExactly("bea@acme.example is not on Slack");
            assertThat(tally.failures()).containsExactly("Slack answered HTTP 500");
            assertThat(tally.refused()).isEqualTo("Slack refused the token (invalid_auth)");
        });
        assertThat(slack.delivered).extracting(Message::key).as("nothing after the refusal")
                .containsExactly("notice-ok");
        for (String key : List.of("unknown", "failed", "refused", "after")) {
            assertThat(log.find("slack:notice-" + key)).as(key + ": free for the next run").isEmpty();
        }
    }

    @Test
    void aChannelRolesYamlNamesButThatIsNotSetUpIsReportedNotDelivered() {
        Deliveries.Run run = new Deliveries(List.of(), log, clock, Duration.ofMinutes(5)).start();

        run.deliver("slack", to("notice-1", "ada@acme.example"));

        assertThat(run.tallies()).singleElement().satisfies(tally -> assertThat(tally.refused())
                .isEqualTo("roles.yaml delivers to slack, but it is not set up here: its settings are missing"));
        assertThat(log.find("slack:notice-1")).isEmpty();
    }

    @Test
    void channelsThatCannotBeMadeRefuseTheRunSayingWhyAndAStateThatCannotClaimFailsOnlyTheMessage() {
        Deliveries unreadable = new Deliveries(delivery -> {
            throw new IllegalStateException("AccessDeniedException reading the credentials secret");
        }, log, clock, Duration.ofMinutes(5));
        Deliveries.Run run = unreadable.start(io.rolecall.core.catalogue.Delivery.EMAIL_ONLY);
        run.deliver("slack", to("notice-1", "ada@acme.example"));
        assertThat(run.tallies()).singleElement().satisfies(tally -> assertThat(tally.refused()).isEqualTo(
                "roles.yaml delivers to slack, but it is not set up here: its settings cannot be read "
                        + "(AccessDeniedException reading the credentials secret)"));

        FakeChannel slack = new FakeChannel();
        Deliveries.Run failing = new Deliveries(List.of(slack), new io.rolecall.core.port.ReportLog() {
            @Override
            public boolean claim(String key, Instant now, Duration lease) {
                throw new IllegalStateException("the table is throttled");
            }

            @Override
            public void markSent(String key, Instant at, String id, int recipients) {
            }

            @Override
            public void markDelivered(String key, Instant at, String id, String recipient) {
            }

            @Override
            public List<SentReport> sentBetween(String prefix, Instant from, Instant to) {
                return List.of();
            }

            @Override
            public void release(String key) {
            }

            @Override
            public java.util.Optional<SentReport> find(String key) {
                return java.util.Optional.empty();
            }
        }, clock, Duration.ofMinutes(5)).start();
        failing.deliver("slack", to("notice-1", "ada@acme.example"));
        assertThat(slack.delivered).isEmpty();
        assertThat(failing.tallies()).singleElement().satisfies(tally -> assertThat(tally.failures())
                .containsExactly("its record could not be claimed (the table is throttled)"));
    }
}
