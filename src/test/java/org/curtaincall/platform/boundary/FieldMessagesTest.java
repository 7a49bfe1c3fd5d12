package org.curtaincall.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldMessagesTest {

    @Test
    void a_reason_worded_for_the_api_reads_as_a_sentence_at_the_top_of_a_page() {
        assertEquals("You have given 10 kudos today, the daily limit; thank the next team tomorrow.",
                FieldMessages.sentence("you have given 10 kudos today, the daily limit; thank the next team tomorrow"));
    }

    @Test
    void a_reason_that_is_a_sentence_already_is_kept() {
        assertEquals("Choose a CSV file first.", FieldMessages.sentence("Choose a CSV file first."));
        assertEquals("Is this your receipt?", FieldMessages.sentence("is this your receipt?"));
        assertEquals("", FieldMessages.sentence(""));
    }
}
