package io.rolecall.core.report;

/** Draws a trend chart as a PNG: a port, so the pure core never touches AWT or fonts. */
public interface ChartPainter {

    byte[] png(TrendChart chart);
}
