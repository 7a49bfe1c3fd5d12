package org.curtaincall.platform.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA512 hashes of passwords and receipt secrets, in a self-describing form
 * {@code pbkdf2-sha512:<iterations>:<salt>:<hash>}, so that the work factor can be raised later without breaking
 * stored hashes. Slow on purpose: whoever steals the database cannot test guesses in bulk.
 */
public class SlowHash {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;

    /** The least work factor accepted; enough only for a secret that is no secret, such as a published password. */
    public static final int MINIMUM_ITERATIONS = 1_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public SlowHash(int iterations) {
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MINIMUM_ITERATIONS + " iterations, got " + iterations);
        }
        this.iterations = iterations;
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(secret, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    /** True when the secret matches; false for a wrong secret or a stored value this class did not write. */
    public boolean verify(String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(secret, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored hash was made with fewer iterations than now configured and should be redone at next sign-in. */
    public boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends as long as a real check, so that an unknown name or locator answers no faster than a wrong secret. */
    public void spendTime(String secret) {
        derive(secret == null ? "" : secret, new byte[SALT_BYTES], iterations);
    }

    private static byte[] derive(String secret, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
