package org.doorman.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps this JVM to HotSpot's quick JIT compiler (C1) through a compiler directive (the JDK's Compiler Control, the
 * directive {@link #DIRECTIVE}), added with the {@code Compiler.directives_add} diagnostic command. A JVM that does
 * not have it compiles as it always does.
 */
final class QuickCompiler {

    /** Every method: never compiled by C2. HotSpot then compiles a hot method with C1 only, fully optimized. */
    static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private static final AtomicBoolean asked = new AtomicBoolean();

    private QuickCompiler() {}

    /** The size of {@code input}, or of standard input when it is null and a file; -1 when it is not known. */
    static long inputBytes(Path input) {
        try {
            var file = input != null ? input : Path.of("/dev/stdin");
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Adds the directive on a thread of its own, once: it takes a few tenths of a second, which the start of a run
     * can spare on its other threads before the screening code gets hot.
     */
    static void keepToIt() {
        if (asked.getAndSet(true)) {
            return;
        }
        var thread = new Thread(QuickCompiler::addDirective, "quick-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds the directive now; returns whether the JVM took it. */
    static boolean addDirective() {
        Path file = null;
        try {
            file = Files.createTempFile("doorman-compiler", ".json");
            Files.writeString(file, DIRECTIVE);
            var answer = diagnosticCommand("compilerDirectivesAdd", file.toString());
            return answer.contains("1 compiler directives added");
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return false;
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /**
     * What the JVM answers to a diagnostic command, as {@code jcmd} would print it. Through reflection, because in
     * doorman.jar a class of ours that names a {@code javax.management} type has Spring Boot's class loader look for
     * that package in each of the nearly hundred jars nested in it first, a tenth of a second or more.
     */
    static String diagnosticCommand(String operation, String... arguments) throws ReflectiveOperationException {
        var jdk = ManagementFactory.class.getClassLoader();
        var objectName = Class.forName("javax.management.ObjectName", true, jdk);
        var server = ManagementFactory.class.getMethod("getPlatformMBeanServer").invoke(null);
        var invoke = Class.forName("javax.management.MBeanServer", true, jdk)
                .getMethod("invoke", objectName, String.class, Object[].class, String[].class);
        var answer = invoke.invoke(
                server,
                objectName.getConstructor(String.class).newInstance("com.sun.management:type=DiagnosticCommand"),
                operation,
                new Object[] {arguments},
                new String[] {String[].class.getName()});
        return String.valueOf(answer);
    }
}
