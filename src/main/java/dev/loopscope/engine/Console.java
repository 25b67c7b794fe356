package dev.loopscope.engine;

import dev.loopscope.loop.World;
import dev.loopscope.trace.Event;
import dev.loopscope.vm.Interp;

/** Cuts what the scenario writes into lines: each completed line is one output event. */
final class Console implements Interp.Console {
    private final World world;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private long chars;
    private final long maxChars;

    Console(World world, long maxChars) {
        this.world = world;
        this.maxChars = maxChars;
    }

    @Override
    public void write(boolean toErr, String text) {
        chars += text.length();
        if (chars > maxChars) {
            throw new Interp.LimitExceeded("more than " + maxChars + " characters of output");
        }
        StringBuilder buf = toErr ? err : out;
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            buf.append(text, start, nl);
            world.emit(new Event.Output(world.clock, toErr, buf.toString(), writingLine()));
            buf.setLength(0);
            start = nl + 1;
        }
        buf.append(text, start, text.length());
    }

    /** The line of the scenario's code that is writing (0 outside the scenario's own code). */
    private int writingLine() {
        dev.loopscope.vm.Frame f = world.interp == null ? null : world.interp.currentFrame();
        return f == null || f.code.isPrelude() ? 0 : f.line();
    }

    /** Writes unfinished lines when the program ends: stdout's first. */
    void flush() {
        if (out.length() > 0) {
            world.emit(new Event.Output(world.clock, false, out.toString()));
            out.setLength(0);
        }
        if (err.length() > 0) {
            world.emit(new Event.Output(world.clock, true, err.toString()));
            err.setLength(0);
        }
    }
}
