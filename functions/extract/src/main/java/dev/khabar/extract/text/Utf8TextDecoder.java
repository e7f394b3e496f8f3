package dev.khabar.extract.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Plain UTF-8 text (a leading byte-order mark is dropped). Malformed bytes are refused, not replaced. */
public final class Utf8TextDecoder implements TextDecoder {
    @Override
    public DecodedText decode(byte[] bytes, String key, String contentType) throws UndecodableException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableException("not UTF-8 text: " + e.getMessage());
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new UndecodableException("binary content (NUL bytes), not text");
        }
        return new DecodedText(text.startsWith("\uFEFF") ? text.substring(1) : text, null, null);
    }
}
