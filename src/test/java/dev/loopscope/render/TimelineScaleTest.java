package dev.loopscope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The size factor ({@link Viewport#uiScale()}): at 1.6 the timeline is the same picture 1.6 times
 * larger (lanes, text, marks), hit-testing follows it, and the default (exports) is unchanged.
 */
class TimelineScaleTest {
    private static final double K = 1.6;
    private static final double WIDTH = 1000;

    /** A painter that writes down the texts and rectangles it is asked for. */
    private static final class Recording implements Painter {
        record Text(double x, double y, String text, double size, boolean bold) {
        }

        record Rect(double x, double y, double w, double h, Rgba color) {
        }

        final List<Text> texts = new ArrayList<>();
        final List<Rect> rects = new ArrayList<>();

        @Override
        public void begin(double width, double height, Rgba background) {
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Rgba color) {
            rects.add(new Rect(x, y, w, h, color));
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        }

        @Override
        public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align) {
            texts.add(new Text(x, baseline, text, size, bold));
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
        }

        @Override
        public void popClip() {
        }

        @Override
        public void end() {
        }
    }

    private static Recording draw(TimelineModel m, Viewport vp) {
        Recording r = new Recording();
        TimelineRenderer.render(r, m, vp, 30, TimelineTheme.LIGHT, null);
        return r;
    }

    private static void near(double want, double got, String what) {
        assertEquals(want, got, 1e-6 * Math.max(1, Math.abs(want)), what);
    }

    @Test
    void atFactor16EveryTextAndLaneIs16TimesLarger() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        Recording one = draw(m, Viewport.whole(m, WIDTH));
        Viewport big = Viewport.whole(m, WIDTH * K, K);
        assertEquals(K, big.uiScale());
        Recording scaled = draw(m, big);

        // the same words, each 1.6 times as large and at 1.6 times the place
        assertEquals(one.texts.stream().map(Recording.Text::text).toList(),
                scaled.texts.stream().map(Recording.Text::text).toList());
        assertTrue(one.texts.size() > m.laneCount() + 3, "lane names, coroutines, axis labels: " + one.texts);
        for (int i = 0; i < one.texts.size(); i++) {
            Recording.Text a = one.texts.get(i);
            Recording.Text b = scaled.texts.get(i);
            near(a.size() * K, b.size(), "font size of " + a.text());
            near(a.y() * K, b.y(), "baseline of " + a.text());
            near(a.x() * K, b.x(), "x of " + a.text());
        }
        Recording.Text name = scaled.texts.stream().filter(t -> t.text().equals(m.laneName(0))).findFirst()
                .orElseThrow();
        near(TimelineRenderer.NAME_SIZE * K, name.size(), "the first lane's name");

        // the striped (odd) lanes: 1.6 times as tall, 1.6 times as far down
        List<Recording.Rect> stripes1 = stripes(one);
        List<Recording.Rect> stripesK = stripes(scaled);
        assertEquals(m.laneCount() / 2, stripes1.size());
        assertEquals(stripes1.size(), stripesK.size());
        for (int i = 0; i < stripes1.size(); i++) {
            near(Viewport.LANE_HEIGHT, stripes1.get(i).h(), "lane height at 1");
            near(Viewport.LANE_HEIGHT * K, stripesK.get(i).h(), "lane height at 1.6");
            near(stripes1.get(i).y() * K, stripesK.get(i).y(), "lane top");
        }
        for (int lane = 0; lane < m.laneCount(); lane++) {
            near((Viewport.lanesTop() + lane * Viewport.LANE_HEIGHT) * K, big.laneY(lane), "laneY " + lane);
        }
        near(Viewport.fullHeight(m.laneCount()) * K, big.height(), "the picture's height");
        near(Viewport.LABEL_WIDTH * K, big.plotLeft(), "the label column");
    }

    private static List<Recording.Rect> stripes(Recording r) {
        return r.rects.stream().filter(x -> x.color().equals(TimelineTheme.LIGHT.laneStripe())).toList();
    }

    @Test
    void theSvgSaysTheLargerFontSizesAndLanePositions() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        SvgPainter p = new SvgPainter();
        TimelineRenderer.render(p, m, Viewport.whole(m, WIDTH * K, K), -1, TimelineTheme.LIGHT, null);
        String svg = p.toString();
        Matcher t = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\" font-size=\"([0-9.]+)\"[^>]*>([^<]*)<")
                .matcher(svg);
        List<String> names = new ArrayList<>();
        while (t.find()) {
            for (int lane = 0; lane < m.laneCount(); lane++) {
                if (t.group(4).equals(m.laneName(lane))) {
                    names.add(t.group(4));
                    assertEquals(TimelineRenderer.NAME_SIZE * K, Double.parseDouble(t.group(3)), 0.01,
                            "font-size of " + t.group(4));
                    double baseline = (Viewport.lanesTop() + lane * Viewport.LANE_HEIGHT + 17) * K;
                    assertEquals(baseline, Double.parseDouble(t.group(2)), 0.01, "y of " + t.group(4));
                }
            }
        }
        assertEquals(m.laneCount(), names.size(), "a name per lane in " + names);
    }

    @Test
    void hitTestingFindsTheLanesWhereTheLargerPictureDrawsThem() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        Viewport one = Viewport.whole(m, WIDTH);
        Viewport big = Viewport.whole(m, WIDTH, K);
        assertTrue(m.laneCount() >= 3);
        for (int lane = 0; lane < m.laneCount(); lane++) {
            double y = big.laneY(lane) + big.laneHeight() / 2;
            assertEquals(lane, big.laneAt(y, m.laneCount()), "lane " + lane);
            Hit label = TimelineRenderer.hitTest(m, big, big.plotLeft() / 2, y);
            assertNotNull(label);
            assertEquals(Hit.Kind.LABEL, label.kind());
            assertEquals(lane, label.lane());
            // a point in the plot where the lane has a segment
            double x = big.px(m.axis().x(m.laneStart(lane))) + 2;
            Hit seg = TimelineRenderer.hitTest(m, big, x, y);
            assertNotNull(seg, "something under lane " + lane);
            assertEquals(lane, seg.lane());
        }
        // the same pixel is another lane at another size: the factor is not ignored
        double y2 = one.laneY(2) + one.laneHeight() / 2;
        assertEquals(2, one.laneAt(y2, m.laneCount()));
        assertNotEquals(2, big.laneAt(y2, m.laneCount()));
        assertEquals(TimelineModel.LOOP, big.laneAt(big.axisHeight() + big.loopHeight() - 1, m.laneCount()));
        assertEquals(-2, big.laneAt(big.axisHeight() - 1, m.laneCount()), "the axis");
    }

    @Test
    void exportsKeepFactorOneByDefault() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        Viewport plain = Viewport.whole(m, 1200);
        assertEquals(1, plain.uiScale());
        SvgPainter a = new SvgPainter();
        TimelineRenderer.render(a, m, plain, -1, TimelineTheme.LIGHT, null);
        SvgPainter b = new SvgPainter();
        TimelineRenderer.render(b, m, Viewport.whole(m, 1200, 1), -1, TimelineTheme.LIGHT, null);
        assertEquals(a.toString(), b.toString());
        assertTrue(a.toString().contains("font-size=\"12\""), "names at 12 px");
    }

    @Test
    void changingTheFactorKeepsTheTopLaneAtTheTop() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        Viewport vp = new Viewport(800, Viewport.lanesTop() + 10);
        vp.fit(m.axis());
        vp.setScrollY(2 * Viewport.LANE_HEIGHT, m.laneCount());
        assertEquals(2, vp.firstVisibleLane());
        vp.setUiScale(K);
        assertEquals(2, vp.firstVisibleLane());
        near(2 * Viewport.LANE_HEIGHT * K, vp.scrollY(), "scroll");
    }
}
