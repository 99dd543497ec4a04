package org.policykg.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.source.InputRejectedException.Reason;

class TextDecoderTest {

    private static final String TEXT = "完善实施区域协调发展战略机制，推动京津冀协同发展。";
    private final TextDecoder decoder = new TextDecoder(1024 * 1024);

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        assertThat(decoder.decode(plain).text()).isEqualTo(TEXT);
        assertThat(decoder.decode(bom).text()).isEqualTo(TEXT);
        assertThat(SourceDocument.of(DocumentMeta.untitled("a"), decoder.decode(bom)).id())
                .isEqualTo(SourceDocument.of(DocumentMeta.untitled("b"), decoder.decode(plain)).id());
    }

    @Test
    void convertsGbkAndGb18030() {
        TextDecoder.Decoded gbk = decoder.decode(TEXT.getBytes(Charset.forName("GBK")));
        assertThat(gbk.text()).isEqualTo(TEXT);
        assertThat(gbk.charset()).isEqualTo("GB18030");
    }

    @Test
    void rejectsBinaryInput() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY))
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorChinese() {
        byte[] latin1 = "Ça coûte très cher à Paris".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode(latin1))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
    }

    @Test
    void rejectsEmptyAndWhitespace() {
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> decoder.decode(" \n\t\u3000\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void rejectsInputOverTheLimit() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> decoder.decode(big))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("limit");
    }
}
