package io.rolecall.infra.charts;

import io.rolecall.core.report.ChartPainter;
import io.rolecall.core.report.TrendChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the quarterly report's trend charts with JFreeChart (no dependencies of its own), headless,
 * in DejaVu Sans bundled with RoleCall: Lambda's runtime has only Java's logical fonts, so a chart
 * drawn there would otherwise look different from one drawn on a laptop.
 */
public final class JFreeChartPainter implements ChartPainter {

    /** Twice the 600 px the report shows it at, so it stays sharp on high-density screens. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 560;
    /** For lines that are not a severity, which has its own colour (see Severity.color). */
    private static final Color[] COLORS = {new Color(0x1d4ed8), new Color(0x0f766e), new Color(0x6b21a8)};

    private final Font regular;
    private final Font bold;

    public JFreeChartPainter() {
        System.setProperty("java.awt.headless", "true");
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    private static Font font(String name) {
        try (InputStream in = BundledFonts.open(name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the bundled font " + name, e);
        }
    }

    @Override
    public byte[] png(TrendChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TrendChart.Series series : chart.series()) {
            List<Double> values = series.values();
            for (int i = 0; i < values.size(); i++) {
                data.addValue(values.get(i), series.name(), chart.quarters().get(i));
            }
        }
        StandardChartTheme theme = new StandardChartTheme("RoleCall");
        // Sized for the 600 px the email shows the chart at, so that labels stay readable on a phone.
        theme.setExtraLargeFont(bold.deriveFont(36f));
        theme.setLargeFont(bold.deriveFont(28f));
        theme.setRegularFont(regular.deriveFont(26f));
        theme.setSmallFont(regular.deriveFont(24f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xd1d5db));
        // A legend under every chart, a single line's too: it says what the line is.
        JFreeChart drawn = ChartFactory.createLineChart(chart.title(), null, chart.unit(), data,
                PlotOrientation.VERTICAL, true, false, false);
        theme.apply(drawn);
        drawn.setAntiAlias(true);
        drawn.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setOutlineVisible(false);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < chart.series().size(); i++) {
            String color = chart.series().get(i).color();
            renderer.setSeriesPaint(i, color != null ? Color.decode(color) : COLORS[i % COLORS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(4f));
            renderer.setSeriesShapesVisible(i, true);
        }
        // The axis starts a little below zero, so that a line at zero is drawn above the axis, not hidden on it.
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        if (chart.unit().equals("%")) {
            range.setRange(-4, 104);
        } else {
            double highest = chart.series().stream().flatMap(series -> series.values().stream())
                    .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
            double top = Math.max(1, Math.ceil(highest * 1.1));
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            range.setRange(-top * 0.04, top);
        }
        BufferedImage image = drawn.createBufferedImage(WIDTH, HEIGHT);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
