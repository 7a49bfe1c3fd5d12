package org.curtaincall.listening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns "this person, this report" into an opaque mark: HMAC-SHA256 under a server key. The key comes from
 * {@code curtaincall.listening.secret}; without it one is generated at first use and kept in its own settings row,
 * shared by every instance on the database.
 */
@ApplicationScoped
public class MeTooMarks {

    static final String KEY_SETTING = "me-too-key";
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    @ConfigProperty(name = "curtaincall.listening.secret")
    Optional<String> configuredKey;

    @Inject
    ReportRepository reports;

    private volatile byte[] key;

    public String mark(long personId, String reportId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            byte[] digest = mac.doFinal((personId + ":" + reportId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }

    // Synchronized so that two first requests do not both generate and store a key.
    synchronized byte[] key() {
        if (key == null) {
            String text = configuredKey.filter(k -> !k.isBlank())
                    .or(() -> reports.setting(KEY_SETTING))
                    .orElseGet(this::generateKey);
            key = text.getBytes(StandardCharsets.UTF_8);
        }
        return key;
    }

    private String generateKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getEncoder().encodeToString(bytes);
        reports.saveSetting(KEY_SETTING, generated);
        return generated;
    }
}
