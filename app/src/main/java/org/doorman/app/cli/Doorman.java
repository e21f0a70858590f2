package org.doorman.app.cli;

import org.doorman.batch.eval.EvalCommand;
import org.doorman.batch.screen.ScreenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one executable: {@code java -jar doorman.jar <subcommand>}, one picocli command tree over the batch commands
 * ({@code screen}, {@code eval}: plain Java, no Spring) and {@code serve} (Spring Boot). Usage errors exit with 2.
 */
@Command(
        name = "doorman",
        mixinStandardHelpOptions = true,
        version = "Doorman 0.1.0",
        description = "Screens contact requests and carries out each member's strategy.",
        subcommands = {
            ServeCommand.class,
            ScreenCommand.class,
            EvalCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            FixtureCommand.class,
            ImportCommand.class
        })
public final class Doorman implements Runnable {

    static final int USAGE = 2;

    public static void main(String[] args) {
        // Otherwise picocli looks for Groovy's Closure class, and a class that is not there is searched for in every
        // jar nested in doorman.jar: a tenth of a second or more before anything else happens.
        System.setProperty("picocli.disable.closures", "true");
        if (args.length > 0 && args[0].equals("screen")) {
            ScreenCommand.startBuildingTheScreener();
        }
        int status = run(args);
        if (status != 0 || !ServeCommand.started()) {
            System.exit(status);
        }
    }

    /** Runs one command line and returns its exit status; a server started by {@code serve} keeps running. */
    public static int run(String... args) {
        var commandLine = new CommandLine(new Doorman());
        if (args.length == 0) {
            commandLine.usage(System.err);
            return USAGE;
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(exception -> USAGE);
        commandLine.setParameterExceptionHandler((exception, ignoredArgs) -> {
            var err = exception.getCommandLine().getErr();
            err.println(exception.getMessage());
            exception.getCommandLine().usage(err);
            return USAGE;
        });
        int status = commandLine.execute(args);
        boolean askedForHelp = commandLine.isUsageHelpRequested()
                || commandLine.getSubcommands().values().stream().anyMatch(CommandLine::isUsageHelpRequested);
        return askedForHelp && status == 0 ? USAGE : status;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
        throw new CommandLine.ParameterException(new CommandLine(this), "Name a subcommand.");
    }
}
