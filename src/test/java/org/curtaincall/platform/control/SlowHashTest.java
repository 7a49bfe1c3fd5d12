package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlowHashTest {

    private final SlowHash hasher = new SlowHash(10_000);

    @Test
    void the_right_password_verifies_and_a_wrong_one_does_not() {
        String stored = hasher.hash("correct horse battery");
        assertTrue(hasher.verify("correct horse battery", stored));
        assertFalse(hasher.verify("correct horse batterY", stored));
        assertFalse(hasher.verify("", stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");
        assertNotEquals(first, second);
        assertTrue(hasher.verify("same password", first));
        assertTrue(hasher.verify("same password", second));
    }

    @Test
    void the_stored_form_names_algorithm_and_work_factor_and_never_holds_the_password() {
        String stored = hasher.hash("visible secret");
        assertTrue(stored.startsWith("pbkdf2-sha512:10000:"), stored);
        assertFalse(stored.contains("visible secret"));
    }

    @Test
    void a_hash_made_with_fewer_iterations_still_verifies_and_asks_to_be_redone() {
        String weaker = new SlowHash(2_000).hash("upgrade me");
        assertTrue(hasher.verify("upgrade me", weaker));
        assertTrue(hasher.needsRehash(weaker));
        assertFalse(hasher.needsRehash(hasher.hash("upgrade me")));
    }

    @Test
    void stored_values_it_did_not_write_never_verify() {
        assertFalse(hasher.verify("demo", "demo"));
        assertFalse(hasher.verify("demo", "pbkdf2-sha512:abc:def:ghi"));
        assertFalse(hasher.verify("demo", "md5:1:2:3"));
        assertFalse(hasher.verify("demo", null));
    }

    @Test
    void a_trivially_low_work_factor_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new SlowHash(10));
    }
}
