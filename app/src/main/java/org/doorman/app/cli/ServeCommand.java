package org.doorman.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doorman.app.DoormanApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the web app and the REST API.",
            "Spring properties are accepted as --name=value (e.g. --server.port=8080,"
                    + " --spring.datasource.url=jdbc:postgresql://...) and as environment variables."
        })
final class ServeCommand implements Callable<Integer> {

    static final int FAILED = 1;

    private static volatile boolean started;

    @Option(names = "--demo", description = "On first start, fill an empty database with a demo network.")
    boolean demo;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    static boolean started() {
        return started;
    }

    @Override
    public Integer call() {
        var arguments = new ArrayList<>(springArguments);
        if (demo) {
            arguments.add("--doorman.demo=true");
        }
        try {
            SpringApplication.run(DoormanApplication.class, arguments.toArray(String[]::new));
        } catch (RuntimeException failure) {
            return FAILED; // Spring Boot has reported why, e.g. DatabaseUnreachableReporter's one line
        }
        started = true;
        return 0;
    }
}
