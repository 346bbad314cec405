package io.rolecall.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.FindingKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every finding kind is raised by exactly one rule, has a severity, and is explained in docs/findings.md. */
class FindingKindsTest {

    @Test
    void eachKindBelongsToExactlyOneRule() {
        List<FindingKind> raised = new ArrayList<>();
        for (Set<FindingKind> kinds : Detector.kindsByRule().values()) {
            raised.addAll(kinds);
        }

        assertThat(raised).doesNotHaveDuplicates().containsExactlyInAnyOrder(FindingKind.values());
    }

    @Test
    void eachKindHasASeverityAndATitle() {
        for (FindingKind kind : FindingKind.values()) {
            assertThat(kind.defaultSeverity()).as(kind.name()).isNotNull();
            assertThat(kind.raisedSeverity()).as(kind.name()).isNotNull();
            assertThat(kind.title()).as(kind.name()).isNotBlank();
        }
    }

    @Test
    void eachKindHasARowInTheFindingsReferenceNamingItsSeverity() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/findings.md")).stream()
                .filter(line -> line.startsWith("| `")).toList();

        for (FindingKind kind : FindingKind.values()) {
            assertThat(rows).as(kind.name()).filteredOn(row -> row.startsWith("| `" + kind.name() + "` |"))
                    .singleElement().satisfies(row -> assertThat(row).contains(kind.defaultSeverity().name()));
        }
        assertThat(rows).as("rows for kinds that do not exist").allSatisfy(row -> assertThat(Arrays.stream(
                FindingKind.values()).map(kind -> "| `" + kind.name() + "` |")).anyMatch(row::startsWith));
    }
}
