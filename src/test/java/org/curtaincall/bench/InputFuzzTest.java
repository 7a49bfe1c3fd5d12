package org.curtaincall.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.curtaincall.directory.control.DirectoryCsvParser;
import org.curtaincall.listening.control.Receipt;
import org.curtaincall.listening.entity.CustomerImpact;
import org.curtaincall.listening.entity.Report;
import org.curtaincall.listening.entity.ReportKind;
import org.curtaincall.platform.control.PlainText;
import org.curtaincall.platform.control.RuleViolationException;
import org.curtaincall.recognition.entity.Giver;
import org.curtaincall.recognition.entity.Kudos;
import org.curtaincall.recognition.entity.ThankedTeam;

/**
 * Arbitrary input to the parsers and validators that requests reach: each either accepts it, keeping only text that
 * is valid to store, or refuses it with a {@link RuleViolationException} (422 with the field). Any other exception
 * would be a 500. During {@code mvn verify} these run once over the saved inputs (regression mode); to search for new
 * failures, see docs/benchmarks.md.
 */
class InputFuzzTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 10, 0);
    private static final ThankedTeam IT_DESK = new ThankedTeam(20, "IT Service Desk", true, true, Set.of(21L, 22L));
    private static final Giver FRONT = new Giver(1, 10L, "FRONT");

    @FuzzTest(maxDuration = "10s")
    void directory_csv_either_reads_rows_or_lists_errors(FuzzedDataProvider data) {
        var result = new DirectoryCsvParser().parse(data.consumeRemainingAsString());
        result.rows().forEach(row -> assertTrue(row.username() != null && !row.username().isBlank()));
        assertEquals(result.errors().isEmpty(), result.isValid());
    }

    @FuzzTest(maxDuration = "10s")
    void a_typed_receipt_is_read_or_turned_down_never_broken(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        Receipt.parse(typed).ifPresent(receipt -> {
            assertEquals(Receipt.LOCATOR_LENGTH, receipt.locator().length());
            assertEquals(Receipt.SECRET_LENGTH, receipt.secret().length());
            assertTrue((receipt.locator() + receipt.secret()).chars().allMatch(c -> Receipt.ALPHABET.indexOf(c) >= 0));
            assertEquals(receipt, Receipt.parse(receipt.text()).orElseThrow());
        });
    }

    @FuzzTest(maxDuration = "10s")
    void kudos_keep_only_valid_text_or_refuse_naming_a_field(FuzzedDataProvider data) {
        int rating = data.consumeInt(-1, 7);
        List<Long> people = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            people.add(data.consumeBoolean() ? null : data.consumeLong(0, 25));
        }
        String story = data.consumeBoolean() ? null : data.consumeString(2100);
        String message = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        try {
            Kudos kudos = new Kudos(FRONT, IT_DESK, people, rating, message, story, List.of(), NOW);
            assertTrue(kudos.getRating() >= 1 && kudos.getRating() <= 5);
            assertStorable(kudos.getMessage(), Kudos.MESSAGE_MIN, Kudos.MESSAGE_MAX);
            if (kudos.getCustomerStory() != null) {
                assertStorable(kudos.getCustomerStory(), 1, Kudos.STORY_MAX);
            }
        } catch (RuleViolationException refused) {
            assertTrue(refused.field() != null, "a refusal names the field at fault");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void reports_keep_only_valid_text_or_refuse_naming_a_field(FuzzedDataProvider data) {
        ReportKind kind = data.consumeBoolean() ? null : data.pickValue(ReportKind.values());
        CustomerImpact impact = data.consumeBoolean() ? null : data.pickValue(CustomerImpact.values());
        String title = data.consumeBoolean() ? null : data.consumeString(Report.TITLE_MAX + 20);
        String fix = data.consumeBoolean() ? null : data.consumeString(200);
        String description = data.consumeRemainingAsString();
        try {
            Report report = new Report("ABCDEF", "hash", kind, null, title, description, impact, fix,
                    LocalDate.of(2026, 3, 14));
            assertStorable(report.getTitle(), 1, Report.TITLE_MAX);
            assertStorable(report.getDescription(), 1, Report.DESCRIPTION_MAX);
            if (report.getSuggestedFix() != null) {
                assertStorable(report.getSuggestedFix(), 1, Report.SUGGESTED_FIX_MAX);
            }
        } catch (RuleViolationException refused) {
            assertTrue(refused.field() != null, "a refusal names the field at fault");
        }
    }

    private static void assertStorable(String text, int min, int max) {
        assertTrue(text.length() >= min && text.length() <= max, "length " + text.length());
        assertEquals(text.strip(), text);
        assertEquals(text, PlainText.check("text", text));
    }
}
