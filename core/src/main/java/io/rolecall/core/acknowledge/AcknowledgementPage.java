package io.rolecall.core.acknowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the acceptance page shows and with which HTTP status: the role's duties and the form, the
 * result of a submission, or why a link no longer works.
 *
 * @param tone        how the message reads: "info", "success" or "problem"
 * @param duties      the role's duties, or null when the link shows none (an invalid link)
 * @param form        whether the page carries the acceptance form
 * @param formToken   the hidden field that binds the form to its page
 * @param readAgain   1-based numbers of the questions answered wrongly in the last submission
 * @param acceptBy    "Please accept by DATE." or "It was due on DATE: please accept now.", or null
 */
public record AcknowledgementPage(int status, String title, String organisation, String message, String tone,
                                  DutiesView duties, boolean form, String formToken, List<Integer> readAgain,
                                  String acceptBy, boolean missingConsent) {

    public AcknowledgementPage {
        readAgain = List.copyOf(readAgain);
    }

    public static AcknowledgementPage problem(int status, String title, String message) {
        return new AcknowledgementPage(status, title, null, message, "problem", null, false, null, List.of(), null,
                false);
    }

    public boolean hasReadAgain() {
        return !readAgain.isEmpty();
    }

    /** "question 2" or "questions 1 and 3". */
    public String readAgainText() {
        String numbers = readAgain.size() == 1 ? String.valueOf(readAgain.get(0))
                : readAgain.subList(0, readAgain.size() - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " and " + readAgain.get(readAgain.size() - 1);
        return (readAgain.size() == 1 ? "question " : "questions ") + numbers;
    }

    public boolean problemTone() {
        return "problem".equals(tone);
    }

    public boolean successTone() {
        return "success".equals(tone);
    }
}
