package io.rolecall.core.holding;

import java.util.Locale;

/** In which capacity someone holds a role. */
public enum Capacity {
    PRIMARY, BACKUP;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
