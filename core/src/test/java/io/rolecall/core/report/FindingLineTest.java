package io.rolecall.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLineTest {

    private static FindingLine citing(List<String> references) {
        LocalDate day = LocalDate.of(2026, 11, 30);
        return new FindingLine("f-1", "ROLE_UNASSIGNED", "No active primary holder", "HIGH", "dpo", null, "m", "r",
                day, 0, day, false, false, null, 0, null, references, null);
    }

    @Test
    void referencesThatCiteTheSameWorkOneAfterAnotherNameItOnce() {
        assertThat(citing(List.of("ISO/IEC 27001:2022 5.3", "ISO/IEC 27001:2022 7.3", "ISO/IEC 27001:2022 A.5.4",
                "SOC 2 CC1.5", "SOC 2 CC2.2", "NIS2 Art. 20(1)", "NIS2 Art. 20(2)", "Board minutes")).referencesText())
                .isEqualTo("ISO/IEC 27001:2022 5.3, 7.3, A.5.4; SOC 2 CC1.5, CC2.2; NIS2 Art. 20(1), 20(2); Board minutes");
        assertThat(citing(List.of()).referencesText()).isNull();
        assertThat(citing(List.of("A.5.24")).referencesText()).isEqualTo("A.5.24");
    }
}
