package io.rolecall.core.acknowledge;

import io.rolecall.core.model.NameList;
import java.util.List;

/**
 * What the acceptance page shows and with which HTTP status: the role's duties and the form, the
 * result of a submission, or why a link no longer works.
 *
 * @param questions   the comprehension check as this page shows it; a submission answered wrongly shows
 *                    the right answers still chosen and the wrong questions marked and cleared
 * @param consented   whether the consent box is shown ticked (it was ticked in the submission shown again)
 * @param tone        how the message reads: "info", "success" or "problem"
 * @param duties      the role's duties, or null when the link shows none (an invalid link)
 * @param form        whether the page carries the acceptance form
 * @param formToken   the hidden field that binds the form to its page
 * @param readAgain   1-based numbers of the questions answered wrongly in the last submission
 * @param acceptBy    "Please accept by DATE." or "It was due on DATE: please accept now.", or null
 */
public record AcknowledgementPage(int status, String title, String organisation, String message, String tone,
                                  DutiesView duties, boolean form, String formToken, List<Integer> readAgain,
                                  String acceptBy, List<FormQuestion> questions, boolean consented) {

    /**
     * A question of the form, its options in the order of the link it was opened with (so that the
     * right answer is not where the file puts it for everyone), each posting its place in roles.yaml.
     *
     * @param wrong whether the submission shown again answered it wrongly
     */
    public record FormQuestion(int number, String question, boolean wrong, List<FormOption> options) {
        public FormQuestion {
            options = List.copyOf(options);
        }

        /** @param value the option's place in roles.yaml, from 0, as the form posts it */
        public record FormOption(String name, int value, String text, boolean checked) {
        }
    }

    public AcknowledgementPage {
        readAgain = List.copyOf(readAgain);
        questions = List.copyOf(questions);
    }

    public static AcknowledgementPage problem(int status, String title, String message) {
        return new AcknowledgementPage(status, title, null, message, "problem", null, false, null, List.of(), null,
                List.of(), false);
    }

    public boolean hasQuestions() {
        return !questions.isEmpty();
    }

    public boolean hasReadAgain() {
        return !readAgain.isEmpty();
    }

    /** "question 2" or "questions 1 and 3". */
    public String readAgainText() {
        return readAgainText(readAgain);
    }

    /** "question 2" or "questions 1 and 3", of these 1-based numbers. */
    public static String readAgainText(List<Integer> readAgain) {
        return (readAgain.size() == 1 ? "question " : "questions ")
                + NameList.inWords(readAgain.stream().map(String::valueOf).toList());
    }

    /** What the consent box says: accepting a role's duties, acknowledging a document, or approving one. */
    public String consentText() {
        return consentText(duties);
    }

    public static String consentText(DutiesView duties) {
        if (duties != null && duties.approval()) {
            return "I have read version " + duties.documentVersion() + " of this document and approve it.";
        }
        return duties != null && duties.document() ? "I have read this document and will follow it."
                : "I understand and accept these duties.";
    }

    public boolean problemTone() {
        return "problem".equals(tone);
    }

    public boolean successTone() {
        return "success".equals(tone);
    }
}
