package io.rolecall.core.detect;

import io.rolecall.core.calendar.AssignmentRecords;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Assignments that top management must review: every {@code assignmentReviewMonths} a primary has held
 * the role (counted from their start in the ledger or the last review recorded, whichever is later),
 * and, for roles with {@code reviewOnHolderChange}, within {@code policy.changeReviewDays} of a new
 * primary taking over.
 */
final class AssignmentReviewRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.ASSIGNMENT_REVIEW_OVERDUE, FindingKind.ASSIGNMENT_REVIEW_DUE);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (Role role : input.catalogue().roles()) {
            RoleRules rules = role.rules();
            if (rules.assignmentReviewMonths() == null && !rules.reviewsOnHolderChange()) {
                continue;
            }
            String reviewId = AssignmentRecords.reviewId(role.id());
            Optional<LocalDate> lastReview = AssignmentRecords.latestOnOrBefore(input.calendar(), reviewId,
                    input.asOf());
            for (Holding holding : input.holdings().activeOf(role.id(), Capacity.PRIMARY)) {
                LocalDate since = input.ledger().since(role.id(), holding.email(), Capacity.PRIMARY);
                if (since == null) {
                    continue;
                }
                if (rules.assignmentReviewMonths() != null) {
                    overdue(input, out, role, holding, since, lastReview, rules.assignmentReviewMonths());
                }
                if (rules.reviewsOnHolderChange()) {
                    afterChange(input, out, role, holding, since, reviewId);
                }
            }
        }
    }

    private static void overdue(DetectionInput input, RaisedFindings out, Role role, Holding holding, LocalDate since,
                                Optional<LocalDate> lastReview, int months) {
        boolean reviewedSince = lastReview.isPresent() && lastReview.get().isAfter(since);
        LocalDate from = reviewedSince ? lastReview.get() : since;
        LocalDate due = from.plusMonths(months);
        if (!input.asOf().isAfter(due)) {
            return;
        }
        out.raise(FindingKey.forRoleAndPerson(FindingKind.ASSIGNMENT_REVIEW_OVERDUE, role.id(), holding.email()),
                holding.label() + " has held " + role.label() + " since " + since + (reviewedSince
                        ? ", last reviewed on " + from : " with no review recorded") + "; a review every " + months
                        + " months was due on " + due + ".",
                "Have top management confirm that " + holding.email() + " should keep " + role.id()
                        + ", then record the review with its day, who made it and the minutes or decision as "
                        + "evidence.");
    }

    private static void afterChange(DetectionInput input, RaisedFindings out, Role role, Holding holding,
                                    LocalDate since, String reviewId) {
        LocalDate first = input.firstPrimaryDay().get(role.id());
        if (first == null || !since.isAfter(first)) {
            return;
        }
        int days = input.catalogue().policy().changeReviewDays();
        LocalDate due = since.plusDays(days);
        if (!input.asOf().isAfter(due) || AssignmentRecords.recordedBetween(input.calendar(), reviewId, since,
                input.asOf())) {
            return;
        }
        out.raise(FindingKey.forRoleAndPerson(FindingKind.ASSIGNMENT_REVIEW_DUE, role.id(), holding.email()),
                holding.label() + " became primary of " + role.label() + " on " + since + ", and no review of the "
                        + "assignment was recorded within " + days + " days (by " + due + ").",
                "Have top management review the change (is " + holding.email() + " the right person, are the duties "
                        + "and backups still right?), then record the review with its day, who made it and the "
                        + "decision as evidence.");
    }
}
