package io.rolecall.core.detect;

import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.catalogue.Document;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import java.util.Set;

/**
 * A person who has not acknowledged a document of roles.yaml (the security policy, the code of conduct)
 * more than its dueDays after the first notice that asked them.
 */
final class DocumentAcknowledgementRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.DOCUMENT_NOT_ACKNOWLEDGED);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (HolderAcknowledgement reader : input.acknowledgements().documents()) {
            if (reader.status() != AcknowledgementStatus.OVERDUE) {
                continue;
            }
            String id = Document.idIn(reader.roleId()).orElseThrow();
            Document document = input.catalogue().document(id).orElseThrow();
            String label = input.directory().find(reader.person()).map(Person::label)
                    .orElse(reader.person().value());
            out.raise(FindingKey.forDocument(FindingKind.DOCUMENT_NOT_ACKNOWLEDGED, id, reader.person()),
                    label + " has not acknowledged " + document.label() + ", due by " + reader.dueOn()
                            + " (first asked on " + reader.firstAskedOn() + ").",
                    "Ask " + reader.person() + " to open the link in their RoleCall notice, read the document and "
                            + "acknowledge it.");
        }
    }
}
