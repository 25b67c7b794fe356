package dev.loopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.render.Rgba;
import dev.loopscope.render.SegmentState;
import dev.loopscope.render.TaskPalette;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** PNG and SVG exports: valid files, the asked size, a lane per task, the lanes' colours. */
class TimelineExportTest {
    private static TimelineModel tutorial;

    @BeforeAll
    static void setUp() {
        tutorial = TimelineModel.of(ExportRuns.tutorial());
    }

    static Document parseXml(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static List<Element> elements(Node root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList all = ((root instanceof Document d) ? d.getDocumentElement() : (Element) root)
                .getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** The {@code <g class="lane">} groups, in order. */
    static List<Element> laneGroups(Document doc) {
        List<Element> lanes = new ArrayList<>();
        for (Element g : elements(doc, "g")) {
            if (g.getAttribute("class").equals("lane")) {
                lanes.add(g);
            }
        }
        return lanes;
    }

    static BufferedImage decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "not a PNG ImageIO can read");
        return image;
    }

    private static byte[] png(TimelineModel m, ExportOptions o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineExport.png(m, o, out);
        return out.toByteArray();
    }

    private static byte[] svg(TimelineModel m, ExportOptions o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineExport.svg(m, o, out);
        return out.toByteArray();
    }

    private static int rgb(BufferedImage image, double x, double y, double scale) {
        return image.getRGB((int) Math.floor(x * scale), (int) Math.floor(y * scale)) & 0xFFFFFF;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run with java.awt.headless=true");
    }

    @Test
    void svgParsesWithALanePerTaskNamedAndAShapePerSegment() throws Exception {
        Document doc = parseXml(svg(tutorial, ExportOptions.DEFAULTS));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("1200", root.getAttribute("width"));
        List<Element> lanes = laneGroups(doc);
        assertEquals(3, tutorial.laneCount());
        assertEquals(tutorial.laneCount(), lanes.size());
        List<String> texts = elements(doc, "text").stream().map(Node::getTextContent).toList();
        for (int lane = 0; lane < tutorial.laneCount(); lane++) {
            Element g = lanes.get(lane);
            assertEquals(tutorial.laneName(lane), g.getAttribute("data-name"));
            assertTrue(texts.contains(tutorial.laneName(lane)), "the label is text: " + texts);
            int shapes = elements(g, "rect").size() + elements(g, "line").size();
            int segments = tutorial.segmentsTo(lane) - tutorial.segmentsFrom(lane);
            assertTrue(segments >= 2, "lane " + lane);
            // one shape per segment, plus the end mark (and a ready bar's outline)
            assertTrue(shapes >= segments + 1, "lane " + lane + ": " + shapes + " shapes for " + segments + " segments");
            // each segment's colour is the task's
            String colour = TaskPalette.color(lane, false);
            assertTrue(elements(g, "rect").stream().anyMatch(r -> r.getAttribute("fill").equals(colour)),
                    "a running bar in " + colour);
        }
        assertTrue(texts.contains("awaits sleep until 2 s"), texts.toString());
        assertTrue(texts.contains("virtual time"), texts.toString());
    }

    @Test
    void svgIsTheSameDrawingAsTheRenderersOwn() throws Exception {
        // the export adds nothing and leaves nothing out when no lanes are capped
        dev.loopscope.render.SvgPainter p = new dev.loopscope.render.SvgPainter();
        dev.loopscope.render.TimelineRenderer.render(p, tutorial, Viewport.whole(tutorial, 1200), -1,
                TimelineTheme.LIGHT, null, true);
        assertEquals(p.toString(), new String(svg(tutorial, ExportOptions.DEFAULTS), StandardCharsets.UTF_8));
    }

    @Test
    void pngDecodesAtTheAskedSize() throws Exception {
        double h = Viewport.fullHeight(tutorial.laneCount());
        BufferedImage one = decode(png(tutorial, ExportOptions.DEFAULTS));
        assertEquals(1200, one.getWidth());
        assertEquals((int) Math.ceil(h), one.getHeight());
        BufferedImage two = decode(png(tutorial, ExportOptions.DEFAULTS.withWidth(800).withScale(2)));
        assertEquals(1600, two.getWidth());
        assertEquals((int) Math.ceil(h * 2), two.getHeight());
        BufferedImage odd = decode(png(tutorial, ExportOptions.DEFAULTS.withWidth(999).withScale(1.5)));
        assertEquals((int) Math.ceil(999 * 1.5), odd.getWidth());
    }

    @Test
    void pngPixelsShowTheLanesColours() throws Exception {
        for (double scale : new double[] {1, 2}) {
            for (boolean dark : new boolean[] {false, true}) {
                ExportOptions o = ExportOptions.DEFAULTS.withScale(scale).withDark(dark);
                BufferedImage image = decode(png(tutorial, o));
                TimelineTheme theme = o.theme();
                TimelineExport.Frame frame = TimelineExport.pngFrame(tutorial, o);
                Viewport vp = frame.viewport();
                for (int lane = 0; lane < tutorial.laneCount(); lane++) {
                    int colour = Rgba.of(TaskPalette.color(lane, dark)).rgb();
                    double y = vp.laneY(lane);
                    // the colour bar beside the name
                    assertEquals(colour, rgb(image, 1.5, y + 13, scale), "label bar of lane " + lane);
                    // the middle of each wide running bar
                    int checked = 0;
                    for (int s = tutorial.segmentsFrom(lane); s < tutorial.segmentsTo(lane); s++) {
                        if (tutorial.segmentState(lane, s) != SegmentState.RUNNING) {
                            continue;
                        }
                        double x0 = vp.px(tutorial.axis().x(tutorial.segmentStart(lane, s)));
                        double x1 = vp.px(tutorial.axis().x(tutorial.segmentEnd(lane, s)));
                        if (x1 - x0 >= 6) {
                            assertEquals(colour, rgb(image, (x0 + x1) / 2, y + 13, scale),
                                    "running bar of lane " + lane + " at " + (x0 + x1) / 2);
                            checked++;
                        }
                    }
                    assertTrue(checked > 0, "lane " + lane + " has a running bar wide enough to sample");
                }
                // the background between lanes is the theme's
                double blank = vp.laneY(0) + 2;
                assertEquals(theme.background().rgb(), rgb(image, vp.width() - 3, blank, scale));
            }
        }
    }

    @Test
    void transparentBackground() throws Exception {
        BufferedImage image = decode(png(tutorial, ExportOptions.DEFAULTS.withTransparent(true)));
        assertTrue(image.getColorModel().hasAlpha());
        Viewport vp = TimelineExport.pngFrame(tutorial, ExportOptions.DEFAULTS).viewport();
        int clear = 0;
        int samples = 0;
        for (double x = vp.plotLeft() + 20; x < vp.width(); x += 37) {
            samples++;
            if ((image.getRGB((int) x, (int) vp.laneY(0) + 2) >>> 24) == 0) {
                clear++;
            }
        }
        assertTrue(clear > samples * 3 / 4, clear + " of " + samples + " transparent");
        // opaque by default
        BufferedImage opaque = decode(png(tutorial, ExportOptions.DEFAULTS));
        assertEquals(0xFF, opaque.getRGB((int) vp.width() - 3, (int) vp.laneY(0) + 2) >>> 24);
    }

    @Test
    void aClockRangeStretchesThatRangeOverTheWidth() throws Exception {
        ExportOptions o = ExportOptions.DEFAULTS.withSpan(ExportOptions.Span.seconds(0.5, 1.5));
        TimelineExport.Frame frame = TimelineExport.svgFrame(tutorial, o);
        Viewport vp = frame.viewport();
        double x1s = vp.px(tutorial.axis().xOfTime(1.0));
        assertTrue(x1s > vp.plotLeft() && x1s < vp.width(), "1 s is in view: " + x1s);
        double x2s = vp.px(tutorial.axis().xOfTime(2.0));
        assertTrue(x2s > vp.width(), "2 s is not: " + x2s);
        Document doc = parseXml(svg(tutorial, o));
        assertEquals(3, laneGroups(doc).size());
        BufferedImage image = decode(png(tutorial, o));
        assertEquals(1200, image.getWidth());
        // the visible range of a window, at another width
        Viewport screen = Viewport.whole(tutorial, 900);
        screen.zoomAt(400, 4, tutorial.axis());
        TimelineExport.Frame same = TimelineExport.svgFrame(tutorial,
                ExportOptions.DEFAULTS.withWidth(1800).withSpan(ExportOptions.Span.visible(screen)));
        assertEquals(screen.visibleFrom(), same.viewport().visibleFrom(), 1e-9);
        assertEquals(screen.visibleTo(), same.viewport().visibleTo(), 1e-6);
    }

    @Test
    void manyTasksAreCappedWithANote() throws Exception {
        TimelineModel m = TimelineModel.of(ExportRuns.workers(40));
        assertEquals(41, m.laneCount());
        ExportOptions o = ExportOptions.DEFAULTS.withMaxLanes(10);
        Document doc = parseXml(svg(m, o));
        assertEquals(10, laneGroups(doc).size());
        List<String> texts = elements(doc, "text").stream().map(Node::getTextContent).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Showing the first 10 of 41 tasks")), texts.toString());
        BufferedImage image = decode(png(m, o));
        assertEquals((int) Math.ceil(Viewport.fullHeight(10) + TimelineExport.NOTE_HEIGHT), image.getHeight());
        // uncapped: every lane
        assertEquals(41, laneGroups(parseXml(svg(m, ExportOptions.DEFAULTS))).size());
        // a PNG stays within MAX_SIDE pixels: fewer lanes at a higher scale
        TimelineExport.Frame big = TimelineExport.pngFrame(TimelineModel.of(ExportRuns.workers(800)),
                ExportOptions.DEFAULTS.withMaxLanes(10_000).withScale(2));
        assertTrue(big.capped());
        assertTrue(big.height() * 2 <= TimelineExport.MAX_SIDE, "height " + big.height());
        assertTrue(big.lanesShown() > 250, "lanes " + big.lanesShown());
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.DEFAULTS.withWidth(10));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.DEFAULTS.withWidth(100_000));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.DEFAULTS.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.DEFAULTS.withScale(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.Span.seconds(2, 1));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.Span.seconds(-1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimelineExport.pngFrame(tutorial, ExportOptions.DEFAULTS.withWidth(10_000).withScale(2)));
        assertTrue(e.getMessage().contains("20,000 pixels wide"), e.getMessage());
    }

    @Test
    void formatsFollowTheExtension() {
        assertEquals(ExportFormat.PNG, ExportFormat.ofFileName("a/b.PNG").orElseThrow());
        assertEquals(ExportFormat.SVG, ExportFormat.ofFileName("x.svg").orElseThrow());
        assertEquals(ExportFormat.JSON, ExportFormat.ofFileName("x.trace.json").orElseThrow());
        assertTrue(ExportFormat.ofFileName("x.gif").isEmpty());
        assertTrue(ExportFormat.ofFileName("png").isEmpty());
    }
}
