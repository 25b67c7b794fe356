package dev.loopscope;

/** Entry point of the jar: with arguments the command line, without them the window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("LoopScope: not assembled yet");
    }
}
