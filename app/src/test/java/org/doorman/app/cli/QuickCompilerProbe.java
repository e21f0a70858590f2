package org.doorman.app.cli;

/** Run in a JVM of its own by {@link QuickCompilerTests}: adds the directive, then prints the JVM's directives. */
public final class QuickCompilerProbe {

    private QuickCompilerProbe() {}

    public static void main(String[] args) throws Exception {
        System.out.println("added: " + QuickCompiler.addDirective());
        System.out.println(QuickCompiler.diagnosticCommand("compilerDirectivesPrint"));
    }
}
