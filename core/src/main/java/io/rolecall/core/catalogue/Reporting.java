package io.rolecall.core.catalogue;

import io.rolecall.core.model.Email;
import java.util.List;

/** Who receives the reports: holders of two roles, plus fixed addresses. */
public record Reporting(String complianceManagerRole, String leadershipRole, List<Email> alsoNotify) {

    public Reporting {
        alsoNotify = List.copyOf(alsoNotify);
    }
}
