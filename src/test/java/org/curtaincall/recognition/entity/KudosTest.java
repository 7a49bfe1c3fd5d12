package org.curtaincall.recognition.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.curtaincall.platform.control.AccessDeniedException;
import org.curtaincall.platform.control.DomainException;
import org.curtaincall.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class KudosTest {

    private static final LocalDateTime GIVEN_AT = LocalDateTime.of(2026, 3, 14, 10, 0);
    private static final long GIVER = 1;
    private static final long STORE_FLOOR = 10;
    private static final long IT_DESK = 20;
    private static final ThankedTeam IT = new ThankedTeam(IT_DESK, "IT Service Desk", true, true, Set.of(21L, 22L));
    private static final Giver FRONT = new Giver(GIVER, STORE_FLOOR, "FRONT");
    private static final String MESSAGE = "Fixed the till in ten minutes before the rush.";

    private static Kudos kudos(int rating) {
        return new Kudos(FRONT, IT, List.of(21L), rating, MESSAGE, "The customer paid and left happy.", List.of(), GIVEN_AT);
    }

    private static String field(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).field();
    }

    @Test
    void ratings_three_to_five_are_public_kudos_and_one_or_two_private_feedback() {
        for (int rating = 1; rating <= 5; rating++) {
            Kudos k = kudos(rating);
            assertEquals(rating >= 3, k.isPublic(), "rating " + rating);
            assertEquals(rating <= 2, k.isPrivateFeedback(), "rating " + rating);
        }
    }

    @Test
    void a_rating_outside_one_to_five_is_refused() {
        assertEquals("rating", field(() -> kudos(0)));
        assertEquals("rating", field(() -> kudos(6)));
    }

    @Test
    void the_message_must_have_ten_to_two_thousand_characters_after_trimming() {
        assertEquals("message", field(() -> new Kudos(FRONT, IT, List.of(), 4, "  thanks!  ", null, List.of(), GIVEN_AT)));
        assertEquals("message", field(() -> new Kudos(FRONT, IT, List.of(), 4, null, null, List.of(), GIVEN_AT)));
        assertEquals("message", field(() -> new Kudos(FRONT, IT, List.of(), 4, "x".repeat(2001), null, List.of(), GIVEN_AT)));
        assertEquals("message", field(() -> new Kudos(FRONT, IT, List.of(), 4, " nine char ", null, List.of(), GIVEN_AT)));
        assertEquals("ten chars!", new Kudos(FRONT, IT, List.of(), 4, " ten chars! ", null, List.of(), GIVEN_AT).getMessage());
        assertEquals(2000, new Kudos(FRONT, IT, List.of(), 4, "x".repeat(2000), null, List.of(), GIVEN_AT).getMessage().length());
    }

    @Test
    void a_blank_customer_story_is_no_story_and_a_long_one_is_refused() {
        assertNull(new Kudos(FRONT, IT, List.of(), 4, MESSAGE, "   ", List.of(), GIVEN_AT).getCustomerStory());
        assertEquals("customerStory", field(() -> new Kudos(FRONT, IT, List.of(), 4, MESSAGE, "y".repeat(2001), List.of(), GIVEN_AT)));
    }

    @Test
    void nobody_can_thank_their_own_team() {
        Giver colleague = new Giver(22, IT_DESK, "BACK");
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new Kudos(colleague, IT, List.of(21L), 5, MESSAGE, null, List.of(), GIVEN_AT));
        assertEquals("teamId", e.field());
        assertTrue(e.reason().contains("own team"));
    }

    @Test
    void someone_without_a_team_may_thank_any_back_stage_team() {
        assertTrue(new Kudos(new Giver(3, null, null), IT, List.of(), 5, MESSAGE, null, List.of(), GIVEN_AT).isPublic());
    }

    @Test
    void only_active_back_stage_teams_can_be_thanked() {
        ThankedTeam frontStage = new ThankedTeam(30, "Call Centre", false, true, Set.of());
        ThankedTeam closed = new ThankedTeam(31, "Old Depot", true, false, Set.of());
        assertTrue(assertThrows(RuleViolationException.class,
                () -> new Kudos(FRONT, frontStage, List.of(), 5, MESSAGE, null, List.of(), GIVEN_AT)).reason().contains("front stage"));
        assertTrue(assertThrows(RuleViolationException.class,
                () -> new Kudos(FRONT, closed, List.of(), 5, MESSAGE, null, List.of(), GIVEN_AT)).reason().contains("deactivated"));
    }

    @Test
    void thanked_people_must_belong_to_the_thanked_team() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new Kudos(FRONT, IT, List.of(21L, 99L), 5, MESSAGE, null, List.of(), GIVEN_AT));
        assertEquals("personIds", e.field());
        assertTrue(e.reason().contains("99"));
    }

    @Test
    void the_daily_limit_allows_exactly_the_configured_number() {
        Kudos.checkDailyLimit(9, 10);
        DomainException e = assertThrows(DailyLimitReachedException.class, () -> Kudos.checkDailyLimit(10, 10));
        assertEquals(429, e.status());
        assertThrows(DailyLimitReachedException.class, () -> Kudos.checkDailyLimit(0, 0));
    }

    @Test
    void the_giver_may_edit_until_fifteen_minutes_have_passed_and_not_a_second_later() {
        Kudos k = kudos(4);
        k.edit(GIVER, IT, List.of(22L), 2, "Second thoughts: the fix did not hold.", null, List.of(), GIVEN_AT.plusMinutes(15));
        assertEquals(2, k.getRating());
        assertEquals(Set.of(22L), k.getPersonIds());
        assertEquals(GIVEN_AT.plusMinutes(15), k.getEditedAt());
        assertTrue(assertThrows(RuleViolationException.class, () -> k.edit(GIVER, IT, List.of(), 4, MESSAGE, null,
                List.of(), GIVEN_AT.plusMinutes(15).plusSeconds(1))).reason().contains("15 minutes"));
        assertFalse(k.isEditableBy(GIVER, GIVEN_AT.plusMinutes(16)));
        assertTrue(k.isEditableBy(GIVER, GIVEN_AT.plusMinutes(14)));
    }

    @Test
    void only_the_giver_may_edit_or_withdraw() {
        Kudos k = kudos(4);
        assertThrows(AccessDeniedException.class, () -> k.edit(21, IT, List.of(), 5, MESSAGE, null, List.of(), GIVEN_AT));
        assertThrows(AccessDeniedException.class, () -> k.withdraw(21, GIVEN_AT));
        assertFalse(k.isEditableBy(21, GIVEN_AT));
    }

    @Test
    void withdrawn_kudos_are_kept_but_readable_by_nobody_and_cannot_change_again() {
        Kudos k = kudos(5);
        k.withdraw(GIVER, GIVEN_AT.plusMinutes(3));
        assertTrue(k.isWithdrawn());
        assertFalse(k.isStanding());
        assertFalse(k.isReadableBy(GIVER, false, true, true));
        assertThrows(RuleViolationException.class, () -> k.withdraw(GIVER, GIVEN_AT.plusMinutes(4)));
        assertThrows(RuleViolationException.class, () -> k.withdraw(GIVER, GIVEN_AT.plusMinutes(20)));
    }

    @Test
    void an_admin_hides_kudos_with_a_reason_and_it_is_kept_with_who_and_why() {
        Kudos k = kudos(5);
        assertEquals("reason", field(() -> k.hide(7, " no ", GIVEN_AT)));
        k.hide(7, "Names a customer in full", GIVEN_AT.plusHours(1));
        assertTrue(k.isHidden());
        assertEquals(7L, k.getHiddenBy());
        assertEquals("Names a customer in full", k.getHiddenReason());
        assertEquals(GIVEN_AT.plusHours(1), k.getHiddenAt());
        assertFalse(k.isReadableBy(50, false, false, false), "hidden kudos leave the wall");
        assertTrue(k.isReadableBy(7, false, false, true), "admins still see it");
        assertTrue(k.isReadableBy(GIVER, false, false, false), "the giver sees their own");
        assertThrows(RuleViolationException.class, () -> k.edit(GIVER, IT, List.of(), 5, MESSAGE, null, List.of(), GIVEN_AT));
    }

    @Test
    void private_feedback_is_readable_by_the_giver_the_teams_leads_and_hr_only() {
        Kudos feedback = kudos(2);
        assertTrue(feedback.isReadableBy(GIVER, false, false, false));
        assertTrue(feedback.isReadableBy(22, true, false, false));
        assertTrue(feedback.isReadableBy(60, false, true, false));
        assertFalse(feedback.isReadableBy(21, false, false, false), "a member who is not a lead");
        assertFalse(feedback.isReadableBy(61, false, false, true), "an admin");
        assertTrue(kudos(3).isReadableBy(21, false, false, false), "public kudos: everyone");
    }
}
