package io.rolecall.core.report;

import java.util.List;

/**
 * A chart of the quarterly report, described for whatever draws it: one line per series over the
 * quarters, a title, the unit of the values, and the alt text a reader without images gets.
 *
 * @param contentId the MIME Content-ID the HTML refers to ({@code cid:...}) and the file name in the outbox
 */
public record TrendChart(String contentId, String title, String unit, List<String> quarters, List<Series> series,
                         String altText) {

    /**
     * Values per quarter, null where the quarter has none (no scan, nothing resolved).
     *
     * @param color the line's colour ("#7f1d1d"), the severity's own for a severity; null for the painter's choice
     */
    public record Series(String name, List<Double> values, String color) {
        public Series(String name, List<Double> values) {
            this(name, values, null);
        }
    }
}
