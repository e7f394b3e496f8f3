package dev.khabar.query.api;

import dev.khabar.query.http.Problem;
import dev.khabar.store.read.Position;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code next} cursor: a table position, HMAC-SHA256-signed together with the request it continues (route, path
 * values and the parameters that select what is read). A client can neither forge a position to read other keys nor
 * replay a cursor on another route or query: either way the signature does not match and the request is a 400.
 * Format: base64url(JSON of the position) "." base64url(signature).
 */
public final class Cursors {
    public static final int MIN_KEY_BYTES = 32;
    private static final int MAX_LENGTH = 2048;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String CONTEXT = "khabar-cursor-v1\n";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public Cursors(byte[] secret) {
        if (secret == null || secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the cursor key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public String sign(Position position, String binding) {
        String payload = ENCODER.encodeToString(
                ViewJson.write(new TreeMap<>(position.key())).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload, binding));
    }

    /** The position a cursor carries, if this server signed it for this very request; otherwise a 400. */
    public Position open(String cursor, String binding) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
            throw invalid();
        }
        String payload = cursor.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload, binding))) {
                throw invalid();
            }
            Map<String, String> position = ViewJson.readStrings(DECODER.decode(payload));
            if (position == null) {
                throw invalid();
            }
            return new Position(position);
        } catch (IllegalArgumentException | NullPointerException | java.io.IOException e) {
            throw invalid();
        }
    }

    private byte[] mac(String payload, String binding) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((CONTEXT + binding + "\n" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }

    private static Problem invalid() {
        return Problem.badCursor("the 'next' cursor is not valid for this request: pass back, unchanged, the 'next'"
                + " value of the previous page of the same query");
    }
}
