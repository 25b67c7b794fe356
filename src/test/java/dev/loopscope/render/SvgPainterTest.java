package dev.loopscope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.trace.RecordedRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The SVG side of the one drawing path: valid XML, a lane per task with its name, a shape per segment. */
class SvgPainterTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String svgOf(TimelineModel m, TimelineTheme theme) {
        SvgPainter p = new SvgPainter();
        TimelineRenderer.render(p, m, Viewport.whole(m, 1200), 30, theme, null);
        return p.toString();
    }

    private static List<Element> elements(Node root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList all = ((root instanceof Document d) ? d.getDocumentElement() : (Element) root)
                .getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    @Test
    void tutorialParsesWithALanePerTaskAndAShapePerSegment() throws Exception {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        Document doc = parse(svgOf(m, TimelineTheme.LIGHT));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("1200", svg.getAttribute("width"));

        List<Element> lanes = new ArrayList<>();
        for (Element g : elements(doc, "g")) {
            if (g.getAttribute("class").equals("lane")) {
                lanes.add(g);
            }
        }
        assertEquals(m.laneCount(), lanes.size());
        List<String> texts = elements(doc, "text").stream().map(Node::getTextContent).toList();
        for (int lane = 0; lane < m.laneCount(); lane++) {
            Element g = lanes.get(lane);
            assertEquals(m.laneName(lane), g.getAttribute("data-name"));
            assertTrue(texts.contains(m.laneName(lane)), "label " + m.laneName(lane) + " in " + texts);
            assertTrue(texts.contains(m.laneCoro(lane) + "()"), texts.toString());
            int shapes = elements(g, "rect").size() + elements(g, "line").size();
            int segments = m.segmentsTo(lane) - m.segmentsFrom(lane);
            assertTrue(shapes >= segments, m.laneName(lane) + ": " + shapes + " shapes, " + segments + " segments");
        }
        assertTrue(texts.contains("event loop"));
        assertTrue(texts.contains("0 s") && texts.contains("1 s") && texts.contains("2 s"), texts.toString());
        // running bars in Task-2's colour
        String red = TaskPalette.color(1, false);
        assertTrue(elements(lanes.get(1), "rect").stream().anyMatch(r -> r.getAttribute("fill").equals(red)));
    }

    @Test
    void textIsEscapedAndDarkThemeParses() throws Exception {
        TimelineModel m = TimelineModel.of(Runs.run("import asyncio",
                "async def main():",
                "    print('<b> & \"quotes\"')",
                "    asyncio.current_task().set_name('a<b>&c')",
                "    await asyncio.sleep(0.01)",
                "asyncio.run(main())"));
        Document doc = parse(svgOf(m, TimelineTheme.DARK));
        List<String> texts = elements(doc, "text").stream().map(Node::getTextContent).toList();
        assertTrue(texts.contains("a<b>&c"), texts.toString());
    }

    @Test
    void anEmptyRunStillDrawsItsAxisAndLoopLane() throws Exception {
        TimelineModel m = TimelineModel.of(new RecordedRun("empty.py", List.of()));
        assertEquals(0, m.laneCount());
        Document doc = parse(svgOf(m, TimelineTheme.LIGHT));
        assertTrue(elements(doc, "text").stream().anyMatch(t -> t.getTextContent().equals("event loop")));
    }

    @Test
    void numbersAreShortAndPlain() {
        assertEquals("0", SvgPainter.num(0));
        assertEquals("12.5", SvgPainter.num(12.5));
        assertEquals("-3.25", SvgPainter.num(-3.249));
        assertEquals("1000000", SvgPainter.num(1e6));
    }
}
