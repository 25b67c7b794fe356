package dev.loopscope.predict;

import java.util.List;

/**
 * "Which task runs next?" at one moment of a run: {@code position} is the number of events
 * applied when it is asked (the playback shows that state), {@code context} what the loop holds
 * then, {@code answer} the task whose code the recording runs next, and {@code rule} why.
 */
public record NextTaskQuestion(int position, String prompt, List<String> context, List<Choice> choices, int answer,
                               String rule) {
    public NextTaskQuestion {
        context = List.copyOf(context);
        choices = List.copyOf(choices);
    }

    public Feedback check(int task) {
        String name = choices.stream().filter(c -> c.task() == answer).map(Choice::label).findFirst()
                .orElse("Task " + answer);
        if (task == answer) {
            return new Feedback(true, "Right: " + name + " runs next. " + rule);
        }
        return new Feedback(false, "Not quite: " + name + " runs next. " + rule);
    }
}
