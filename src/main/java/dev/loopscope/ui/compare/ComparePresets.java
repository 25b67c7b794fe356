package dev.loopscope.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The pairs the Compare window offers: the tutorial's sync-vs-async pair (first, preloaded) and
 * sequential awaits vs tasks. The scenario texts are resources beside this class.
 */
public final class ComparePresets {
    private ComparePresets() {
    }

    /** A pair of scenarios to compare: its menu name, and each side's title and text. */
    public record Preset(String name, String titleA, String textA, String titleB, String textB) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Sync (time.sleep in plain functions, called in turn) vs async (asyncio.sleep under gather). */
    public static final String SYNC_VS_ASYNC = "Sync vs async: time.sleep vs asyncio.sleep";
    /** Sequential awaits vs create_task and gather. */
    public static final String SEQUENTIAL_VS_TASKS = "Sequential awaits vs create_task + gather";

    private static final List<Preset> ALL = List.of(
            new Preset(SYNC_VS_ASYNC,
                    "sync: three jobs, time.sleep(1) each, one after another", text("sync_sleep.py"),
                    "async: the same jobs with await asyncio.sleep(1), under gather", text("async_sleep.py")),
            new Preset(SEQUENTIAL_VS_TASKS,
                    "sequential: await brew(coffee, 2), then await brew(tea, 1)", text("sequential_awaits.py"),
                    "tasks: create_task both, then gather", text("tasks_gather.py")));

    public static List<Preset> all() {
        return ALL;
    }

    public static Preset first() {
        return ALL.get(0);
    }

    private static String text(String name) {
        try (InputStream in = Objects.requireNonNull(ComparePresets.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
