package dev.loopscope.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFilesTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String offsetMessage(int offset) {
        return "f.py: not readable UTF-8 text (invalid byte at offset " + offset + ")";
    }

    @Test
    void decodesUtf8AndDropsOneBom() throws SourceFiles.Unreadable {
        assertEquals("x = '\u00e9\u4e2d\ud83d\ude00'\n",
                SourceFiles.decode("x = '\u00e9\u4e2d\ud83d\ude00'\n".getBytes(StandardCharsets.UTF_8), "f.py"));
        assertEquals("pass", SourceFiles.decode(bytes(0xEF, 0xBB, 0xBF, 'p', 'a', 's', 's'), "f.py"));
        assertEquals("\uFEFFa", SourceFiles.decode(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 'a'), "f.py"));
        assertEquals("", SourceFiles.decode(new byte[0], "f.py"));
        assertEquals("", SourceFiles.decode(bytes(0xEF, 0xBB, 0xBF), "f.py"));
    }

    @Test
    void reportsTheOffsetOfTheFirstBadByte() {
        assertEquals(offsetMessage(2), assertThrows(SourceFiles.Unreadable.class,
                () -> SourceFiles.decode(bytes('a', 'b', 0xFF, 'c'), "f.py")).getMessage());
        // the offset counts the byte order mark
        assertEquals(offsetMessage(4), assertThrows(SourceFiles.Unreadable.class,
                () -> SourceFiles.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0x80), "f.py")).getMessage());
        // a sequence cut short by the end of the file
        assertEquals(offsetMessage(1), assertThrows(SourceFiles.Unreadable.class,
                () -> SourceFiles.decode(bytes('a', 0xE4, 0xB8), "f.py")).getMessage());
        // overlong encodings and encoded surrogates are not UTF-8
        assertEquals(offsetMessage(0), assertThrows(SourceFiles.Unreadable.class,
                () -> SourceFiles.decode(bytes(0xC0, 0xAF), "f.py")).getMessage());
        assertEquals(offsetMessage(0), assertThrows(SourceFiles.Unreadable.class,
                () -> SourceFiles.decode(bytes(0xED, 0xA0, 0x80), "f.py")).getMessage());
    }
}
