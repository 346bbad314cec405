package io.rolecall.connector.file;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A deterministic fake company for benchmarks (the CLI's {@code bench}, the Lambda benchmark): a
 * directory export of people in departments and role teams, a few leavers, suspended and service
 * accounts, and a roles.yaml whose roles mix emails and large groups.
 */
public final class SyntheticCompany {

    private static final int DEPARTMENTS = 20;

    private final int people;
    private final int roles;

    public SyntheticCompany(int people, int roles) {
        this.people = people;
        this.roles = roles;
    }

    public static String email(int index) {
        return "person" + index + "@bench.example";
    }

    /**
     * Writes the directory export; with {@code churn} a later day: about 1% changed job and 0.3% left.
     */
    public void writeDirectory(Path file, boolean churn) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("people");
            for (int i = 0; i < people; i++) {
                boolean moved = churn && i % 97 == 3;
                boolean left = i % 50 == 7 || (churn && i % 331 == 5);
                json.writeStartObject();
                json.writeStringField("id", "00u" + i);
                json.writeStringField("email", email(i));
                json.writeStringField("name", "Person " + i);
                json.writeStringField("status", left ? "LEFT" : i % 100 == 11 ? "SUSPENDED" : "ACTIVE");
                if (i % 200 == 13) {
                    json.writeStringField("type", "SERVICE");
                }
                json.writeStringField("title", moved ? "Manager " + (i % 7) : "Engineer " + (i % 7));
                json.writeStringField("department", "Department " + (i % DEPARTMENTS));
                if (i > 0) {
                    json.writeStringField("manager", email(i / 10));
                }
                json.writeArrayFieldStart("groups");
                json.writeString("all-staff");
                json.writeString("dept-" + (i % DEPARTMENTS));
                if (i % 1000 < roles) {
                    json.writeString("role-team-" + (i % 1000));
                }
                json.writeEndArray();
                if (i % 500 == 17) {
                    json.writeStringField("endDate", "2026-12-15");
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    public void writeRoles(Path file) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                version: 1
                organisation: Bench Ltd
                reporting: {complianceManagerRole: role-0, leadershipRole: role-1}
                roles:
                """);
        for (int r = 0; r < roles; r++) {
            String primary = r % 5 == 0 ? "[" + email(r * 7) + ", group:role-team-" + r + "]" : "[" + email(r * 7) + "]";
            String backup = r % 10 == 0 ? "[group:dept-" + (r % DEPARTMENTS) + "]" : "[" + email(r * 7 + 1) + "]";
            yaml.append("  - {id: role-").append(r).append(", name: Role ").append(r)
                    .append(", primary: ").append(primary).append(", backup: ").append(backup)
                    .append(r % 3 == 0 ? "" : ", lastReviewed: 2026-06-01").append("}\n");
        }
        yaml.append("conflicts:\n");
        for (int r = 0; r + 1 < roles && r < 20; r += 2) {
            yaml.append("  - {roles: [role-").append(r).append(", role-").append(r + 1)
                    .append("], reason: Synthetic conflict}\n");
        }
        yaml.append("responsibilities:\n");
        for (int r = 0; r < roles; r++) {
            yaml.append("  - {id: activity-").append(r).append(", name: Activity ").append(r)
                    .append(", responsible: [role-").append(r).append("], accountable: [role-")
                    .append((r + 1) % roles).append("]}\n");
        }
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }
}
