package dev.loopscope.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of LoopScope's own classes (and the lambdas its builtins link), kept
 * in the user's cache folder, as CPython keeps compiled modules in {@code __pycache__}. Loading and
 * linking those classes is most of a short command's start-up (measured: an empty scenario 0.54 s
 * without, 0.18 s with). The first command in a tuned JVM writes the archive as it exits; later
 * ones map it. The archive is named after the jar's path, size and time and the Java version, so a
 * rebuilt jar or another JDK never maps a stale one; when anything fails the command simply runs
 * without it.
 */
final class ClassArchive {
    private static final String LOG_TO_STDOUT_OFF = "-Xlog:all=off:stdout";
    private static final String LOG_WARNINGS = "-Xlog:all=warning,cds=off,cds+dynamic=off:stderr";

    private final Path jar;
    private final Path archive;

    private ClassArchive(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
    }

    /** The archive for the running jar, or empty when the class path is not one jar or no cache folder is usable. */
    static Optional<ClassArchive> forClassPath(String classPath, String kind) {
        return forClassPath(classPath, kind, cacheFolder());
    }

    /** {@code kind} keeps apart the archives of uses that load different classes (the command line, the window). */
    static Optional<ClassArchive> forClassPath(String classPath, String kind, Path dir) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty(); // the JVM archives only classes loaded from jars
        }
        try {
            Path jar = Paths.get(classPath).toRealPath();
            String build = Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + System.getProperty("java.vm.version");
            Files.createDirectories(dir);
            String name = kind + "-classes-" + hex(jar.toString()) + "-" + hex(build) + ".jsa";
            return Optional.of(new ClassArchive(jar, dir.resolve(name)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String hex(String s) {
        return Integer.toHexString(s.hashCode());
    }

    static Path cacheFolder() {
        String own = System.getenv("LOOPSCOPE_CACHE");
        if (own != null && !own.isEmpty()) {
            return Paths.get(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".cache");
        return base.resolve("loopscope");
    }

    Path archive() {
        return archive;
    }

    /** Whether the archive is there to map (otherwise the next JVM writes it). */
    boolean exists() {
        return Files.isRegularFile(archive);
    }

    /** The class path to start the JVM with: an archive maps only under the class path spelled as when it was written. */
    String classPath() {
        return jar.toString();
    }

    /**
     * JVM options that map the archive when it exists, or write it (to a private file) when it does not;
     * a command-line JVM that writes it first runs the examples ({@link ArchiveWarmUp}).
     */
    List<String> options(long pid) {
        // unified logging warns on stdout by default: a stale archive's (or a dump's) notes stay out of the
        // trace and the terminal, while other warnings still reach stderr
        if (exists()) {
            return List.of(LOG_TO_STDOUT_OFF, LOG_WARNINGS, "-XX:SharedArchiveFile=" + archive);
        }
        if (!Files.isWritable(archive.getParent())) {
            return List.of(); // a cache it may not write: every command would pay for writing in vain
        }
        return List.of(LOG_TO_STDOUT_OFF, LOG_WARNINGS, "-XX:ArchiveClassesAtExit=" + pending(pid),
                "-D" + ArchiveWarmUp.PROPERTY + "=true");
    }

    /** After the child exited: publish the archive it wrote, whole or not at all. */
    void publish(long pid, int exitCode) {
        Path pending = pending(pid);
        try {
            if (exitCode == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                dropOtherBuilds();
            }
        } catch (IOException | RuntimeException e) {
            // another command published it first, or the cache is read-only: run without it next time too
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // a leftover private file is harmless
            }
        }
    }

    /** The archives of this jar's earlier builds can never map again; killed commands' files never finish. */
    private void dropOtherBuilds() throws IOException {
        String name = archive.getFileName().toString();
        String samePath = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path p : files.toList()) {
                String other = p.getFileName().toString();
                if (other.startsWith(samePath) && other.endsWith(".jsa") && !other.equals(name)
                        || other.endsWith(".tmp") && !writerAlive(other)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Whether the command that writes {@code NAME.PID.tmp} still runs (a killed one leaves its file behind). */
    private static boolean writerAlive(String pendingName) {
        String[] parts = pendingName.split("\\.");
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not ours to judge
        }
    }

    private Path pending(long pid) {
        return archive.resolveSibling(archive.getFileName() + "." + pid + ".tmp");
    }
}
