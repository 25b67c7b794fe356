package dev.loopscope.predict;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * "Order the printed lines": the run's stdout lines, shuffled the same way every time for the
 * same run (so a class sees one puzzle and tests are stable), and the check of a learner's order
 * against the recording. Identical lines are interchangeable: the k-th copy the learner placed
 * stands for the k-th copy printed, so swapping two copies is never a mistake.
 */
public final class LineOrderQuestion {
    /** More lines than this make a chore, not a question: the first ones are asked. */
    public static final int MAX_LINES = 12;

    private final RunFacts facts;
    private final List<PrintedLine> truth;
    private final List<PrintedLine> shuffled;

    private LineOrderQuestion(RunFacts facts, List<PrintedLine> truth) {
        this.facts = facts;
        this.truth = List.copyOf(truth);
        this.shuffled = List.copyOf(shuffle(truth));
    }

    public static LineOrderQuestion of(RecordedRun run) {
        RunFacts facts = new RunFacts(run);
        List<PrintedLine> lines = new ArrayList<>();
        List<Event> events = facts.events();
        for (int i = 0; i < events.size() && lines.size() < MAX_LINES; i++) {
            if (events.get(i) instanceof Event.Output o && !o.err()) {
                lines.add(new PrintedLine(lines.size(), o.text(), o.time(), facts.runningAt(i), i));
            }
        }
        return new LineOrderQuestion(facts, lines);
    }

    /** The lines in the order they were printed. */
    public List<PrintedLine> truth() {
        return truth;
    }

    /** The lines as the learner first sees them. */
    public List<PrintedLine> shuffled() {
        return shuffled;
    }

    /** Whether there is an order to find: at least two different lines. */
    public boolean askable() {
        return truth.stream().map(PrintedLine::text).distinct().count() >= 2;
    }

    /** Every true line is in the shuffle, and when two lines differ the shuffle is not already the answer. */
    private static List<PrintedLine> shuffle(List<PrintedLine> lines) {
        List<PrintedLine> out = new ArrayList<>(lines);
        List<String> texts = lines.stream().map(PrintedLine::text).toList();
        Random random = new Random(31L * texts.hashCode() + lines.size());
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            PrintedLine t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        if (out.stream().map(PrintedLine::text).toList().equals(texts) && texts.stream().distinct().count() > 1) {
            // a rotation of a sequence equals it only when all its items are equal
            out.add(out.remove(0));
        }
        return out;
    }

    /** Checks the learner's order (a permutation of {@link #shuffled()}). */
    public LineOrderResult check(List<PrintedLine> answer) {
        if (answer.size() != truth.size()) {
            throw new IllegalArgumentException("expected " + truth.size() + " lines, got " + answer.size());
        }
        int[] trueIndex = matchCopies(answer);
        List<LineMark> marks = new ArrayList<>();
        for (int slot = 0; slot < answer.size(); slot++) {
            PrintedLine line = answer.get(slot);
            String expected = truth.get(slot).text();
            boolean inPlace = expected.equals(line.text());
            marks.add(new LineMark(slot, line, inPlace, expected, inPlace ? "" : explain(answer, trueIndex, slot)));
        }
        return new LineOrderResult(marks);
    }

    /** For each slot of the answer, the true index its line stands for (copies matched in order). */
    private int[] matchCopies(List<PrintedLine> answer) {
        Map<String, List<Integer>> places = new HashMap<>();
        for (PrintedLine p : truth) {
            places.computeIfAbsent(p.text(), k -> new ArrayList<>()).add(p.order());
        }
        Map<String, Integer> used = new HashMap<>();
        int[] index = new int[answer.size()];
        for (int slot = 0; slot < answer.size(); slot++) {
            String text = answer.get(slot).text();
            List<Integer> at = places.get(text);
            int k = used.merge(text, 1, Integer::sum) - 1;
            if (at == null || k >= at.size()) {
                throw new IllegalArgumentException("not a line of this run: " + text);
            }
            index[slot] = at.get(k);
        }
        return index;
    }

    /**
     * Why the line in {@code slot} is misplaced: against the line nearest it in the true order
     * that the learner put on the wrong side of it.
     */
    private String explain(List<PrintedLine> answer, int[] trueIndex, int slot) {
        int p = trueIndex[slot];
        int best = -1;
        for (int other = 0; other < answer.size(); other++) {
            int q = trueIndex[other];
            boolean inverted = (other < slot) != (q < p);
            if (other != slot && inverted && !truth.get(q).text().equals(truth.get(p).text())
                    && (best < 0 || Math.abs(q - p) < Math.abs(trueIndex[best] - p))) {
                best = other;
            }
        }
        PrintedLine line = truth.get(p);
        if (best < 0) {
            return quote(line.text()) + " is line " + (p + 1) + " of the output";
        }
        PrintedLine partner = truth.get(trueIndex[best]);
        String reason = OrderReasons.why(facts, p < partner.order() ? line : partner,
                p < partner.order() ? partner : line);
        return quote(line.text()) + (p < partner.order() ? " comes before " : " comes after ")
                + quote(partner.text()) + ": " + reason;
    }

    static String quote(String text) {
        String t = text.length() > 40 ? text.substring(0, 39) + "\u2026" : text;
        return "'" + t + "'";
    }
}
