package dev.loopscope.runtime;

/** Objects whose attributes are Java fields rather than entries of a __dict__. */
public interface SpecialAttrs {
    /** The attribute's value, or null when this object has no such special attribute. */
    Object specialAttr(String name);

    /** Sets a special attribute; false when {@code name} is not one. */
    default boolean setSpecialAttr(String name, Object value) {
        return false;
    }
}
