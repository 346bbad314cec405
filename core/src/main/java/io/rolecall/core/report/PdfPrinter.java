package io.rolecall.core.report;

import java.util.Map;

/** Prints a report's HTML as a PDF, with the images it shows by {@code cid:}: a port, as for the charts. */
public interface PdfPrinter {

    /**
     * @param title  the title page's heading and the document's title
     * @param images the inline images, by content id
     */
    byte[] pdf(String html, String title, String subtitle, Map<String, byte[]> images);
}
