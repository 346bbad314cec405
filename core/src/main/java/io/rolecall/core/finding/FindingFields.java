package io.rolecall.core.finding;

import io.rolecall.core.model.FindingKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding's public fields, in the order every JSON view of it shows them (the CLI's
 * {@code --format json}, finding events): what it is, about whom, what to do, since when. Each view
 * adds its own dates after these. Absent fields are null, so that consumers see every key.
 */
public final class FindingFields {

    private FindingFields() {
    }

    public static Map<String, Object> of(Finding finding) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", finding.id());
        fields.put("kind", finding.kind().name());
        fields.put("severity", finding.severity().name());
        fields.put("status", finding.status().name());
        fields.put("roleId", finding.roleId());
        fields.put("relatedRoleId", finding.relatedRoleId());
        fields.put("responsibilityId", finding.responsibilityId());
        fields.put("group", finding.group());
        fields.put("activityId", finding.activityId());
        // The clauses of every enabled framework it shows unmet, then roles.yaml's own references.
        fields.put("references", finding.references());
        boolean document = finding.kind().scope() == FindingKind.Scope.DOCUMENT_PERSON;
        fields.put("documentId", document ? finding.subject() : null);
        fields.put("functionId", finding.kind().scope() == FindingKind.Scope.FUNCTION ? finding.subject() : null);
        fields.put("approvalId", finding.kind().scope() == FindingKind.Scope.APPROVAL ? finding.subject() : null);
        fields.put("person", finding.person() == null ? null : finding.person().value());
        fields.put("message", finding.message());
        fields.put("remediation", finding.remediation());
        fields.put("firstSeen", finding.firstSeen().toString());
        return fields;
    }
}
