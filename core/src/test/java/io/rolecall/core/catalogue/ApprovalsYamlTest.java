package io.rolecall.core.catalogue;

import static io.rolecall.core.catalogue.CatalogueProblems.HEAD;
import static io.rolecall.core.catalogue.CatalogueProblems.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** roles.yaml {@code approvals:}: what the management body approves, read strictly. */
class ApprovalsYamlTest {

    @Test
    void anApprovalTakesAQuorumOfAllByDefaultOrANumberAndDefaultsToAMonthAndAYear() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD + """
                approvals:
                  - {id: security-policy, title: Security policy, version: '3.2', url: https://intranet.example/p, approvers: top-management}
                  - {id: bcp, title: Continuity plan, version: 7, url: https://intranet.example/b, approvers: top-management, quorum: 2, everyMonths: 6, dueDays: 10}
                """, "roles.yaml");

        assertThat(catalogue.approvals()).containsExactly(
                new Approval("security-policy", "Security policy", "3.2", "https://intranet.example/p",
                        "top-management", Approval.ALL, 12, 30),
                new Approval("bcp", "Continuity plan", "7", "https://intranet.example/b", "top-management", 2, 6, 10));
        assertThat(catalogue.approval("bcp").orElseThrow().quorumLabel()).isEqualTo("2");
        assertThat(catalogue.withRoles(catalogue.roles()).approvals()).as("kept when handovers apply")
                .hasSize(2);
    }

    @Test
    void anUnknownBodyABadQuorumALongVersionAndAnAddressThatIsNotOneAreRefusedWithTheirLines() {
        String approvals = HEAD + """
                approvals:
                  - {id: a, title: A, version: '1', url: https://x.example/a, approvers: board}
                  - {id: b, title: B, version: '1', url: https://x.example/b, approvers: top-management, quorum: most}
                  - {id: c, title: C, version: '%s', url: https://x.example/c, approvers: top-management}
                  - {id: d, title: D, version: '1', url: intranet/d, approvers: top-management, quorum: 0}
                  - {id: e, title: E, version: '2#draft', url: https://x.example/e, approvers: top-management}
                """.formatted("1".repeat(41));

        assertThat(problemsOf(approvals)).extracting(ConfigProblem::line, ConfigProblem::path, ConfigProblem::problem)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(8, "approvals[0].approvers",
                                "'board' is not a role id defined under 'roles'."),
                        org.assertj.core.groups.Tuple.tuple(9, "approvals[1].quorum", "'most' is not a quorum."),
                        org.assertj.core.groups.Tuple.tuple(10, "approvals[2].version",
                                "'" + "1".repeat(41) + "' is not a version RoleCall can show and record."),
                        org.assertj.core.groups.Tuple.tuple(12, "approvals[4].version",
                                "'2#draft' is not a version RoleCall can show and record."),
                        org.assertj.core.groups.Tuple.tuple(11, "approvals[3].url",
                                "'intranet/d' is not a web address."),
                        org.assertj.core.groups.Tuple.tuple(11, "approvals[3].quorum", "0 is out of range."));
    }
}
