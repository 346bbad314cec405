package io.rolecall.core.catalogue;

import static io.rolecall.core.catalogue.CatalogueProblems.HEAD;
import static io.rolecall.core.catalogue.CatalogueProblems.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** roles.yaml {@code delivery:}: the channels beside email, read strictly. */
class DeliveryYamlTest {

    @Test
    void withoutDeliveryOnlyEmailGoesOut() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD, "roles.yaml");

        assertThat(catalogue.delivery()).isEqualTo(Delivery.EMAIL_ONLY);
        assertThat(catalogue.delivery().channels()).isEmpty();
        assertThat(catalogue.delivery().holderNoticeChannels()).isEmpty();
    }

    @Test
    void slackTakesAChannelByNameWithOrWithoutItsHashOrByIdAndHolderNotices() {
        RoleCatalogue named = RolesYamlParser.parse(HEAD + "delivery: {slack: {channel: '#isms-weekly', "
                + "holderNotices: true}}\n", "roles.yaml");
        RoleCatalogue byId = RolesYamlParser.parse(HEAD + "delivery: {slack: {channel: C0123ABCDEF}}\n", "roles.yaml");

        assertThat(named.delivery().slack()).isEqualTo(new Delivery.Slack("isms-weekly", true));
        assertThat(named.delivery().holderNoticeChannels()).containsExactly("slack");
        assertThat(byId.delivery().slack()).isEqualTo(new Delivery.Slack("C0123ABCDEF", false));
        assertThat(byId.delivery().holderNoticeChannels()).isEmpty();
        assertThat(byId.delivery().channels()).containsExactly("slack");
        assertThat(named.withRoles(List.of()).delivery()).as("kept when a handover changes roles")
                .isEqualTo(named.delivery());
        assertThat(named.delivery().digestChannels()).containsExactly(java.util.Map.entry("slack", "isms-weekly"));
    }

    @Test
    void teamsTakesTheDigestThroughItsWorkflow() {
        RoleCatalogue both = RolesYamlParser.parse(HEAD + "delivery: {slack: {holderNotices: true}, teams: "
                + "{digests: true}}\n", "roles.yaml");

        assertThat(both.delivery().channels()).containsExactly("slack", "teams");
        assertThat(both.delivery().digestChannels()).as("Slack has no channel here")
                .containsExactly(java.util.Map.entry("teams", "workflow"));
        assertThat(problemsOf(HEAD + "delivery: {teams: {digests: false}}\n")).singleElement()
                .satisfies(problem -> assertThat(problem.problem()).isEqualTo("Teams is set up to receive nothing."));
    }

    @Test
    void aBadChannelNothingToSendAndAnUnknownChannelAreRefusedWithTheirLines() {
        assertThat(problemsOf(HEAD + "delivery: {slack: {channel: 'ISMS Weekly'}}\n")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("delivery.slack.channel");
                    assertThat(problem.line()).isEqualTo(7);
                    assertThat(problem.problem()).isEqualTo("'ISMS Weekly' is not a Slack channel's name or id.");
                });
        assertThat(problemsOf(HEAD + "delivery: {slack: {holderNotices: false}}\n")).singleElement()
                .satisfies(problem -> assertThat(problem.problem()).isEqualTo("Slack is set up to receive nothing."));
        assertThat(problemsOf(HEAD + "delivery: {pager: {channel: x}}\n")).singleElement()
                .satisfies(problem -> assertThat(problem.problem()).isEqualTo("unknown key 'pager'."));
    }

    @Test
    void jiraTakesAProjectKeyAnIssueTypeAndTheSeveritiesThatGetAnIssue() {
        RoleCatalogue defaults = RolesYamlParser.parse(HEAD + "delivery: {jira: {project: SEC}}\n", "roles.yaml");
        RoleCatalogue set = RolesYamlParser.parse(HEAD + "delivery: {jira: {project: SEC, issueType: Bug, "
                + "severities: [CRITICAL]}}\n", "roles.yaml");

        assertThat(defaults.delivery().jira()).isEqualTo(new Delivery.Jira("SEC", "Task", java.util.Set.of(
                io.rolecall.core.model.Severity.CRITICAL, io.rolecall.core.model.Severity.HIGH)));
        assertThat(set.delivery().jira()).isEqualTo(new Delivery.Jira("SEC", "Bug", java.util.Set.of(
                io.rolecall.core.model.Severity.CRITICAL)));
        assertThat(problemsOf(HEAD + "delivery: {jira: {project: Security, severities: [URGENT]}}\n"))
                .extracting(ConfigProblem::problem).containsExactly("'Security' is not a Jira project key.",
                        "'URGENT' is not a severity.");
    }

    @Test
    void theDigestsLinkToWhereTheReportsArePublishedOverHttpsOnly() {
        assertThat(RolesYamlParser.parse(HEAD + "delivery: {teams: {digests: true}, reportsUrl: "
                + "https://wiki.acme.example/isms}\n", "roles.yaml").delivery().reportsUrl())
                .isEqualTo("https://wiki.acme.example/isms");
        assertThat(problemsOf(HEAD + "delivery: {teams: {digests: true}, reportsUrl: http://wiki/isms}\n"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("delivery.reportsUrl");
                    assertThat(problem.problem()).isEqualTo("'http://wiki/isms' is not an https address.");
                });
    }
}
