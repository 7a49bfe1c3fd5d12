package org.curtaincall.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.curtaincall.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
    private final Team logistics = new Team("Logistics", Stage.BACK, null, NOW);

    @Test
    void everyone_is_an_employee_and_names_are_normalised() {
        Person person = new Person("  Ana Lima ", "Ana.Lima", "Ana@Corp.Example", logistics, Set.of(Role.HR), NOW);
        assertEquals("Ana Lima", person.getDisplayName());
        assertEquals("ana.lima", person.getUsername());
        assertEquals("ana@corp.example", person.getEmail());
        assertEquals(Set.of(Role.EMPLOYEE, Role.HR), person.getRoles());
    }

    @Test
    void bad_input_names_the_field_at_fault() {
        assertEquals("name", fieldOf(() -> new Person(" ", "ana", "a@b.org", null, null, NOW)));
        assertEquals("username", fieldOf(() -> new Person("Ana", "a", "a@b.org", null, null, NOW)));
        assertEquals("username", fieldOf(() -> new Person("Ana", "ana lima", "a@b.org", null, null, NOW)));
        assertEquals("email", fieldOf(() -> new Person("Ana", "ana", "ana.example.org", null, null, NOW)));
    }

    @Test
    void joining_another_team_dates_the_membership_and_other_changes_keep_it() {
        Team service = new Team("Service Desk", Stage.BACK, null, NOW);
        Person person = new Person("Ana", "ana", "a@b.org", logistics, null, NOW);
        assertEquals(NOW, person.getTeamSince());
        person.update("Ana Lima", "ana", "a@b.org", logistics, null, NOW.plusDays(1));
        assertEquals(NOW, person.getTeamSince(), "same team");
        person.update("Ana Lima", "ana", "a@b.org", service, null, NOW.plusDays(2));
        assertEquals(NOW.plusDays(2), person.getTeamSince(), "moved");
    }

    @Test
    void deactivating_keeps_the_person_and_records_when() {
        Person person = new Person("Ana", "ana", "a@b.org", logistics, null, NOW);
        person.deactivate(NOW.plusDays(1));
        assertFalse(person.isActive());
        assertEquals(NOW.plusDays(1), person.getDeactivatedAt());
        person.reactivate();
        assertTrue(person.isActive());
    }

    @Test
    void only_active_people_with_the_team_lead_role_can_lead_a_team() {
        Person lead = new Person("Lea", "lea", "lea@b.org", logistics, Set.of(Role.TEAM_LEAD), NOW);
        Person plain = new Person("Pat", "pat", "pat@b.org", logistics, null, NOW);
        logistics.appointLeads(List.of(lead));
        assertEquals(List.of(lead), logistics.getLeads());
        assertEquals("leadIds", fieldOf(() -> logistics.appointLeads(List.of(plain))));
        lead.deactivate(NOW);
        assertEquals("leadIds", fieldOf(() -> logistics.appointLeads(List.of(lead))));
    }

    @Test
    void a_team_needs_a_name_and_a_stage() {
        assertEquals("name", fieldOf(() -> new Team("", Stage.FRONT, null, NOW)));
        assertEquals("stage", fieldOf(() -> new Team("Sales", null, null, NOW)));
        assertEquals("description", fieldOf(() -> new Team("Sales", Stage.FRONT, "x".repeat(1001), NOW)));
    }

    private static String fieldOf(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).field();
    }
}
