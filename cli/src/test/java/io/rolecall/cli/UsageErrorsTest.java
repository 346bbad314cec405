package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the command says to a typo: in plain words, once, with the name that was meant. */
class UsageErrorsTest {

    private static Cli run(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(2);
        assertThat(cli.err()).startsWith("rolecall: ").doesNotContain("rolecall: Error", "Unmatched", "index");
        return cli;
    }

    @Test
    void anUnknownCommandIsNamedAsOneWithTheClosestCommand() {
        assertThat(run("sacn").err()).startsWith("rolecall: 'sacn' is not a command of 'rolecall'; did you mean scan?");
        assertThat(run("nc", "lst").err()).startsWith("rolecall: 'lst' is not a command of 'rolecall nc'; did you "
                + "mean list?");
        assertThat(run("frobnicate").err()).contains("is not a command of 'rolecall'; its commands are scan, report");
    }

    @Test
    void anUnknownOptionIsReportedBeforeAMissingOneAndTheSuggestionIsTheNearestOfTheCommandsOwn() {
        assertThat(run("scan", "--fromat", "json").err()).startsWith("rolecall: unknown option '--fromat' for "
                + "'rolecall scan'; did you mean --format?");
        assertThat(run("report", "weekly", "--fromat", "pdf").err()).contains("did you mean --format?");
        assertThat(run("scan", "--role=roles.yaml").err()).contains("unknown option '--role' for 'rolecall scan'; "
                + "did you mean --roles?");
        assertThat(run("scan", "--zzzzzzzz").err()).contains("unknown option '--zzzzzzzz'").doesNotContain("did you");
    }

    @Test
    void picocliMessagesCarryOnePrefixAndAWrongChoiceGetsTheNearestChoice() {
        assertThat(run("scan", "--okta", "https://a.okta.com", "--directory", "x", "--roles", "y").err())
                .startsWith("rolecall: --directory=FILE, --okta=URL are mutually exclusive");
        assertThat(run("findings", "--status", "OPNE").err()).contains("but was 'OPNE'; did you mean OPEN?");
    }

    @Test
    void theEditDistanceCountsASwapOfNeighboursAsOne() {
        assertThat(UsageErrors.distance("fromat", "format")).isEqualTo(1);
        assertThat(UsageErrors.distance("fromat", "from")).isEqualTo(2);
        assertThat(UsageErrors.distance("sacn", "scan")).isEqualTo(1);
        assertThat(UsageErrors.closest("--fromat", List.of("--from", "--format", "--out"))).hasValue("--format");
        assertThat(UsageErrors.closest("xyz", List.of("scan", "report"))).isEmpty();
    }
}
