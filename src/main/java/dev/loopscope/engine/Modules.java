package dev.loopscope.engine;

import dev.loopscope.lang.Code;
import dev.loopscope.lang.Compiler;
import dev.loopscope.loop.AsyncioCore;
import dev.loopscope.loop.World;
import dev.loopscope.modules.RandomModule;
import dev.loopscope.modules.TimeModule;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyFunction;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.vm.Interp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The modules of the virtual world, made on first import in each run. */
final class Modules implements Interp.ModuleLoader {
    /** Compiled prelude sources, shared by all runs (code objects are immutable). */
    private static final Map<String, Code> PRELUDE = new ConcurrentHashMap<>();
    private static final String SHUTDOWN_SOURCE = "async def shutdown_asyncgens():\n    return None\n\n"
            + "async def shutdown_default_executor():\n    return None\n";

    private final World world;
    private final String scenarioFile;
    private final Map<String, PyModule> loaded = new HashMap<>();

    Modules(World world, String scenarioFile) {
        this.world = world;
        this.scenarioFile = scenarioFile;
    }

    @Override
    public Object load(String name) {
        PyModule m = loaded.get(name);
        if (m != null) {
            return m;
        }
        m = create(name);
        if (m == null) {
            throw Py.raise(Builtins.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        }
        loaded.put(name, m);
        return m;
    }

    private PyModule create(String name) {
        switch (name) {
            case "_asyncio":
                return AsyncioCore.module(world);
            case "asyncio":
            case "aiohttp":
                return runPrelude(name);
            case "time":
                return TimeModule.create(world);
            case "random":
                return RandomModule.create();
            default:
                PyModule java = StdModuleTable.create(name, scenarioFile);
                if (java != null) {
                    return java;
                }
                // modules written in Python ship as resources beside the asyncio port
                return PreludeCode.exists(name) ? runPrelude(name) : null;
        }
    }

    private PyModule runPrelude(String name) {
        Code code = PRELUDE.computeIfAbsent(name, PreludeCode::load);
        Map<String, Object> globals = new HashMap<>();
        PyModule m = new PyModule(name, new PublicNames(globals, Set.of("_asyncio")));
        loaded.put(name, m);
        world.interp.runModule(code, globals);
        return m;
    }

    void prepareShutdownCoroutines() {
        Code code = PRELUDE.computeIfAbsent("base_events", n -> Compiler.compilePrelude("base_events.py", SHUTDOWN_SOURCE));
        PyModule m = new PyModule("asyncio.base_events");
        world.interp.runModule(code, m.globals);
        for (String fn : new String[]{"shutdown_asyncgens", "shutdown_default_executor"}) {
            PyFunction f = (PyFunction) m.globals.get(fn);
            world.shutdownFunctions.put(fn, f);
            world.hideTasksOf(f.code);
        }
    }
}
