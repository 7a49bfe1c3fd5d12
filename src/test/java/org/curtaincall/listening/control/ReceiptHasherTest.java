package org.curtaincall.listening.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiptHasherTest {

    private final ReceiptHasher hasher = new ReceiptHasher(2_000);

    @Test
    void the_right_secret_verifies_and_a_wrong_one_does_not() {
        Receipt receipt = Receipt.generate();
        String stored = hasher.hash(receipt.secret());
        assertTrue(hasher.verify(receipt.secret(), stored));
        assertFalse(hasher.verify(Receipt.generate().secret(), stored));
        assertFalse(hasher.verify(receipt.secret().substring(1) + "0", stored));
        assertFalse(hasher.verify(null, stored));
        assertFalse(hasher.verify(receipt.secret(), "not-a-hash"));
    }

    @Test
    void the_hash_is_salted_and_does_not_contain_the_secret() {
        String secret = Receipt.generate().secret();
        String first = hasher.hash(secret);
        String second = hasher.hash(secret);
        assertNotEquals(first, second, "a fresh salt each time");
        assertFalse(first.contains(secret));
        assertTrue(first.startsWith("pbkdf2-sha256:2000:"), first);
    }

    @Test
    void a_hash_made_with_another_work_factor_still_verifies() {
        String secret = Receipt.generate().secret();
        String stored = new ReceiptHasher(3_000).hash(secret);
        assertTrue(hasher.verify(secret, stored));
    }

    @Test
    void a_work_factor_too_low_to_slow_anyone_down_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ReceiptHasher(10));
    }
}
