package io.rolecall.core.catalogue;

/**
 * How the holders of a role accept its duties: whether they must, within how many days of being
 * asked, how often again, and how often they are reminded until they do.
 */
public record AcknowledgementPolicy(boolean required, int dueDays, int everyMonths, int remindEveryDays) {

    public static final AcknowledgementPolicy DEFAULT = new AcknowledgementPolicy(true, 14, 12, 7);

    public AcknowledgementPolicy {
        if (dueDays < 1 || everyMonths < 1 || remindEveryDays < 1) {
            throw new IllegalArgumentException("acknowledgement days and months must be at least 1");
        }
    }
}
