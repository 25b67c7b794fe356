package dev.loopscope.bench;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.PlaybackViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The playback view model alone at 100,000 tasks, with more samples than {@link UiPerfBenchmark}:
 * the same forward/back steps around random places, and random jumps, each timed with and without
 * the view model (the replay's own share), repeated rounds because the machine is shared.
 * Usage: PlaybackStepBenchmark SCENARIO [ROUNDS].
 */
final class PlaybackStepBenchmark {
    private PlaybackStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RecordedRun run = Engine.run(scenario.getFileName().toString(), Files.readString(scenario));
        Replay replay = new Replay(run);
        int n = replay.size();
        System.out.printf(Locale.ROOT, "%,d events%n", n);
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.load(replay, null, 0);
        for (int r = 0; r < rounds; r++) {
            Random random = new Random(6 + r);
            UiPerfBenchmark.StepTimes t = UiPerfBenchmark.StepTimes.measure(vm, n, random, 8, 25);
            double[] forward = t.forward();
            double[] back = t.back();
            double[] seeks = t.seeks();
            double[] jumps = new double[20];
            double[] replayJumps = new double[20];
            for (int i = 0; i < jumps.length; i++) {
                int to = random.nextInt(n + 1);
                long s = System.nanoTime();
                vm.seek(to);
                jumps[i] = (System.nanoTime() - s) / 1e6;
                int other = random.nextInt(n + 1);
                s = System.nanoTime();
                replay.stateAt(other);
                replayJumps[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf(Locale.ROOT,
                    "round %d: forward %s | back %s | vm jump %s | replay-only jump %s | seek(first of place) %s%n",
                    r, q(forward), q(back), q(jumps), q(replayJumps), q(seeks));
        }
    }

    private static String q(double[] v) {
        return String.format(Locale.ROOT, "med %.2f p95 %.2f ms", Figures.quantile(v, 0.5), Figures.quantile(v, 0.95));
    }
}
