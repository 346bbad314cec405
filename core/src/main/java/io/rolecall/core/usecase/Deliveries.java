package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.model.Message;
import io.rolecall.core.port.MessageChannel;
import io.rolecall.core.port.ReportLog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Delivers messages on the channels beside email (Slack, Teams, Jira), each once per channel and key
 * however often or concurrently it runs: claim the key, deliver, mark it delivered with the recipient
 * and the channel's id of the message, as reports are sent. A person the channel does not know is
 * counted; a channel that refuses to work is not used again in the run and says what to fix; a message
 * that failed is released, so that a later run may send it.
 */
public final class Deliveries {

    /** No channel beside email. */
    public static final Deliveries NONE = new Deliveries(List.of(), null, Clock.systemUTC(), Duration.ZERO);

    private final Function<Delivery, List<MessageChannel>> channels;
    private final ReportLog log;
    private final Clock clock;
    private final Duration lease;

    /** @param lease how long a claim holds: longer than delivering one message takes */
    public Deliveries(List<MessageChannel> channels, ReportLog log, Clock clock, Duration lease) {
        this(delivery -> channels, log, clock, lease);
    }

    /**
     * @param channels makes the channels roles.yaml's {@code delivery:} uses, for each run (they may read
     *                 a secret, and they remember what they looked up in it); one it cannot make (its
     *                 settings missing) is left out, and the run reports it as not set up
     */
    public Deliveries(Function<Delivery, List<MessageChannel>> channels, ReportLog log, Clock clock, Duration lease) {
        this.channels = channels;
        this.log = log;
        this.clock = clock;
        this.lease = lease;
    }

    /** A run of deliveries on a fixed set of channels, which counts what happened on each. */
    public Run start() {
        return start(Delivery.EMAIL_ONLY);
    }

    /**
     * A run of deliveries to the channels of roles.yaml's {@code delivery:}. Channels that cannot be made
     * (a secret that cannot be read) refuse every message of the run, saying why; the run goes on.
     */
    public Run start(Delivery delivery) {
        Map<String, MessageChannel> made = new LinkedHashMap<>();
        try {
            channels.apply(delivery).forEach(channel -> made.put(channel.name(), channel));
        } catch (RuntimeException cannot) {
            return new Run(made, "its settings cannot be read (" + cannot.getMessage() + ")");
        }
        return new Run(made, null);
    }

    /** The deliveries of one notify run or one report. */
    public final class Run {

        private final Map<String, MessageChannel> channels;
        private final String unavailable;
        private final Map<String, Tally> tallies = new LinkedHashMap<>();

        private Run(Map<String, MessageChannel> channels, String unavailable) {
            this.channels = channels;
            this.unavailable = unavailable;
        }

        /** Delivers {@code message} on {@code channel} unless it was already, or the channel refused this run. */
        public void deliver(String channel, Message message) {
            MessageChannel target = channels.get(channel);
            Tally tally = tallies.computeIfAbsent(channel, Tally::new);
            if (target == null) {
                tally.refused = "roles.yaml delivers to " + channel + ", but it is not set up here: "
                        + (unavailable != null ? unavailable : "its settings are missing");
                return;
            }
            if (tally.refused != null) {
                return;
            }
            String key = channel + ":" + message.key();
            try {
                if (!log.claim(key, clock.instant(), lease)) {
                    tally.alreadyDelivered++;
                    return;
                }
            } catch (RuntimeException stateUnavailable) {
                // What went before (the email, the report) stands: this message waits for a later run.
                tally.failures.add("its record could not be claimed (" + stateUnavailable.getMessage() + ")");
                return;
            }
            try {
                MessageChannel.Delivered delivered = target.deliver(message);
                log.markDelivered(key, clock.instant(), delivered.externalId(), delivered.recipient());
                tally.delivered++;
            } catch (MessageChannel.RecipientUnknownException unknown) {
                log.release(key);
                tally.recipientsUnknown.add(unknown.getMessage());
            } catch (MessageChannel.ChannelRefusedException refused) {
                log.release(key);
                tally.refused = refused.getMessage();
            } catch (MessageChannel.DeliveryFailedException failed) {
                log.release(key);
                tally.failures.add(failed.getMessage());
            }
        }

        /** What happened on each channel used, in the order first used. */
        public List<Tally> tallies() {
            return List.copyOf(tallies.values());
        }
    }

    /** What one run did on one channel. */
    public static final class Tally {
        private final String channel;
        private int delivered;
        private int alreadyDelivered;
        private final List<String> recipientsUnknown = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private String refused;

        Tally(String channel) {
            this.channel = channel;
        }

        public String channel() {
            return channel;
        }

        public int delivered() {
            return delivered;
        }

        /** Delivered by an earlier or a concurrent run. */
        public int alreadyDelivered() {
            return alreadyDelivered;
        }

        /** Why each person the channel does not know was left out (who, as the channel said). */
        public List<String> recipientsUnknown() {
            return List.copyOf(recipientsUnknown);
        }

        public List<String> failures() {
            return List.copyOf(failures);
        }

        /** What to fix when the channel refused to work, else null. */
        public String refused() {
            return refused;
        }
    }
}
