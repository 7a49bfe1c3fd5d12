package org.curtaincall.insights.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How vectors and text fingerprints are kept in the database: a vector as the hexadecimal of its 32-bit floats (a
 * plain text column works the same on H2 and PostgreSQL; unlike Base64, hexadecimal never holds a number standing on
 * its own that a search of the database for ids would mistake for one), a text as the SHA-256 of its words, to
 * notice an edit or a redaction without keeping the words twice.
 */
public final class StoredVectors {

    private StoredVectors() {
    }

    public static String encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        for (float value : vector) {
            buffer.putFloat(value);
        }
        return HexFormat.of().formatHex(buffer.array());
    }

    public static float[] decode(String stored) {
        ByteBuffer buffer = ByteBuffer.wrap(HexFormat.of().parseHex(stored));
        float[] vector = new float[buffer.remaining() / Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }

    public static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
