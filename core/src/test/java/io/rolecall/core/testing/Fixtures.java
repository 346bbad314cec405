package io.rolecall.core.testing;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.JobProfile;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.ScanRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test-data builders shared by every module's tests. */
public final class Fixtures {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    /** A roles.yaml of one role, the ISMS manager, held by p0@test.example and backed up by p1@test.example. */
    public static final String ONE_ROLE = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: isms-manager}
            roles:
              - {id: isms-manager, name: ISMS Manager, primary: [p0@test.example], backup: [p1@test.example]}
            """;

    private Fixtures() {
    }

    public static Person.Builder person(String email) {
        return Person.builder("id-" + email.substring(0, email.indexOf('@')), email);
    }

    public static Person active(String email, String name) {
        return person(email).name(name).status(PersonStatus.ACTIVE).build();
    }

    public static Finding openFinding(FindingKey key, Severity severity, LocalDate opened) {
        return new Finding(key, severity, "message of " + key.kind(), "remediation of " + key.kind(),
                List.of(Episode.openedOn(opened)), opened.plusDays(14));
    }

    public static Finding roleFinding(FindingKind kind, String roleId, LocalDate opened) {
        return openFinding(FindingKey.forRole(kind, roleId), kind.defaultSeverity(), opened);
    }

    public static AssignmentPeriod period(String roleId, String email, Capacity capacity, LocalDate from,
                                          LocalDate to, boolean open) {
        return new AssignmentPeriod(roleId, Email.of(email), capacity,
                List.of(new HolderRef.PersonRef(Email.of(email))), from, open ? null : to,
                new JobProfile("Engineer", "Engineering", Email.of("boss@acme.example")));
    }

    public static PostureMetrics metrics(int roles, int covered) {
        return new PostureMetrics(40, 36, roles, covered, roles, covered - 1,
                Map.of(Severity.CRITICAL, 1, Severity.HIGH, 2, Severity.MEDIUM, 3, Severity.LOW, 4), 2, 1, 1, 12, 9);
    }

    public static ScanRun run(LocalDate asOf, Instant startedAt, String catalogueSha) {
        return new ScanRun(startedAt.toString(), asOf, startedAt, "file:directory.json", catalogueSha, 3, 1, 2,
                metrics(10, 8), "d" + "0".repeat(63), "0.1.0 built 2026-11-29T08:00:00Z", "revision-7",
                "sha256:" + "e".repeat(64));
    }
}
