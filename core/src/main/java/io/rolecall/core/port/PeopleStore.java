package io.rolecall.core.port;

import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import java.util.Collection;

/** The last accepted directory snapshot, plus everyone earlier scans saw who has since gone. */
public interface PeopleStore {

    KnownPeople knownPeople();

    /** Inserts or replaces these people by email. Idempotent. */
    void save(Collection<KnownPerson> changed);
}
