package org.doorman.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates members through the API, then for {@code --seconds} runs {@code --clients} threads that send contact
 * requests between distinct pairs of members while {@code --readers} threads read inboxes and request pages, and
 * prints the figures per operation as a table and as CSV. Talks to loopback addresses only.
 */
@Command(
        name = "loadgen",
        mixinStandardHelpOptions = true,
        description = "Load on a running Doorman over its REST API: requests between distinct pairs, inbox and"
                + " request page reads; prints requests per second and p50/p95/p99 per operation.")
public final class LoadGen implements Callable<Integer> {

    @Option(names = "--base", defaultValue = "http://127.0.0.1:8080", description = "Doorman's address (loopback)")
    URI base;

    @Option(names = "--admin-token", required = true, description = "the operator's token (doorman.admin-token)")
    String adminToken;

    @Option(names = "--members", defaultValue = "400", description = "members to create (2..20000)")
    int members;

    @Option(names = "--clients", defaultValue = "8", description = "threads sending requests (1..64)")
    int clients;

    @Option(names = "--readers", defaultValue = "2", description = "threads reading inboxes and request pages (0..64)")
    int readers;

    @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (1..600)")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "seconds of load before measuring (0..120)")
    int warmup;

    @Option(names = "--label", defaultValue = "doorman", description = "first column of the CSV")
    String label;

    private final Figures figures = new Figures();
    private final AtomicLong nextPair = new AtomicLong();
    private final AtomicReferenceArray<String[]> recent = new AtomicReferenceArray<>(4096);
    private final AtomicLong recentCount = new AtomicLong();
    private volatile boolean running = true;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGen()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        checkBounds();
        var api = new Api(base, clients + readers);
        String prefix = "lg" + Long.toString(System.currentTimeMillis(), 36);
        long madeAt = System.nanoTime();
        var people = Members.create(api, adminToken, members, Math.min(8, clients), prefix);
        System.err.printf(
                "created %d members in %.1f s; %d s warm-up, %d s measured, %d clients, %d readers%n",
                people.size(), (System.nanoTime() - madeAt) / 1e9, warmup, seconds, clients, readers);
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("sender-" + i).start(() -> sendLoop(api, people)));
        }
        for (int i = 0; i < readers; i++) {
            threads.add(Thread.ofPlatform().name("reader-" + i).start(() -> readLoop(api, people)));
        }
        Thread.sleep(warmup * 1000L);
        figures.start();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        figures.stop();
        double measured = (System.nanoTime() - started) / 1e9;
        running = false;
        for (var thread : threads) {
            thread.join(35_000);
        }
        Report.print(figures, measured, label, System.out);
        return 0;
    }

    private void checkBounds() throws Exception {
        var host = InetAddress.getByName(base.getHost());
        if (!host.isLoopbackAddress()) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--base must be a loopback address, not " + base.getHost());
        }
        if (members < 2 || members > 20_000 || clients < 1 || clients > 64 || readers < 0 || readers > 64) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "members, clients or readers out of bounds");
        }
        if (seconds < 1 || seconds > 600 || warmup < 0 || warmup > 120) {
            throw new CommandLine.ParameterException(new CommandLine(this), "seconds or warm-up out of bounds");
        }
    }

    /** Sends requests between distinct pairs: pair k is (k mod n, a different member for each round of n). */
    private void sendLoop(Api api, List<Members.Member> people) {
        int n = people.size();
        long pairs = (long) n * (n - 1);
        var random = ThreadLocalRandom.current();
        while (running) {
            long k = nextPair.getAndIncrement();
            if (k >= pairs) {
                return; // every pair has a request: a run of this length needs more members
            }
            var sender = people.get((int) (k % n));
            var recipient = people.get((int) ((k % n + 1 + (k / n) % (n - 1)) % n));
            String json = "{\"recipient\":" + Api.quote(recipient.id()) + ",\"message\":"
                    + Api.quote(Messages.pick(random, recipient.name(), sender.name())) + "}";
            long start = System.nanoTime();
            int status = 0;
            try {
                var answer = api.post("/api/v1/requests", sender.token(), json);
                status = answer.status();
                if (status == 201) {
                    long slot = recentCount.getAndIncrement();
                    recent.set((int) (slot % recent.length()), new String[] {answer.field("id"), recipient.token()});
                }
            } catch (Exception e) {
                status = 0;
            }
            figures.record(Operation.SEND, status, System.nanoTime() - start);
        }
    }

    /** Reads by turns the inbox of a random member and the page of a recently sent request, as its recipient. */
    private void readLoop(Api api, List<Members.Member> people) {
        var random = ThreadLocalRandom.current();
        boolean inbox = true;
        while (running) {
            long start = System.nanoTime();
            int status = 0;
            Operation operation = inbox ? Operation.INBOX : Operation.REQUEST_PAGE;
            try {
                if (inbox) {
                    status = api.get(
                                    "/api/v1/inbox",
                                    people.get(random.nextInt(people.size())).token())
                            .status();
                } else {
                    long seen = Math.min(recentCount.get(), recent.length());
                    if (seen == 0) {
                        inbox = !inbox;
                        continue;
                    }
                    String[] pick = recent.get(random.nextInt((int) seen));
                    status = api.get("/api/v1/requests/" + pick[0], pick[1]).status();
                }
            } catch (Exception e) {
                status = 0;
            }
            figures.record(operation, status, System.nanoTime() - start);
            inbox = !inbox;
        }
    }
}
