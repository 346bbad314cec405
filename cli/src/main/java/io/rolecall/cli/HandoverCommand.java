package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.catalogue.RolesYamlPatch;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.HandoverUseCase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "handover", mixinStandardHelpOptions = true,
        description = {"Handovers of roles from leavers to successors. A scan proposes one when a primary is leaving "
                + "(or has left) and a backup can take over; the successor accepts it on the page their notice links "
                + "to; from its day the scan treats them as the primary. Write the accepted ones into roles.yaml "
                + "with 'handover patch'; they close as APPLIED at the next scan of it."},
        subcommands = {HandoverCommand.ListHandovers.class, HandoverCommand.Cancel.class, HandoverCommand.Patch.class})
final class HandoverCommand implements Runnable {

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: handover list, handover cancel ID --note TEXT, handover patch --roles FILE");
    }

    /** The store and printing every subcommand shares. */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @CommandLine.ParentCommand
        HandoverCommand handover;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        int run(StoreOptions.Access access, boolean machine, Function<HandoverUseCase, String> work) {
            try (StoreOptions.Opened opened = store.open(access)) {
                CommandOutput.print(spec, work.apply(new HandoverUseCase(opened.storage(),
                        AsOfRules.from(CLOCK, handover.root.environment()))), machine);
            }
            return RoleCallCommand.EXIT_OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the handovers: open ones first, then by the day they take effect.")
    static final class ListHandovers extends Subcommand {
        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "A table, or the JSON contract. Default: ${DEFAULT-VALUE}")
        Format format;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.READ, format == Format.json, handovers -> format == Format.json
                    ? json(handovers.list()) : text(handovers.list()));
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Calls off a PROPOSED or ACCEPTED handover; the successor's page then refuses it.")
    static final class Cancel extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "For example HO-1A2B3C4D ('handover list').")
        String id;

        @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why: kept as evidence.")
        String note;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.RECORD, false, handovers -> {
                Handover cancelled = handovers.cancel(id, note, store.asOf(CLOCK));
                return "Cancelled " + cancelled.id() + " (" + cancelled.roleId() + " from " + cancelled.from().value()
                        + " to " + cancelled.to().value() + "): " + cancelled.note();
            });
        }
    }

    @Command(name = "patch", mixinStandardHelpOptions = true,
            description = {"Prints roles.yaml with every accepted handover written in (the successor in the leaver's "
                    + "place among the primaries, and out of the backups), comments, order and layout kept, for you "
                    + "to review and commit. What cannot be written is said on stderr."})
    static final class Patch extends Subcommand {
        @Option(names = "--roles", paramLabel = "FILE", required = true, description = "Your roles.yaml.")
        Path roles;

        @Override
        public Integer call() {
            String text = RolesFiles.text(roles);
            return run(StoreOptions.Access.READ, true, handovers -> {
                RolesYamlPatch.Result result = handovers.patch(text, written -> RolesFiles.of(roles, written));
                result.skipped().forEach(why -> spec.commandLine().getErr().println("rolecall: not written: " + why));
                spec.commandLine().getErr().println("rolecall: " + (result.applied().isEmpty()
                        ? "no accepted handover to write in" : "wrote in " + String.join(", ", result.applied()))
                        + "; review the output and commit it as roles.yaml");
                return result.text();
            });
        }
    }

    static String json(List<Handover> handovers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Handover handover : handovers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", handover.id());
            row.put("role", handover.roleId());
            row.put("from", handover.from().value());
            row.put("to", handover.to().value());
            row.put("effective", handover.effective().toString());
            row.put("status", handover.status().name());
            row.put("acceptedAt", handover.acceptedAt() == null ? null : handover.acceptedAt().toString());
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(Map.of("handovers", rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(List<Handover> handovers) {
        if (handovers.isEmpty()) {
            return "No handovers. A scan proposes one when a primary is leaving and a backup can take over.";
        }
        StringBuilder out = new StringBuilder();
        for (Handover handover : handovers) {
            out.append(String.format("%-11s  %-9s  %s: %s -> %s, from %s", handover.id(), handover.status(),
                    handover.roleId(), handover.from().value(), handover.to().value(), handover.effective()));
            if (handover.acceptedAt() != null) {
                out.append(", accepted ").append(handover.acceptedAt());
            }
            if (handover.note() != null) {
                out.append(" (").append(handover.note()).append(')');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
