package dev.loopscope.build;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The class that stands for one lambda call site: the captured values in final fields, a static
 * factory with the call site's signature (one shared instance when nothing is captured, as
 * LambdaMetafactory gives), and the interface method, which converts its arguments as
 * LambdaMetafactory does (casts, boxing, unboxing) and calls the implementation.
 */
final class FunctionClass {
    static final String FACTORY = "create";
    private static final String INSTANCE = "INSTANCE";

    private final ClassNode host;
    private final String name;
    private final InvokeDynamicInsnNode site;
    private final Type samType;
    private final Type instantiatedType;
    private final Handle impl;
    private final Type[] captured;

    private FunctionClass(ClassNode host, String name, InvokeDynamicInsnNode site) {
        this.host = host;
        this.name = name;
        this.site = site;
        this.samType = (Type) site.bsmArgs[0];
        this.impl = (Handle) site.bsmArgs[1];
        this.instantiatedType = (Type) site.bsmArgs[2];
        this.captured = Type.getArgumentTypes(site.desc);
    }

    /** The class for {@code site} in {@code host}, or null when the site needs more than this class does. */
    static ClassNode of(ClassNode host, String nestHost, String name, InvokeDynamicInsnNode site,
            Members members) {
        FunctionClass f = new FunctionClass(host, name, site);
        if (!f.implAccessible(nestHost, members)) {
            return null;
        }
        MethodNode sam = f.interfaceMethod();
        if (sam == null) {
            return null;
        }
        ClassNode c = new ClassNode();
        c.version = host.version;
        c.access = Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
        c.name = name;
        c.superName = "java/lang/Object";
        c.interfaces = List.of(Type.getReturnType(site.desc).getInternalName());
        c.sourceFile = host.sourceFile;
        c.nestHostClass = nestHost;
        for (int i = 0; i < f.captured.length; i++) {
            c.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg" + i, f.captured[i].getDescriptor(),
                    null, null));
        }
        c.methods.add(f.constructor());
        c.methods.add(f.factory(c));
        c.methods.add(sam);
        return c;
    }

    /** What a function class asks about the classes being desugared. */
    interface Members {
        /** Whether a method is private; null when its class is not one of them or has no such method. */
        Boolean isPrivateIn(String owner, String name, String desc);

        /** The nest host of one of them (itself when it is in no other's nest), or null when unknown. */
        String nestHost(String owner);
    }

    // ---------------------------------------------------------------------------------- access

    /**
     * Whether this class, in the host's package and nest, may call the implementation as the host
     * can. javac already routes protected members of other packages through a {@code lambda$}
     * method; what is left to check is a private member outside the nest and a non-public one of
     * another package.
     */
    private boolean implAccessible(String nestHost, Members members) {
        String owner = impl.getOwner();
        int tag = impl.getTag();
        if (tag != Opcodes.H_INVOKESTATIC && tag != Opcodes.H_INVOKEVIRTUAL && tag != Opcodes.H_INVOKEINTERFACE
                && tag != Opcodes.H_INVOKESPECIAL && tag != Opcodes.H_NEWINVOKESPECIAL) {
            return false;
        }
        if (tag == Opcodes.H_INVOKESPECIAL && !owner.equals(host.name)) {
            return false; // super::m
        }
        if (samePackage(owner, host.name)) {
            Boolean isPrivate = members.isPrivateIn(owner, impl.getName(), impl.getDesc());
            if (isPrivate == null) {
                return false;
            }
            return !isPrivate || nestHost.equals(members.nestHost(owner));
        }
        return isPublicElsewhere(owner);
    }

    private boolean isPublicElsewhere(String owner) {
        try {
            Class<?> c = Class.forName(owner.replace('/', '.'), false, FunctionClass.class.getClassLoader());
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
            List<Executable> candidates = new ArrayList<>();
            if (impl.getName().equals("<init>")) {
                candidates.addAll(List.of(c.getDeclaredConstructors()));
            } else {
                candidates.addAll(List.of(c.getDeclaredMethods()));
                candidates.addAll(List.of(c.getMethods()));
            }
            for (Executable e : candidates) {
                boolean same = e instanceof Method m ? m.getName().equals(impl.getName())
                        && Type.getMethodDescriptor(m).equals(impl.getDesc())
                        : Type.getConstructorDescriptor((Constructor<?>) e).equals(impl.getDesc());
                if (same) {
                    return Modifier.isPublic(e.getModifiers());
                }
            }
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------- members

    private MethodNode constructor() {
        Type desc = Type.getMethodType(Type.VOID_TYPE, captured);
        MethodNode m = new MethodNode(Opcodes.ACC_PRIVATE, "<init>", desc.getDescriptor(), null, null);
        InsnList code = m.instructions;
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new VarInsnNode(captured[i].getOpcode(Opcodes.ILOAD), slot));
            code.add(new FieldInsnNode(Opcodes.PUTFIELD, name, "arg" + i, captured[i].getDescriptor()));
            slot += captured[i].getSize();
        }
        code.add(new InsnNode(Opcodes.RETURN));
        return m;
    }

    private MethodNode factory(ClassNode c) {
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, FACTORY, site.desc, null, null);
        InsnList code = m.instructions;
        if (captured.length == 0) {
            String type = "L" + name + ";";
            c.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INSTANCE, type,
                    null, null));
            MethodNode init = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            init.instructions.add(new TypeInsnNode(Opcodes.NEW, name));
            init.instructions.add(new InsnNode(Opcodes.DUP));
            init.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, name, "<init>", "()V", false));
            init.instructions.add(new FieldInsnNode(Opcodes.PUTSTATIC, name, INSTANCE, type));
            init.instructions.add(new InsnNode(Opcodes.RETURN));
            c.methods.add(init);
            code.add(new FieldInsnNode(Opcodes.GETSTATIC, name, INSTANCE, type));
        } else {
            code.add(new TypeInsnNode(Opcodes.NEW, name));
            code.add(new InsnNode(Opcodes.DUP));
            int slot = 0;
            for (Type t : captured) {
                code.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
                slot += t.getSize();
            }
            code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, name, "<init>",
                    Type.getMethodType(Type.VOID_TYPE, captured).getDescriptor(), false));
        }
        code.add(new InsnNode(Opcodes.ARETURN));
        return m;
    }

    /** The interface method: captured values and arguments, converted, into the implementation. */
    private MethodNode interfaceMethod() {
        Type[] samArgs = samType.getArgumentTypes();
        Type[] sources = concat(captured, samArgs);
        Type[] functional = concat(captured, instantiatedType.getArgumentTypes());
        Type implDesc = Type.getMethodType(impl.getDesc());
        Type[] targets = isStatic(impl) ? implDesc.getArgumentTypes()
                : concat(new Type[]{Type.getObjectType(impl.getOwner())}, implDesc.getArgumentTypes());
        if (sources.length != targets.length) {
            return null;
        }
        MethodNode m = new MethodNode(Opcodes.ACC_PUBLIC, site.name, samType.getDescriptor(), null, null);
        InsnList code = m.instructions;
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            code.add(new TypeInsnNode(Opcodes.NEW, impl.getOwner()));
            code.add(new InsnNode(Opcodes.DUP));
        }
        int slot = 1;
        for (int i = 0; i < sources.length; i++) {
            if (i < captured.length) {
                code.add(new VarInsnNode(Opcodes.ALOAD, 0));
                code.add(new FieldInsnNode(Opcodes.GETFIELD, name, "arg" + i, captured[i].getDescriptor()));
            } else {
                code.add(new VarInsnNode(sources[i].getOpcode(Opcodes.ILOAD), slot));
                slot += sources[i].getSize();
            }
            if (!Conversions.convert(code, sources[i], targets[i], functional[i])) {
                return null;
            }
        }
        code.add(invocation());
        Type implReturn = impl.getTag() == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(impl.getOwner())
                : implDesc.getReturnType();
        Type samReturn = samType.getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (implReturn.getSize() > 0) {
                code.add(new InsnNode(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
            }
        } else if (implReturn.getSort() == Type.VOID
                || !Conversions.convert(code, implReturn, samReturn, instantiatedType.getReturnType())) {
            return null;
        }
        code.add(new InsnNode(samReturn.getOpcode(Opcodes.IRETURN)));
        return m;
    }

    private MethodInsnNode invocation() {
        String owner = impl.getOwner();
        switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC:
                return new MethodInsnNode(Opcodes.INVOKESTATIC, owner, impl.getName(), impl.getDesc(), impl.isInterface());
            case Opcodes.H_NEWINVOKESPECIAL:
                return new MethodInsnNode(Opcodes.INVOKESPECIAL, owner, "<init>", impl.getDesc(), false);
            case Opcodes.H_INVOKEINTERFACE:
                return new MethodInsnNode(Opcodes.INVOKEINTERFACE, owner, impl.getName(), impl.getDesc(), true);
            default:
                // a nestmate calls a private method with invokevirtual (invokeinterface in an interface)
                return new MethodInsnNode(impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, owner,
                        impl.getName(), impl.getDesc(), impl.isInterface());
        }
    }

    private static boolean samePackage(String a, String b) {
        return a.lastIndexOf('/') == b.lastIndexOf('/') && a.startsWith(b.substring(0, b.lastIndexOf('/') + 1));
    }

    private static Type[] concat(Type[] a, Type[] b) {
        Type[] all = new Type[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A static method or a constructor: no receiver among the arguments. */
    private static boolean isStatic(Handle h) {
        return h.getTag() == Opcodes.H_INVOKESTATIC || h.getTag() == Opcodes.H_NEWINVOKESPECIAL;
    }
}
