package dev.loopscope.engine;

import dev.loopscope.lang.Code;
import dev.loopscope.lang.CodeArchive;
import dev.loopscope.lang.Compiler;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.CRC32;

/**
 * The code of the modules LoopScope writes in Python (the asyncio port, aiohttp, functools, ...).
 * The build compiles each {@code NAME.py} to {@code NAME.lsc} beside it ({@link #main}); a run
 * reads that instead of compiling two thousand lines before its first step (measured on the
 * 10,000-task perf scenario: about a tenth of the whole command). The archive carries a checksum
 * of the source it was made from: one that does not match its source, or does not read, is
 * ignored and the source compiled, so an archive never runs code other than what the source says.
 */
public final class PreludeCode {
    private static final String FOLDER = "/dev/loopscope/modules/";
    private static final int MAGIC = 0x4c53_4331; // "LSC1"
    /** Raise when the archive's layout or the compiler's output changes. */
    private static final int FORMAT = 1;

    private PreludeCode() {
    }

    /** Whether LoopScope ships a module of this name written in Python. */
    static boolean exists(String name) {
        return PreludeCode.class.getResource(FOLDER + name + ".py") != null;
    }

    /** The module's code: the archived one when it matches the source, else freshly compiled. */
    static Code load(String name) {
        byte[] source = resource(name + ".py");
        if (source == null) {
            throw new IllegalStateException("missing prelude " + name + ".py");
        }
        byte[] archive = resource(name + ".lsc");
        if (archive != null) {
            Code code = read(archive, source);
            if (code != null) {
                return code;
            }
        }
        return compile(name, source);
    }

    static Code compile(String name, byte[] source) {
        return Compiler.compilePrelude(name + ".py", new String(source, StandardCharsets.UTF_8));
    }

    static byte[] write(Code code, byte[] source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(checksum(source));
            new CodeArchive.Writer(out).code(code);
        }
        return bytes.toByteArray();
    }

    /** The archived code, or null when the archive was made from other source or does not read. */
    static Code read(byte[] archive, byte[] source) {
        ByteBuffer head = ByteBuffer.wrap(archive);
        if (archive.length < 16 || head.getInt() != MAGIC || head.getInt() != FORMAT
                || head.getLong() != checksum(source)) {
            return null;
        }
        try {
            return new CodeArchive.Reader(archive, 16).code();
        } catch (IOException e) {
            return null;
        }
    }

    private static long checksum(byte[] source) {
        CRC32 crc = new CRC32();
        crc.update(source);
        return crc.getValue() ^ (long) source.length << 32;
    }

    static byte[] resource(String file) {
        try (InputStream in = PreludeCode.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The build step: compiles every {@code .py} in the folder given (the built resources) to its {@code .lsc}. */
    public static void main(String[] args) throws IOException {
        Path folder = Paths.get(args[0]);
        int n = 0;
        try (DirectoryStream<Path> sources = Files.newDirectoryStream(folder, "*.py")) {
            for (Path py : sources) {
                String file = py.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                byte[] source = Files.readAllBytes(py);
                Files.write(folder.resolve(name + ".lsc"), write(compile(name, source), source));
                n++;
            }
        }
        System.out.println("[loopscope] compiled " + n + " prelude modules in " + folder);
    }
}
