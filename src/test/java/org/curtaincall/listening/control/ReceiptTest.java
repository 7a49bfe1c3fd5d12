package org.curtaincall.listening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void a_receipt_reads_as_five_groups_of_four_unambiguous_characters() {
        String text = Receipt.generate().text();
        assertTrue(text.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), text);
        assertFalse(text.matches(".*[ILOU].*"), text);
    }

    @Test
    void the_secret_part_carries_at_least_64_bits() {
        assertEquals(32, Receipt.ALPHABET.length(), "five bits per character");
        assertEquals(32, Receipt.ALPHABET.chars().distinct().count());
        assertTrue(Receipt.SECRET_BITS >= 64, Receipt.SECRET_BITS + " bits");
    }

    @Test
    void receipts_do_not_repeat_and_use_the_whole_alphabet() {
        Set<String> seen = new HashSet<>();
        Set<Character> characters = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            Receipt receipt = Receipt.generate();
            assertTrue(seen.add(receipt.locator() + receipt.secret()));
            (receipt.locator() + receipt.secret()).chars().forEach(c -> characters.add((char) c));
        }
        assertEquals(32, characters.size());
    }

    @Test
    void typing_ignores_case_dashes_and_spaces_and_reads_look_alike_letters_as_digits() {
        Receipt receipt = new Receipt("K7QM2X", "RD9FTBW4HN1C30");
        assertEquals(Optional.of(receipt), Receipt.parse(receipt.text()));
        assertEquals(Optional.of(receipt), Receipt.parse(" k7qm 2xrd-9ftb w4hn lc3o "));
        assertEquals("K7QM-2XRD-9FTB-W4HN-1C30", receipt.text());
    }

    @Test
    void text_that_cannot_be_a_receipt_is_refused() {
        assertEquals(Optional.empty(), Receipt.parse(null));
        assertEquals(Optional.empty(), Receipt.parse("K7QM-2XRD-9FTB-W4HN"), "too short");
        assertEquals(Optional.empty(), Receipt.parse("K7QM-2XRD-9FTB-W4HN-C3PAX"), "too long");
        assertEquals(Optional.empty(), Receipt.parse("K7QM-2XRD-9FTB-W4HN-C3P!"), "not in the alphabet");
        assertEquals(Optional.empty(), Receipt.parse("K7QM-2XRD-9FTB-W4HN-C3PU"), "U is not used");
    }

    @Test
    void printing_a_receipt_never_shows_its_secret() {
        Receipt receipt = Receipt.generate();
        assertFalse(receipt.toString().contains(receipt.secret()));
    }
}
