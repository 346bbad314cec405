package io.rolecall.cli;

import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.NothingScannedException;
import io.rolecall.core.usecase.NotifyUseCase;
import io.rolecall.core.usecase.SentEmail;
import io.rolecall.infra.local.LocalStorage;
import io.rolecall.infra.local.OutboxMailer;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

@Command(name = "notify", mixinStandardHelpOptions = true,
        description = {"Writes every notice and reminder due to role holders into an outbox folder (.eml, .html "
                + "and .txt, as reports are), each with its links to accept the role's duties, and records them "
                + "as sent: run twice the same day, the second run writes nothing.",
                "Holders accept on the pages of 'rolecall serve' at --public-url."})
final class NotifyCommand implements Callable<Integer> {

    /** A local run sends in moments; a claim older than this belongs to a run that died. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Mixin
    StateOptions state;

    @Mixin
    AcknowledgementOptions links;

    @Mixin
    OutboxOptions outbox;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    RoleCallCommand parent;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        OutboxMailer mailer = outbox.mailer(clock);
        LocalDate asOf = state.asOf(clock);
        if (!LocalStorage.holdsState(state.state)) {
            throw new NothingScannedException("there is no RoleCall state in " + state.state + " yet, so nobody is "
                    + "known to hold a role: run 'rolecall scan' first");
        }
        NotifyUseCase.Result result;
        try (LocalStorage storage = LocalStorage.open(state.state)) {
            links.checkRoles(storage.storage());
            LinkSigner signer = LinkSigner.fromSecret(LocalStorage.linkSecret(state.state));
            result = new NotifyUseCase(storage.storage(), storage.sentEmails(), mailer, signer, links.publicUrl(),
                    AsOfRules.from(clock, parent.environment()), LEASE,
                    Channels.from(parent.environment(), storage.sentEmails(), clock)).sendDue(asOf);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (SentEmail sent : result.sent()) {
            stdout.println("Wrote " + mailer.fileFor(sent.email(), "eml") + " to " + sent.email().to().get(0).value()
                    + ": " + sent.email().subject());
        }
        stdout.println(result.notices() + " first " + (result.notices() == 1 ? "notice" : "notices") + " and "
                + result.reminders() + " " + (result.reminders() == 1 ? "reminder" : "reminders") + " written to "
                + outbox.out + (result.handledElsewhere() > 0 ? "; " + result.handledElsewhere() + " being written by "
                + "another command" : "") + (result.sent().isEmpty() ? " (nobody is owed one on " + asOf + ")" : "")
                + ".");
        boolean delivered = Channels.print(result.channels(), stdout, spec.commandLine().getErr());
        return delivered ? RoleCallCommand.EXIT_OK : RoleCallCommand.EXIT_FAILURE;
    }
}
