package io.rolecall.core.detect;

import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Anyone (role holder or not) whose last day by the HR system has passed while the identity directory
 * still shows their account active: the offboarding step auditors find missing most often.
 */
final class AccountActiveAfterLeavingRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.ACCOUNT_ACTIVE_AFTER_LEAVING);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        if (input.hrRecords().isEmpty()) {
            return;
        }
        for (HrRecord record : input.hrRecords().get().records()) {
            if (record.endDate() == null || !record.endDate().isBefore(input.asOf())) {
                continue;
            }
            Optional<Person> account = input.directory().find(record.email());
            if (account.isEmpty() || account.get().status() != PersonStatus.ACTIVE) {
                continue;
            }
            Person person = account.get();
            out.raise(FindingKey.forPerson(FindingKind.ACCOUNT_ACTIVE_AFTER_LEAVING, person.email()),
                    person.label() + "'s last day was " + record.endDate() + " by the HR system, but their account "
                            + "is still active in the directory.",
                    "Deactivate " + person.email() + "'s account in the identity provider and remove their access "
                            + "elsewhere; if they stay, correct their end date in the HR system.");
        }
    }
}
