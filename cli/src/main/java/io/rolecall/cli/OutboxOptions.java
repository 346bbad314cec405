package io.rolecall.cli;

import io.rolecall.core.model.Email;
import io.rolecall.infra.local.OutboxMailer;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Options of the commands that "send" locally: the emails go into an outbox folder as files. */
final class OutboxOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "outbox",
            description = "Outbox folder for the email files. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--from", paramLabel = "EMAIL", defaultValue = "rolecall@localhost.localdomain",
            description = "Sender address written into the .eml. Default: ${DEFAULT-VALUE}")
    String from;

    /** The mailer writing into --out; writes nothing yet, so it can be made before other checks. */
    OutboxMailer mailer(Clock clock) {
        if (!Email.isValid(from)) {
            throw new InvalidInputException("--from '" + from + "' is not an email address");
        }
        return new OutboxMailer(out, Email.of(from), clock);
    }
}
