package dev.loopscope.build;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The conversions LambdaMetafactory makes between an interface method's values and an
 * implementation's, those a desugared class makes too: a cast between references, boxing a
 * primitive, unboxing its own wrapper. Widening a primitive is left to LambdaMetafactory.
 */
final class Conversions {
    private Conversions() {
    }

    /**
     * Appends the code that turns a {@code from} on the stack into a {@code to}; {@code functional} is
     * the call site's instantiated type for it. False when the conversion is not one of these.
     */
    static boolean convert(InsnList code, Type from, Type to, Type functional) {
        if (from.equals(to)) {
            return true;
        }
        boolean fromReference = isReference(from);
        boolean toReference = isReference(to);
        if (fromReference && toReference) {
            if (!to.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getInternalName()));
            }
            return true;
        }
        if (fromReference) {
            Type wrapper = wrapper(to);
            boolean plain = functional.equals(wrapper) || from.equals(wrapper)
                    || functional.getDescriptor().equals("Ljava/lang/Object;");
            if (wrapper == null || !plain) {
                return false;
            }
            if (!from.equals(wrapper)) {
                code.add(new TypeInsnNode(Opcodes.CHECKCAST, wrapper.getInternalName()));
            }
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, wrapper.getInternalName(), to.getClassName() + "Value",
                    "()" + to.getDescriptor(), false));
            return true;
        }
        if (toReference) {
            Type wrapper = wrapper(from);
            if (wrapper == null) {
                return false;
            }
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                    "(" + from.getDescriptor() + ")" + wrapper.getDescriptor(), false));
            if (!to.equals(wrapper) && !to.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getInternalName()));
            }
            return true;
        }
        return false; // primitive widening
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    private static Type wrapper(Type primitive) {
        String name;
        switch (primitive.getSort()) {
            case Type.BOOLEAN -> name = "java/lang/Boolean";
            case Type.BYTE -> name = "java/lang/Byte";
            case Type.CHAR -> name = "java/lang/Character";
            case Type.SHORT -> name = "java/lang/Short";
            case Type.INT -> name = "java/lang/Integer";
            case Type.LONG -> name = "java/lang/Long";
            case Type.FLOAT -> name = "java/lang/Float";
            case Type.DOUBLE -> name = "java/lang/Double";
            default -> {
                return null;
            }
        }
        return Type.getObjectType(name);
    }
}
