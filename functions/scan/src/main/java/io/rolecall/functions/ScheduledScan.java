package io.rolecall.functions;

import io.rolecall.connector.support.DeadlineDirectorySource;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.InvalidCatalogueException;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectorySource;
import io.rolecall.core.usecase.NoticeUseCase;
import io.rolecall.core.usecase.ScanCycle;
import io.rolecall.core.usecase.ScanDirectory;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanResult;
import io.rolecall.infra.s3.ConfigBucketException;
import io.rolecall.infra.s3.S3ConfigBucket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the scan function does on each schedule: read roles.yaml from the bucket, read the directory,
 * scan, and tell the compliance manager when the run could not do its job. An unusable roles.yaml
 * fails the run loudly (a notice email, then an error that raises the function's alarm); a held scan
 * is not an error, it is a decision waiting for a person.
 */
public final class ScheduledScan {

    /** How the admin repairs roles.yaml on AWS, for the notices that say the scan could not use it. */
    static final NoticeUseCase.RepairSteps HOW_TO_REPAIR = new NoticeUseCase.RepairSteps(
            "fix the file, check it with 'rolecall config check roles.yaml', and upload it with "
                    + "'rolecall config push roles.yaml --bucket <config bucket>'. The next scheduled scan picks it up.",
            "check that roles.yaml is in the configuration bucket under the key the stack reads, and upload it "
                    + "if it is not: 'rolecall config push roles.yaml --bucket <config bucket>'. The next scheduled "
                    + "scan picks it up.");

    static final String HOW_TO_ACCEPT = "invoke the ScanFunction once with the payload {\"acceptDirectoryChange\": true}, "
            + "for example: aws lambda invoke --function-name <ScanFunction name> --qualifier live "
            + "--cli-binary-format raw-in-base64-out --payload '{\"acceptDirectoryChange\": true}' result.json";

    /** What a scan needs after its read: storing a first scan of 100,000 people, the notices, the log. */
    static final Duration AFTER_READ = Duration.ofMinutes(2);

    private final S3ConfigBucket config;
    private final String rolesKey;
    private final BiFunction<RoleCatalogue, LocalDate, DirectorySource> directories;
    private final BiFunction<RoleCatalogue, LocalDate, HrSnapshot> hr;
    private final ScanCycle cycle;
    private final NoticeUseCase notices;
    private final Duration readDeadline;

    /**
     * @param cycle        the scan and what follows it: the held scan's notice, the register, holders' notices
     * @param notices      tells the compliance manager that roles.yaml could not be read or used
     * @param readDeadline the longest a directory read may take, if the invocation has that long left
     * @param hr           the HR records for a scan, or null when no HR source is configured
     */
    ScheduledScan(S3ConfigBucket config, String rolesKey, BiFunction<RoleCatalogue, LocalDate, DirectorySource> directories,
                  BiFunction<RoleCatalogue, LocalDate, HrSnapshot> hr, ScanCycle cycle, NoticeUseCase notices,
                  Duration readDeadline) {
        this.hr = hr;
        this.config = config;
        this.rolesKey = rolesKey;
        this.directories = directories;
        this.cycle = cycle;
        this.notices = notices;
        this.readDeadline = readDeadline;
    }

    /**
     * @param timeLeft what the invocation has left (Lambda's remaining time), or null when unknown: the
     *                 read must end in time for the scan to store its result
     */
    public Outcome run(LocalDate asOf, boolean acceptDirectoryChange, Duration timeLeft) {
        CatalogueSource source;
        RoleCatalogue catalogue;
        try {
            source = config.readRoles(rolesKey);
        } catch (ConfigBucketException e) {
            notices.unreadableConfiguration("s3 " + rolesKey, e.getMessage(), asOf);
            throw new ScanFailedException(e.getMessage(), e);
        }
        try {
            catalogue = source.parse();
        } catch (InvalidCatalogueException e) {
            notices.invalidConfiguration(e, source.name(), asOf);
            throw new ScanFailedException(source.name() + " is invalid: " + e.getMessage(), e);
        }
        DirectorySource directory = DeadlineDirectorySource.of(directories.apply(catalogue, asOf), readDeadline(timeLeft));
        ScanDirectory scanned = ScanDirectory.readingFrom(directory);
        // Read before the directory: a failed HR read costs no directory read, and stores nothing.
        HrSnapshot records = hr.apply(catalogue, asOf);
        ScanCycle.Outcome outcome = cycle.run(new ScanRequest(source, catalogue, scanned, directory.describe(), asOf,
                acceptDirectoryChange).withHr(records));
        // A scan that ran counts the people it stored; a held one read them all to judge the change.
        int people = outcome.result().held() ? scanned.fingerprint().people()
                : outcome.result().run().metrics().people();
        return new Outcome(outcome, people);
    }

    /** The configured deadline, shortened to what the invocation has left after the read. */
    Duration readDeadline(Duration timeLeft) {
        if (timeLeft == null) {
            return readDeadline;
        }
        Duration left = timeLeft.minus(AFTER_READ);
        if (left.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new ScanFailedException("the invocation has only " + timeLeft.toSeconds() + " s left, too little "
                    + "to read the directory and store the scan; raise the function's timeout", null);
        }
        return left.compareTo(readDeadline) < 0 ? left : readDeadline;
    }

    /** One run's cycle, with the directory's size for the log line. */
    public record Outcome(ScanCycle.Outcome cycle, int people) {

        public ScanResult result() {
            return cycle.result();
        }
    }

    /** The run could not scan; the compliance manager has been told why. */
    public static final class ScanFailedException extends RuntimeException {
        ScanFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
