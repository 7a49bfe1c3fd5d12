package org.curtaincall.listening.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.curtaincall.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    private static Report report() {
        return new Report("ABC123", "hash", ReportKind.PROCESS_BREAKAGE, 7L, "Returns label printer jams",
                "Every morning the label printer jams and returns pile up.", CustomerImpact.SOME, null, FILED);
    }

    @Test
    void a_report_goes_from_new_through_acknowledged_and_in_progress_to_resolved() {
        Report report = report();
        assertEquals(ReportStatus.NEW, report.getStatus());
        report.acknowledge("Thanks, we are looking at it.", FILED.plusDays(2));
        report.startWork("A new printer is ordered.", FILED.plusDays(3));
        report.resolve("The new printer is in.", FILED.plusDays(10));
        assertEquals(ReportStatus.RESOLVED, report.getStatus());
        assertEquals(FILED.plusDays(2), report.getAcknowledgedOn());
        assertEquals(Optional.of(10L), report.daysToResolve());
        assertEquals(List.of(ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED),
                report.getMessages().stream().map(ReportMessage::getNewStatus).toList());
        assertTrue(report.getMessages().stream().allMatch(m -> m.getSide() == MessageSide.STAFF));
    }

    @Test
    void a_report_may_be_declined_once_acknowledged_or_in_progress() {
        Report acknowledged = report();
        acknowledged.acknowledge("Seen.", FILED);
        acknowledged.decline("This is how the carrier works; we cannot change it.", FILED.plusDays(1));
        assertEquals(ReportStatus.DECLINED, acknowledged.getStatus());

        Report inProgress = report();
        inProgress.acknowledge("Seen.", FILED);
        inProgress.startWork("Trying.", FILED);
        inProgress.decline("Not possible after all.", FILED);
        assertEquals(ReportStatus.DECLINED, inProgress.getStatus());
    }

    @Test
    void steps_the_status_machine_does_not_allow_are_refused_naming_status() {
        Report report = report();
        var skip = assertThrows(RuleViolationException.class, () -> report.resolve("Done.", FILED));
        assertEquals("status", skip.field());
        assertThrows(RuleViolationException.class, () -> report.decline("No.", FILED), "acknowledge first");
        assertThrows(RuleViolationException.class, () -> report.startWork("Go.", FILED));
        report.acknowledge("Seen.", FILED);
        assertThrows(RuleViolationException.class, () -> report.acknowledge("Seen again.", FILED));
        report.startWork("Go.", FILED);
        report.resolve("Done.", FILED);
        var closed = assertThrows(RuleViolationException.class, () -> report.startWork("Again.", FILED));
        assertTrue(closed.reason().contains("RESOLVED"), closed.reason());
        assertThrows(RuleViolationException.class, () -> report.moveTo(null, "x", FILED));
    }

    @Test
    void every_status_change_needs_a_message_for_the_reporter() {
        Report report = report();
        var blank = assertThrows(RuleViolationException.class, () -> report.acknowledge("  ", FILED));
        assertEquals("message", blank.field());
        assertEquals(ReportStatus.NEW, report.getStatus(), "nothing changes on a refusal");
    }

    @Test
    void the_acknowledgement_clock_runs_seven_days_and_then_shows_the_report_overdue() {
        Report report = report();
        assertEquals(FILED.plusDays(7), report.acknowledgeBy());
        assertFalse(report.isAcknowledgementOverdue(FILED.plusDays(7)));
        assertTrue(report.isAcknowledgementOverdue(FILED.plusDays(8)));
        assertEquals(8, report.daysWaiting(FILED.plusDays(8)));
        report.acknowledge("Sorry for the wait.", FILED.plusDays(9));
        assertFalse(report.isAcknowledgementOverdue(FILED.plusDays(30)));
        assertEquals(9, report.daysWaiting(FILED.plusDays(30)), "the clock stops at acknowledgement");
        assertEquals(Optional.empty(), report.daysToResolve());
    }

    @Test
    void reporter_and_staff_take_turns_in_order_within_one_day() {
        Report report = report();
        report.addStaffAnswer("Which printer?", FILED);
        report.addReporterReply("The one by the returns desk.", FILED);
        report.addStaffAnswer("Thanks.", FILED);
        assertEquals(List.of("Which printer?", "The one by the returns desk.", "Thanks."),
                report.getMessages().stream().map(ReportMessage::getBody).toList());
        assertEquals(List.of(MessageSide.STAFF, MessageSide.REPORTER, MessageSide.STAFF),
                report.getMessages().stream().map(ReportMessage::getSide).toList());
        assertEquals(ReportStatus.NEW, report.getStatus(), "answers alone do not move the status");
    }

    @Test
    void redaction_overwrites_the_text_everywhere_and_records_the_day() {
        Report report = new Report("ABC123", "hash", ReportKind.SUGGESTION, null, "Ask Maria about the roster",
                "Maria from night shift says the roster tool loses swaps.", CustomerImpact.NONE,
                "Maria could show the bug.", FILED);
        report.addReporterReply("Maria agrees.", FILED);
        report.redact("Maria", FILED.plusDays(1));
        assertEquals("Ask [redacted] about the roster", report.getTitle());
        assertFalse(report.getDescription().contains("Maria"));
        assertFalse(report.getSuggestedFix().contains("Maria"));
        assertEquals("[redacted] agrees.", report.getMessages().get(0).getBody());
        assertEquals(FILED.plusDays(1), report.getRedactedOn());
        var absent = assertThrows(RuleViolationException.class, () -> report.redact("Jonas", FILED));
        assertEquals("text", absent.field());
    }

    @Test
    void a_hidden_report_leaves_the_public_list_and_takes_no_replies() {
        Report report = report();
        report.listPublicly();
        report.hide();
        assertFalse(report.isListedPublicly());
        assertThrows(RuleViolationException.class, () -> report.addReporterReply("Hello?", FILED));
        assertThrows(RuleViolationException.class, report::listPublicly);
    }

    @Test
    void ids_are_random_not_sequential() {
        assertNotEquals(report().getId(), report().getId());
        assertTrue(report().getId().matches("[0-9a-f-]{36}"));
    }

    @Test
    void a_report_needs_a_title_and_a_description_within_limits() {
        assertEquals("title", assertThrows(RuleViolationException.class, () -> new Report("A", "h",
                ReportKind.QUESTION, null, " ", "d", CustomerImpact.NONE, null, FILED)).field());
        assertEquals("description", assertThrows(RuleViolationException.class, () -> new Report("A", "h",
                ReportKind.QUESTION, null, "t", "x".repeat(Report.DESCRIPTION_MAX + 1), CustomerImpact.NONE, null,
                FILED)).field());
    }
}
