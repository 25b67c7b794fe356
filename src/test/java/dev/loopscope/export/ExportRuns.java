package dev.loopscope.export;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs for the export tests. */
public final class ExportRuns {
    private ExportRuns() {
    }

    /** The tutorial example shipped in the app (assets/scenarios/tutorial_create_task.py). */
    public static String tutorialSource() {
        try (InputStream in = ExportRuns.class.getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecordedRun tutorial() {
        return Engine.run("tutorial_create_task.py", tutorialSource());
    }

    public static RecordedRun run(String... lines) {
        return Engine.run("test.py", String.join("\n", lines) + "\n");
    }

    /** {@code n} workers that sleep different times (more lanes than an export draws, if n is large). */
    public static RecordedRun workers(int n) {
        return run("import asyncio",
                "async def worker(i):",
                "    await asyncio.sleep(i % 7 / 10)",
                "    return i",
                "async def main():",
                "    await asyncio.gather(*(worker(i) for i in range(" + n + ")))",
                "asyncio.run(main())");
    }

    /** time.sleep inside a step, prints with characters JSON must escape. */
    public static RecordedRun blockingAndTrickyPrints() {
        return run("import asyncio, time",
                "async def ticker():",
                "    for i in range(3):",
                "        print('tick', i, '\"quoted\" back\\\\slash\\ttab \\x01 \\u00e9 \\u2028 \\U0001F600')",
                "        await asyncio.sleep(0.5)",
                "async def blocker():",
                "    await asyncio.sleep(0.2)",
                "    time.sleep(2)",
                "async def main():",
                "    await asyncio.gather(ticker(), blocker())",
                "asyncio.run(main())");
    }
}
