package io.rolecall.core.port;

import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.model.Email;
import java.util.Collection;
import java.util.Optional;

/** The last accepted directory snapshot, plus everyone earlier scans saw who has since gone. */
public interface PeopleStore {

    KnownPeople knownPeople();

    /** One person by email, present or gone, without reading everyone. */
    Optional<KnownPerson> find(Email email);

    /** Inserts or replaces these people by email. Idempotent. */
    void save(Collection<KnownPerson> changed);
}
