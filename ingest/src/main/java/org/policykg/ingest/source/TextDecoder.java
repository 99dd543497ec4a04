package org.policykg.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.policykg.ingest.source.InputRejectedException.Reason;
import org.policykg.ingest.text.Han;

/**
 * Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected and converted.
 * Binary or undecodable input is rejected with a reason instead of being guessed at.
 */
public final class TextDecoder {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final long maxBytes;

    public TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public TextDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public Decoded decode(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new InputRejectedException(Reason.TOO_LARGE,
                    "input is %d bytes, over the limit of %d bytes".formatted(bytes.length, maxBytes));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (looksBinary(bytes)) {
            throw new InputRejectedException(Reason.BINARY, "input looks binary (NUL or control bytes), not text");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, "UTF-8");
        }
        String gb = strict(bytes, 0, GB18030);
        if (gb != null && Han.share(gb) > 0.2) {
            return checked(gb, "GB18030");
        }
        throw new InputRejectedException(Reason.UNDECODABLE,
                "input is neither valid UTF-8 nor Chinese GB18030/GBK text");
    }

    private static Decoded checked(String text, String charset) {
        if (text == null) {
            throw new InputRejectedException(Reason.UNDECODABLE, "input is not valid " + charset);
        }
        if (text.isBlank()) {
            throw new InputRejectedException(Reason.EMPTY, "input is empty or only whitespace");
        }
        return new Decoded(text.replace("\r\n", "\n").replace('\r', '\n'), charset);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes or many C0 control bytes (other than tab, newline, carriage return, form feed) mean binary. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control > sample / 100 + 1;
    }

    /** Decoded text (newlines normalised to \n) and the charset it was read as. */
    public record Decoded(String text, String charset) {
    }
}
