package org.curtaincall.listening.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 hashes of a receipt's secret, stored as {@code pbkdf2-sha256:<iterations>:<salt>:<hash>}.
 * The secret is 70 random bits rather than a chosen password, so a moderate work factor already puts a stolen hash out
 * of reach; the slowness mainly stops a database thief from testing receipts found elsewhere in bulk.
 */
public class ReceiptHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public ReceiptHasher(int iterations) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("at least 1,000 iterations, got " + iterations);
        }
        this.iterations = iterations;
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(secret, salt, iterations));
    }

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

    /** Spends the same time as a real check, so that an unknown locator answers no faster than a wrong secret. */
    public void verifyNothing(String secret) {
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
