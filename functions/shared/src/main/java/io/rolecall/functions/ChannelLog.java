package io.rolecall.functions;

import io.rolecall.core.usecase.Deliveries;
import java.util.List;
import org.slf4j.Logger;

/**
 * One log line per channel beside email that a run used: counts, and what to fix when it refused. Never
 * who a message went to, nor whom the channel did not know: personal data stays out of the logs.
 */
final class ChannelLog {

    /** The stack's alarms can count this exact message (a metric filter on the log group). */
    static final String REFUSED = "channel refused";

    private ChannelLog() {
    }

    static void log(Logger log, List<Deliveries.Tally> tallies) {
        for (Deliveries.Tally tally : tallies) {
            var line = (tally.refused() != null || !tally.failures().isEmpty() ? log.atWarn() : log.atInfo())
                    .addKeyValue("channel", tally.channel()).addKeyValue("delivered", tally.delivered())
                    .addKeyValue("deliveredBefore", tally.alreadyDelivered())
                    .addKeyValue("recipientsUnknown", tally.recipientsUnknown().size())
                    .addKeyValue("failed", tally.failures().size());
            if (tally.refused() != null) {
                line.addKeyValue("fix", tally.refused()).log(REFUSED);
            } else {
                line.log("channel delivered");
            }
        }
    }
}
