package org.curtaincall.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;
import org.junit.jupiter.api.Test;

class DirectoryCsvParserTest {

    private final DirectoryCsvParser parser = new DirectoryCsvParser();

    @Test
    void a_clean_export_reads_every_person_with_team_stage_and_roles() {
        var result = parser.parse("""
                name,username,email,team,stage,roles
                Ana Lima,Ana.Lima,ANA@corp.example,Logistics,BACK,TEAM_LEAD;HR
                "O'Neil, Sam",sam.oneil,sam@corp.example,Store Floor,FRONT,
                """);
        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(2, result.rows().size());
        CsvPersonRow ana = result.rows().get(0);
        assertEquals(2, ana.row());
        assertEquals("ana.lima", ana.username());
        assertEquals("ana@corp.example", ana.email());
        assertEquals(Stage.BACK, ana.stage());
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.TEAM_LEAD, Role.HR), ana.roles());
        assertEquals("O'Neil, Sam", result.rows().get(1).name(), "quoted commas stay in the cell");
    }

    @Test
    void columns_may_come_in_any_order_and_case_and_semicolons_separate_them() {
        var result = parser.parse("\uFEFFEmail;Name;USERNAME\nkim@corp.example;Kim Ode;kim\n");
        assertTrue(result.isValid(), result.errors().toString());
        assertEquals("Kim Ode", result.rows().get(0).name());
        assertNull(result.rows().get(0).team());
    }

    @Test
    void each_bad_cell_is_reported_with_its_spreadsheet_row_and_column() {
        var result = parser.parse("""
                name,username,email,team,stage,roles,active
                Good Person,good,good@corp.example,Legal,BACK,,
                ,bad name!,not-an-email,Legal,SIDEWAYS,WIZARD,maybe
                """);
        assertFalse(result.isValid());
        List<String> found = result.errors().stream().map(e -> e.row() + ":" + e.column()).toList();
        assertEquals(List.of("3:name", "3:username", "3:email", "3:stage", "3:roles", "3:active"), found);
        assertEquals(1, result.rows().size(), "the good row is still read, so the preview can show it");
    }

    @Test
    void duplicates_inside_the_file_and_a_team_given_two_stages_are_errors() {
        var result = parser.parse("""
                name,username,email,team,stage
                A One,aone,a@corp.example,Kitchen,BACK
                A Two,aone,a@corp.example,Kitchen,FRONT
                """);
        List<String> found = result.errors().stream().map(e -> e.row() + ":" + e.column()).toList();
        assertEquals(List.of("3:username", "3:email", "3:stage"), found);
    }

    @Test
    void a_missing_required_column_or_an_unknown_one_is_reported_on_the_header_row() {
        var result = parser.parse("name,mail,username\nX,x@y.org,x\n");
        List<String> found = result.errors().stream().map(e -> e.row() + ":" + e.column()).toList();
        assertEquals(List.of("1:mail", "1:email"), found);
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void an_empty_file_is_an_error_not_an_empty_import() {
        assertFalse(parser.parse("").isValid());
        assertFalse(parser.parse("   \n").isValid());
    }

    @Test
    void the_separator_is_taken_from_the_header_line() {
        assertEquals(',', DirectoryCsvParser.delimiterOf("name,username,email"));
        assertEquals(';', DirectoryCsvParser.delimiterOf("name;username;email"));
        assertEquals('\t', DirectoryCsvParser.delimiterOf("name\tusername\temail\nx,y"));
    }
}
