package dev.loopscope.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A prelude module's namespace as scenarios see it: the module's own globals (writes go through,
 * so monkeypatching still reaches the prelude) without the Java core module the prelude imports.
 * CPython's asyncio has no {@code _asyncio} attribute either; the core's functions trust their
 * arguments and must not be called by a scenario.
 */
final class PublicNames extends AbstractMap<String, Object> {
    private final Map<String, Object> globals;
    private final Set<String> hidden;

    PublicNames(Map<String, Object> globals, Set<String> hidden) {
        this.globals = globals;
        this.hidden = hidden;
    }

    @Override
    public Object get(Object key) {
        return hidden.contains(key) ? null : globals.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return !hidden.contains(key) && globals.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        if (hidden.contains(key)) {
            throw dev.loopscope.runtime.Py.raise(dev.loopscope.runtime.Builtins.ATTRIBUTE_ERROR,
                    "LoopScope keeps asyncio's core (" + key + ") to itself");
        }
        return globals.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return hidden.contains(key) ? null : globals.remove(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return globals.entrySet().stream().filter(e -> !hidden.contains(e.getKey())).iterator();
            }

            @Override
            public int size() {
                return (int) globals.keySet().stream().filter(k -> !hidden.contains(k)).count();
            }
        };
    }
}
