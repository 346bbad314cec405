package io.rolecall.connector.file.internal;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.util.HashMap;
import java.util.Map;

/** One email or one id twice makes an export ambiguous: which record is the person? */
final class Deduplication {

    private final Map<Email, String> emails = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    /** @return true when the person is new; otherwise the clash is recorded as a problem */
    boolean accept(Person person, String where, Problems problems) {
        String firstEmail = emails.putIfAbsent(person.email(), where);
        String firstId = ids.putIfAbsent(person.id(), where);
        if (firstEmail != null) {
            problems.add(where + ": email " + person.email() + " is already used at " + firstEmail
                    + " (emails compare case-insensitively); keep one record per person.");
            return false;
        }
        if (firstId != null) {
            problems.add(where + ": id " + person.id() + " is already used at " + firstId
                    + "; every person needs a unique id.");
            return false;
        }
        return true;
    }
}
