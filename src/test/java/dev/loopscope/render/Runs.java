package dev.loopscope.render;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small runs for the timeline's tests. */
final class Runs {
    private Runs() {
    }

    /** The tutorial example shipped in the app (create_task, sleep(2) and sleep(1)). */
    static RecordedRun tutorial() {
        try (InputStream in = Runs.class.getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
            return Engine.run("tutorial_create_task.py", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordedRun run(String... lines) {
        return Engine.run("test.py", String.join("\n", lines) + "\n");
    }

    /** time.sleep inside a step: the loop is blocked. */
    static RecordedRun blocking() {
        return run("import asyncio, time",
                "async def ticker():",
                "    for i in range(3):",
                "        print('tick', i)",
                "        await asyncio.sleep(0.5)",
                "async def blocker():",
                "    await asyncio.sleep(0.2)",
                "    time.sleep(2)",
                "async def main():",
                "    await asyncio.gather(ticker(), blocker())",
                "asyncio.run(main())");
    }
}
