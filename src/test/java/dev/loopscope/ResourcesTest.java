package dev.loopscope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The files shipped beside the code stay in step with it. */
class ResourcesTest {

    @Test
    void theExampleInAssetsIsTheOneTheWindowLoads() throws IOException {
        try (InputStream in = ResourcesTest.class.getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
            assertNotNull(in, "example resource");
            assertArrayEquals(in.readAllBytes(),
                    Files.readAllBytes(Paths.get("assets/scenarios/tutorial_create_task.py")),
                    "assets/scenarios/tutorial_create_task.py differs from the example resource");
        }
    }

    @Test
    void theIconIsOnTheClassPathAt256Pixels() throws IOException {
        try (InputStream in = ResourcesTest.class.getResourceAsStream("/dev/loopscope/icons/loopscope.png")) {
            assertNotNull(in, "icon resource (from assets/icons)");
            BufferedImage icon = ImageIO.read(in);
            assertEquals(256, icon.getWidth());
            assertEquals(256, icon.getHeight());
        }
    }
}
