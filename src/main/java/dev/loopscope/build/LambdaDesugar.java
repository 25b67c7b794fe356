package dev.loopscope.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A build step that turns the lambdas and method references of compiled classes into ordinary
 * classes, as Android's D8 does. A fresh JVM links each lambda at its first use through
 * LambdaMetafactory, about 0.12 ms apiece even when the class-data archive holds its class
 * (measured: 300 lambdas 33 to 43 ms, the same as classes 2 to 4 ms); a scenario links some 300
 * of LoopScope's before its first step, the window some 500. Each {@code invokedynamic} of
 * LambdaMetafactory.metafactory becomes a call of a static factory on a generated class
 * {@code Host$$FnN}, a nestmate of its host, so that it may call the host's private
 * {@code lambda$} methods. A call site that needs more than plain casts, boxing and unboxing
 * (serializable lambdas, bridges, widening) keeps its {@code invokedynamic}: it still works, only
 * slower to link.
 *
 * <p>Runs in the build's process-classes phase on {@code target/classes}. A class already desugared
 * is left alone; one that javac wrote again gets new function classes in place of its old ones, and
 * the function classes of a class that left the sources are deleted.
 */
public final class LambdaDesugar implements FunctionClass.Members {
    private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";

    private final Map<String, ClassNode> classes = new LinkedHashMap<>();
    private final Map<String, ClassNode> generated = new LinkedHashMap<>();
    private final Set<String> changed = new HashSet<>();
    private int sites;
    private int desugared;

    private LambdaDesugar() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LambdaDesugar CLASSES_FOLDER");
            System.exit(2);
        }
        Result r = run(Paths.get(args[0]));
        System.out.println("[loopscope] desugared " + r.desugared() + " of " + r.sites()
                + " lambda call sites into classes in " + args[0]);
    }

    /** What a run found and did. */
    public record Result(int sites, int desugared) {
    }

    /** Desugars every class under {@code folder} in place. */
    public static Result run(Path folder) throws IOException {
        LambdaDesugar d = new LambdaDesugar();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path f : files) {
            ClassNode c = new ClassNode();
            new ClassReader(Files.readAllBytes(f)).accept(c, 0);
            d.classes.put(c.name, c);
        }
        for (String name : List.copyOf(d.classes.keySet())) {
            int fn = name.lastIndexOf("$$Fn");
            if (fn > 0 && isFunctionClass(name, name.substring(0, fn + 4)) && !d.classes.containsKey(name.substring(0, fn))) {
                d.classes.remove(name); // its host is gone from the sources
                Files.deleteIfExists(folder.resolve(name + ".class"));
            }
        }
        for (ClassNode c : List.copyOf(d.classes.values())) {
            if (d.classes.containsKey(c.name)) { // not a stale function class that desugaring its host removed
                d.desugar(c, folder);
            }
        }
        for (String name : d.changed) {
            write(folder, d.classes.get(name));
        }
        for (ClassNode g : d.generated.values()) {
            write(folder, g);
        }
        return new Result(d.sites, d.desugared);
    }

    private static void write(Path folder, ClassNode c) {
        // no branch is added or moved, so the frames javac wrote stay valid and none are computed
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        c.accept(w);
        try {
            Files.write(folder.resolve(c.name + ".class"), w.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void desugar(ClassNode host, Path folder) throws IOException {
        String prefix = host.name + "$$Fn";
        if (callsAny(host, prefix)) {
            return; // desugared by an earlier build, and not compiled since
        }
        // javac wrote this class afresh: the function classes of its earlier builds are dead, and their
        // names free again
        for (String stale : classes.keySet().stream().filter(n -> isFunctionClass(n, prefix)).toList()) {
            classes.remove(stale);
            Files.deleteIfExists(folder.resolve(stale + ".class"));
        }
        int next = 0;
        for (MethodNode m : host.methods) {
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (!(insn instanceof InvokeDynamicInsnNode indy) || !indy.bsm.getOwner().equals(METAFACTORY_OWNER)) {
                    continue;
                }
                sites++;
                if (!indy.bsm.getName().equals("metafactory")) {
                    continue; // altMetafactory: serializable, marker interfaces or bridges
                }
                String name = prefix + next;
                String nestHost = nestHost(host.name);
                ClassNode fn = nestHost == null ? null : FunctionClass.of(host, nestHost, name, indy, this);
                if (fn == null) {
                    continue;
                }
                next++;
                generated.put(name, fn);
                ClassNode nest = classes.get(nestHost);
                if (nest.nestMembers == null) {
                    nest.nestMembers = new ArrayList<>();
                }
                nest.nestMembers.add(name);
                changed.add(nest.name);
                changed.add(host.name);
                MethodInsnNode call = new MethodInsnNode(Opcodes.INVOKESTATIC, name, FunctionClass.FACTORY, indy.desc,
                        false);
                m.instructions.set(indy, call);
                insn = call;
                desugared++;
            }
        }
    }

    private static boolean isFunctionClass(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length()
                && name.substring(prefix.length()).chars().allMatch(Character::isDigit);
    }

    private static boolean callsAny(ClassNode host, String prefix) {
        for (MethodNode m : host.methods) {
            for (AbstractInsnNode insn : m.instructions) {
                if (insn instanceof MethodInsnNode call && isFunctionClass(call.owner, prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nest host of a class being desugared; null when it names a class that is not among them. */
    @Override
    public String nestHost(String owner) {
        ClassNode c = classes.get(owner);
        if (c.nestHostClass == null) {
            return c.name;
        }
        return classes.containsKey(c.nestHostClass) ? c.nestHostClass : null;
    }

    @Override
    public Boolean isPrivateIn(String owner, String name, String desc) {
        ClassNode c = classes.get(owner);
        if (c == null) {
            return null;
        }
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return (m.access & Opcodes.ACC_PRIVATE) != 0;
            }
        }
        return null;
    }
}
