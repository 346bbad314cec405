package io.rolecall.infra.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.report.TrendChart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JFreeChartPainterTest {

    private static final TrendChart COVERAGE = new TrendChart("chart-coverage-2026-Q4.png", "Role and backup coverage",
            "%", List.of("Q2 2026", "Q3 2026", "Q4 2026"), List.of(
            new TrendChart.Series("Role coverage", List.of(80.0, 100.0, 90.0)),
            new TrendChart.Series("Backup coverage", Arrays.asList(50.0, null, 66.7))), "alt");

    @Test
    void aChartIsAPngTwiceTheWidthItIsShownAtWithTheLinesDrawn() throws Exception {
        byte[] png = new JFreeChartPainter().png(COVERAGE);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(560);
        long blue = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == 0x1d4ed8) {
                    blue++;
                }
            }
        }
        assertThat(blue).as("the first series' line in its colour").isGreaterThan(200);
    }

    @Test
    void theSameChartIsTheSamePictureEveryTime() {
        JFreeChartPainter painter = new JFreeChartPainter();

        assertThat(painter.png(COVERAGE)).isEqualTo(new JFreeChartPainter().png(COVERAGE));
    }
}
