package dev.loopscope.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Desugared lambdas behave as LambdaMetafactory's, and the build desugars LoopScope's own. */
class LambdaDesugarTest {

    /** Every shape of lambda and method reference the code base uses, and some it may. */
    private static final String SHAPES = """
            package fx;
            import java.io.Serializable;
            import java.util.*;
            import java.util.function.*;
            public class Shapes {
                private int base = 40;
                private interface Local { long apply(long x, double y); }
                interface Ops { static IntUnaryOperator twice() { return x -> 2 * x; } }
                private static String secret(String s) { return "<" + s + ">"; }
                private String own(int n) { return "own" + (base + n); }
                class Inner { Supplier<String> s() { return () -> own(2) + base; } }
                static Supplier<String> same() { return () -> "x"; }
                public static String results() {
                    StringBuilder out = new StringBuilder();
                    Shapes sh = new Shapes();
                    int k = 3; long big = 1L << 40; double d = 2.5; char c = 'q';
                    Supplier<String> s0 = () -> "plain";
                    IntBinaryOperator add = (a, b) -> a + b + k;
                    LongSupplier ls = () -> big + k;
                    DoubleUnaryOperator du = x -> x * d;
                    Supplier<Character> ch = () -> c;
                    Function<String, String> ref = Shapes::secret;
                    Function<Integer, String> bound = sh::own;
                    BinaryOperator<Integer> sum = Integer::sum;
                    Function<String, Integer> len = String::length;
                    Supplier<List<String>> ctor = ArrayList::new;
                    Function<Integer, int[]> arr = int[]::new;
                    Consumer<String> sink = out::append;
                    Runnable r = () -> out.append("[run]");
                    Local loc = (x, y) -> x + (long) y;
                    Comparator<String> cmp = Comparator.comparing(String::length);
                    Supplier<String> ser = (Supplier<String> & Serializable) () -> "ser";
                    Predicate<Object> isStr = String.class::isInstance;
                    ToIntFunction<String> h = String::hashCode;
                    ToLongFunction<Integer> widen = Integer::longValue;
                    Supplier<String> inner = sh.new Inner().s();
                    out.append(s0.get()).append(add.applyAsInt(1, 2)).append(ls.getAsLong())
                            .append(du.applyAsDouble(4)).append(ch.get()).append(ref.apply("x")).append(bound.apply(2))
                            .append(sum.apply(5, 6)).append(len.apply("four")).append(ctor.get().size())
                            .append(arr.apply(3).length);
                    sink.accept("!");
                    r.run();
                    out.append(loc.apply(5, 2.9)).append(cmp.compare("aa", "b")).append(ser.get())
                            .append(isStr.test("s")).append(h.applyAsInt("a")).append(widen.applyAsLong(7))
                            .append(inner.get()).append(Ops.twice().applyAsInt(21)).append(same() == same());
                    try {
                        Function<Object, Integer> bad = x -> ((String) x).length();
                        bad.apply(5);
                    } catch (ClassCastException e) {
                        out.append("cce");
                    }
                    return out.toString();
                }
                public static String plainName() { return ((Supplier<String>) () -> "").getClass().getName(); }
            }
            """;

    private static Path compile(Path dir) throws IOException {
        Path src = dir.resolve("src/fx/Shapes.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SHAPES);
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", out.toString(), src.toString()));
        return out;
    }

    private static String call(Path classes, String method) throws Exception {
        try (URLClassLoader l = new URLClassLoader(new URL[]{classes.toUri().toURL()}, null)) {
            return (String) l.loadClass("fx.Shapes").getMethod(method).invoke(null);
        }
    }

    @Test
    void desugaredLambdasBehaveAsLinkedOnes(@TempDir Path dir) throws Exception {
        Path plain = compile(dir.resolve("plain"));
        Path desugared = compile(dir.resolve("desugared"));
        String expected = call(plain, "results");

        LambdaDesugar.Result r = LambdaDesugar.run(desugared);

        assertEquals(expected, call(desugared, "results"));
        assertEquals("plain6109951162777910.0q<x>own4211403![run]71sertrue977own424042truecce", expected);
        // the serializable lambda is left to LambdaMetafactory, where it is made and where it is deserialized
        assertEquals(r.sites() - 2, r.desugared(), r.toString());
        assertEquals(List.of("altMetafactory", "altMetafactory"), metafactoryCalls(desugared));
        assertTrue(call(desugared, "plainName").startsWith("fx.Shapes$$Fn"), call(desugared, "plainName"));
        assertEquals(new LambdaDesugar.Result(0, 0), LambdaDesugar.run(desugared), "a second run has nothing to do");
        assertEquals(expected, call(desugared, "results"));

        // an incremental build: javac writes the class again beside its old function classes, and a class
        // that left the sources leaves its function class behind
        compile(dir.resolve("desugared"));
        ClassWriter gone = new ClassWriter(0);
        gone.visit(Opcodes.V17, Opcodes.ACC_FINAL, "fx/Gone$$Fn0", null, "java/lang/Object", null);
        gone.visitEnd();
        Files.write(desugared.resolve("fx/Gone$$Fn0.class"), gone.toByteArray());
        assertEquals(r, LambdaDesugar.run(desugared));
        assertEquals(expected, call(desugared, "results"));
        try (Stream<Path> files = Files.list(desugared.resolve("fx"))) {
            assertEquals(r.desugared(), files.filter(p -> p.getFileName().toString().contains("$$Fn")).count(),
                    "one function class per call site, none left from before");
        }
    }

    @Test
    void theBuildDesugaredLoopScope() throws Exception {
        Path classes = Paths.get(LambdaDesugar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> left = metafactoryCalls(classes.resolve("dev/loopscope"));
        assertTrue(left.size() <= 5, "lambda call sites left to LambdaMetafactory: " + left.size());
        assertTrue(Files.exists(classes.resolve("dev/loopscope/runtime/ListMethods$$Fn0.class")));
    }

    /**
     * Every class the build generated passes the verifier, and every method it calls exists and is
     * open to it (its nest's private methods included), as resolving the call will ask at run time:
     * the tests do not run every lambda of the app.
     */
    @Test
    void everyGeneratedClassVerifiesAndReachesItsImplementation() throws Exception {
        Path classes = Paths.get(LambdaDesugar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> generated;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/loopscope"))) {
            generated = files.filter(p -> p.getFileName().toString().matches(".*\\$\\$Fn\\d+\\.class")).toList();
        }
        assertTrue(generated.size() > 500, "generated classes: " + generated.size());
        ClassLoader loader = getClass().getClassLoader();
        for (Path file : generated) {
            ClassNode node = new ClassNode();
            new ClassReader(Files.readAllBytes(file)).accept(node, 0);
            Class<?> fn = Class.forName(node.name.replace('/', '.'), true, loader); // verifies it
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(fn, MethodHandles.lookup());
            for (MethodNode m : node.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call && !call.owner.equals(node.name)) {
                        Class<?> owner = Class.forName(call.owner.replace('/', '.'), false, loader);
                        MethodType type = MethodType.fromMethodDescriptorString(call.desc, loader);
                        String at = node.name + " calls " + call.owner + "." + call.name + call.desc;
                        try {
                            if (call.name.equals("<init>")) {
                                lookup.findConstructor(owner, type);
                            } else if (call.getOpcode() == Opcodes.INVOKESTATIC) {
                                lookup.findStatic(owner, call.name, type);
                            } else {
                                lookup.findVirtual(owner, call.name, type);
                            }
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(at + ": " + e, e);
                        }
                    }
                }
            }
        }
    }

    /** The LambdaMetafactory bootstrap methods that the classes under {@code dir} still call. */
    private static List<String> metafactoryCalls(Path dir) throws IOException {
        List<String> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                ClassNode c = new ClassNode();
                new ClassReader(Files.readAllBytes(f)).accept(c, 0);
                for (MethodNode m : c.methods) {
                    for (AbstractInsnNode insn : m.instructions) {
                        if (insn instanceof InvokeDynamicInsnNode indy
                                && indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")) {
                            calls.add(indy.bsm.getName());
                        }
                    }
                }
            }
        }
        return calls;
    }
}
