package dev.loopscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.export.ExportFormat;
import dev.loopscope.export.ExportOptions;
import dev.loopscope.render.Viewport;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The Export dialog's answers map to the exporters' options (no dialog, no FX thread). */
class ExportChoicesTest {

    private static Viewport visible(double from, double to) {
        Viewport vp = new Viewport(1000, 200);
        vp.set(from, vp.plotWidth() / (to - from));
        return vp;
    }

    @Test
    void theDefaultsAreALightWhite1xPngOfTheWholeRunAsWideAsTheScreen() {
        ExportOptions o = ExportChoices.DEFAULTS.options(1262.4, visible(2, 5));
        assertEquals(1262, o.width());
        assertEquals(1, o.scale());
        assertFalse(o.dark());
        assertFalse(o.transparent());
        assertEquals(ExportOptions.Span.WHOLE, o.span());
        assertEquals(ExportOptions.DEFAULT_MAX_LANES, o.maxLanes());
    }

    @Test
    void sizeThemeBackgroundAndRangeEachMapToTheirOption() {
        Viewport vp = visible(2, 5);
        ExportChoices c = ExportChoices.DEFAULTS;
        assertEquals(2, c.withSize(ExportChoices.Size.X2).options(1000, vp).scale());
        assertEquals(1000, c.withSize(ExportChoices.Size.X2).options(1000, vp).width());
        ExportOptions byWidth = c.withSize(ExportChoices.Size.WIDTH).withWidth(1600).options(1000, vp);
        assertEquals(1600, byWidth.width());
        assertEquals(1, byWidth.scale());
        assertTrue(c.withDark(true).options(1000, vp).dark());
        assertTrue(c.withTransparent(true).options(1000, vp).transparent());
        ExportOptions.Span span = c.withVisibleRange(true).options(1000, vp).span();
        assertEquals(ExportOptions.Span.visible(vp), span);
        ExportOptions.Span.Units units = (ExportOptions.Span.Units) span;
        assertEquals(vp.visibleFrom(), units.from(), 1e-9);
        assertEquals(vp.visibleTo(), units.to(), 1e-9);
        // no viewport (no timeline on screen): the whole run
        assertEquals(ExportOptions.Span.WHOLE, c.withVisibleRange(true).options(1000, null).span());
    }

    @Test
    void svgIsLaidOutAtTheScreensWidthAndJsonTakesNoImageOptions() {
        Viewport vp = visible(0, 3);
        ExportChoices svg = ExportChoices.DEFAULTS.withFormat(ExportFormat.SVG).withSize(ExportChoices.Size.X2)
                .withDark(true).withVisibleRange(true);
        ExportOptions o = svg.options(900, vp);
        assertEquals(900, o.width());
        assertEquals(1, o.scale());
        assertTrue(o.dark());
        assertEquals(ExportOptions.Span.visible(vp), o.span());
        assertEquals(900, svg.withSize(ExportChoices.Size.WIDTH).withWidth(3000).options(900, vp).width(),
                "a chosen width is for PNG");
        ExportChoices json = svg.withFormat(ExportFormat.JSON).withTransparent(true);
        assertFalse(json.isImage());
        assertEquals(ExportOptions.DEFAULTS, json.options(900, vp));
    }

    @Test
    void widthsStayWithinWhatAnExportAccepts() {
        assertEquals(ExportOptions.DEFAULT_WIDTH, ExportChoices.DEFAULTS.options(120, null).width(),
                "a timeline narrower than an export can be: the default width");
        assertEquals(ExportOptions.MAX_WIDTH, ExportChoices.DEFAULTS.options(40_000, null).width());
        assertEquals(300, ExportChoices.DEFAULTS.withWidth(5).width());
        assertEquals(16_384, ExportChoices.DEFAULTS.withWidth(99_999).width());
        assertEquals(300, ExportChoices.clampWidth(Double.NaN));
    }

    @Test
    void namesAndExtensions() {
        assertEquals("tutorial_create_task.png",
                ExportChoices.suggestedName("tutorial_create_task.py", "", ExportFormat.PNG));
        assertEquals("untitled-event-12.png", ExportChoices.suggestedName("untitled.py", "-event-12", ExportFormat.PNG));
        assertEquals("timeline.json", ExportChoices.suggestedName(null, "", ExportFormat.JSON));
        assertEquals(Path.of("out/a.svg"), Exporter.withExtension(Path.of("out/a.svg"), ExportFormat.SVG));
        assertEquals(Path.of("out/a.SVG"), Exporter.withExtension(Path.of("out/a.SVG"), ExportFormat.SVG));
        assertEquals(Path.of("out/a.svg"), Exporter.withExtension(Path.of("out/a"), ExportFormat.SVG));
        assertEquals(Path.of("out/a.png.json"), Exporter.withExtension(Path.of("out/a.png"), ExportFormat.JSON));
    }

    @Test
    void theLastChoicesAreRemembered() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        try {
            assertEquals(ExportChoices.DEFAULTS, ExportChoices.load(node));
            ExportChoices c = new ExportChoices(ExportFormat.SVG, ExportChoices.Size.WIDTH, 2048, true, true, true);
            c.save(node);
            assertEquals(c, ExportChoices.load(node));
            node.put("export.size", "huge");
            assertEquals(ExportChoices.Size.X1, ExportChoices.load(node).size());
        } finally {
            node.removeNode();
        }
    }
}
