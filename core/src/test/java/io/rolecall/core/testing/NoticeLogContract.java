package io.rolecall.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.port.NoticeLog;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NoticeLog} must do; each implementation runs these tests. */
public abstract class NoticeLogContract {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private NoticeLog log;

    protected abstract NoticeLog newNoticeLog();

    @BeforeEach
    void setUpLog() {
        log = newNoticeLog();
    }

    @Test
    void aNoticeIsSentOnceItIsRecordedAndOthersAreNot() {
        assertThat(log.sent("scan-held-2026-11-30-abc")).isFalse();

        log.recordSent("scan-held-2026-11-30-abc", T0, "ses-1");
        log.recordSent("scan-held-2026-11-30-abc", T0.plusSeconds(5), "ses-1");

        assertThat(log.sent("scan-held-2026-11-30-abc")).isTrue();
        assertThat(log.sent("scan-held-2026-11-30-def")).isFalse();
        assertThat(log.sent("scan-held-2026-12-01-abc")).isFalse();
    }
}
