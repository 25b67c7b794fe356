package dev.loopscope.ui;

import dev.loopscope.trace.Replay;

/**
 * Where the playback of a re-run should stand so that it seems to stay put while a number is
 * dragged: at the end if it was at the end, at the start if at the start, else at the same
 * virtual time (and as far into that instant's events as before, where the new run has them).
 */
final class PlaybackPlace {
    private PlaybackPlace() {
    }

    /** The position in {@code after} that matches {@code position} in {@code before} (no run before: the end). */
    static int follow(Replay before, int position, Replay after) {
        if (before == null || before.size() == 0 || position >= before.size()) {
            return after.size();
        }
        if (position <= 0) {
            return 0;
        }
        double time = before.event(position - 1).time();
        int intoInstant = position - firstAtOrAfter(before, time);
        int first = firstAtOrAfter(after, time);
        int last = firstAfter(after, time);
        return Math.min(first + intoInstant, last);
    }

    /** The index of the first event at or after {@code time} (the events' times never decrease). */
    private static int firstAtOrAfter(Replay replay, double time) {
        int lo = 0;
        int hi = replay.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (replay.event(mid).time() < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAfter(Replay replay, double time) {
        int lo = 0;
        int hi = replay.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (replay.event(mid).time() <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
