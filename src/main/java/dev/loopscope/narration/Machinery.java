package dev.loopscope.narration;

import dev.loopscope.trace.Event;

/**
 * The detailed level's second sentence: which part of CPython's asyncio (Lib/asyncio/base_events.py,
 * tasks.py, futures.py, events.py) did what the event records. Names only what CPython does for
 * this kind of event; the first sentence already gave the run's own names and times.
 */
final class Machinery {
    private Machinery() {
    }

    static String of(Event e) {
        if (e instanceof Event.TaskCreated) {
            return "Task.__init__ wraps the coroutine and calls loop.call_soon(self.__step): an asyncio.Handle"
                    + " is appended to the deque loop._ready.";
        }
        if (e instanceof Event.TaskRenamed) {
            return "Task.set_name only stores the new _name for repr(task) and get_name(); Task.__step never reads it.";
        }
        if (e instanceof Event.TaskStep) {
            return "Handle._run() calls Task.__step, which makes the task current (_enter_task) and calls"
                    + " coro.send(None) (coro.throw(CancelledError) when a cancel is pending).";
        }
        if (e instanceof Event.TaskSuspended su) {
            if (su.awaited() == 0) {
                return "sleep(0) awaits a bare yield (__sleep0), so coro.send() returns None and Task.__step"
                        + " calls loop.call_soon(self.__step) itself.";
            }
            return "The future reached Task.__step through the await chain (_asyncio_future_blocking);"
                    + " __step calls future.add_done_callback(self.__wakeup), stores it in _fut_waiter and returns.";
        }
        if (e instanceof Event.TaskDone d) {
            String how = d.outcome().startsWith("cancelled") ? "super().cancel()"
                    : d.outcome().startsWith("exception ") ? "set_exception(exc)" : "StopIteration, then set_result(value)";
            return "Task.__step caught the coroutine's end (" + how + "); Future.__schedule_callbacks hands each"
                    + " done callback to loop.call_soon.";
        }
        if (e instanceof Event.ReadyAdded) {
            return "loop.call_soon(callback, *args) makes an asyncio.Handle and does self._ready.append(handle).";
        }
        if (e instanceof Event.ReadyRun r) {
            if (r.cancelled()) {
                return "_run_once does handle = self._ready.popleft(); handle._cancelled is True, so it continues"
                        + " without calling it.";
            }
            return "_run_once does handle = self._ready.popleft() and handle._run(), which calls the callback"
                    + " inside its contextvars Context.";
        }
        if (e instanceof Event.TimerAdded) {
            return "loop.call_later(delay, ...) calls call_at(loop.time() + delay, ...), which makes a TimerHandle"
                    + " and heapq.heappush(self._scheduled, timer): the heap keeps the earliest when on top.";
        }
        if (e instanceof Event.HandleCancelled) {
            return "handle.cancel() sets handle._cancelled; a TimerHandle also bumps loop._timer_cancelled_count"
                    + " and stays in the heap until _run_once cleans it up.";
        }
        if (e instanceof Event.TimerRemoved r) {
            if (r.due()) {
                return "_run_once: while self._scheduled[0]._when < end_time, heapq.heappop(self._scheduled) and"
                        + " self._ready.append(handle).";
            }
            return "_run_once pops cancelled TimerHandles off the top of the heap (or rebuilds it with"
                    + " heapq.heapify when most are cancelled).";
        }
        if (e instanceof Event.Round) {
            return "BaseEventLoop._run_once: timeout = 0 if _ready else the top timer's when - time();"
                    + " self._selector.select(timeout); due timers move to _ready; then exactly len(_ready)"
                    + " handles run.";
        }
        if (e instanceof Event.ClockAdvanced) {
            return "The selector's select(timeout) would block the thread until the top TimerHandle's when;"
                    + " LoopScope's virtual loop.time() jumps there instead.";
        }
        if (e instanceof Event.FutureState f) {
            switch (f.state()) {
                case "PENDING":
                    return "loop.create_future() returns an asyncio.Future in state _PENDING; awaiting it yields the"
                            + " future itself up to Task.__step.";
                case "CANCELLED":
                    return "Future.cancel() sets _state = _CANCELLED and calls __schedule_callbacks: each"
                            + " callback goes to loop.call_soon.";
                default:
                    return "set_result() sets _state = _FINISHED and calls __schedule_callbacks: each done callback"
                            + " (a Task.__wakeup) goes to loop.call_soon.";
            }
        }
        if (e instanceof Event.HttpRequest h) {
            if (h.answered()) {
                return "The socket became readable: the selector reports it, aiohttp's protocol"
                        + " (data_received) completes the response future, and the task's __wakeup is scheduled.";
            }
            return "aiohttp writes the request to a socket and awaits a future that its protocol completes when"
                    + " the reply arrives; meanwhile each _run_once asks the selector's select() about the socket.";
        }
        if (e instanceof Event.CallbackAdded c) {
            if ("_run_until_complete_cb".equals(c.callback())) {
                return "run_until_complete adds _run_until_complete_cb, which calls loop.stop() once main's task"
                        + " is done; then run_forever() starts calling _run_once.";
            }
            return "Future.add_done_callback appends (callback, context) to the future's _callbacks; when it"
                    + " completes, __schedule_callbacks passes each to loop.call_soon.";
        }
        if (e instanceof Event.Output) {
            return "print() writes to sys.stdout synchronously inside the current Task.__step; no other task can"
                    + " run until the step reaches an await.";
        }
        if (e instanceof Event.Block) {
            return "time.sleep blocks the thread inside Handle._run(): _run_once cannot go back to select(), so"
                    + " no other Handle in _ready and no TimerHandle runs until it returns.";
        }
        if (e instanceof Event.RunEnd) {
            return "asyncio.Runner: run_until_complete returned main's result (future.result()); then it cancels"
                    + " leftover tasks, runs shutdown_asyncgens() and loop.close().";
        }
        if (e instanceof Event.Error) {
            return "The exception was stored in main's task (set_exception); run_until_complete re-raises it from"
                    + " future.result() and the Runner closes the loop.";
        }
        if (e instanceof Event.Deadlock) {
            return "CPython would call select(None) with _ready empty and _scheduled empty: the thread blocks"
                    + " forever. LoopScope stops the program instead.";
        }
        return "";
    }
}
