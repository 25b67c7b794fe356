package dev.loopscope.ui;

import java.lang.management.ManagementFactory;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code -Dloopscope.startupProbe=true}, prints {@code shown <ms>} once the main window is
 * first shown, counted from the JVM's start: what the startup benchmark reads from
 * {@code java -jar}. When the window runs in a JVM that {@code java -jar} started for it
 * ({@code TunedVm}), the count starts at the first JVM's start ({@code loopscope.launchedAt}).
 * With {@code -Dloopscope.startupProbe=exit} the app then quits at once, as a user would (exit 0),
 * so a benchmark measures start after start the way a user meets them.
 */
final class StartupProbe {
    static final String PROPERTY = "loopscope.startupProbe";

    private StartupProbe() {
    }

    static void watch(Stage stage) {
        String probe = System.getProperty(PROPERTY);
        if (!"true".equals(probe) && !"exit".equals(probe)) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                long launchedAt = Long.getLong("loopscope.launchedAt", 0L);
                long ms = launchedAt > 0 ? System.currentTimeMillis() - launchedAt
                        : ManagementFactory.getRuntimeMXBean().getUptime();
                System.out.println("shown " + ms);
                System.out.flush();
                if ("exit".equals(System.getProperty(PROPERTY))) {
                    System.exit(0);
                }
            }
        });
    }
}
