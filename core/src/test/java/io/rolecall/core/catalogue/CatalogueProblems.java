package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

/** A small roles.yaml to add a section to, and the problems the parser finds in one. */
final class CatalogueProblems {

    /** Two roles, top management and the ISMS manager, each held by one person. */
    static final String HEAD = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@acme.example]}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example]}
            """;

    private CatalogueProblems() {
    }

    static List<ConfigProblem> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidCatalogueException.class, () -> RolesYamlParser.parse(yaml, "roles.yaml"))
                .problems();
    }
}
