package org.doorman.batch.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Screens JSON Lines on all cores while keeping the order: the reader cuts the input into batches, workers answer
 * them, and the writer prints the batches in the order they were read. At most a few batches are in flight, so
 * memory stays constant however long the input is.
 */
final class OrderedPipeline {

    static final int BATCH_LINES = 256;
    static final int BATCH_BYTES = 1 << 20;

    private final JsonLineScreening screening;
    private final int workers;

    OrderedPipeline(JsonLineScreening screening, int workers) {
        this.screening = screening;
        this.workers = Math.max(1, workers);
    }

    /** The output cannot be written any more, e.g. a pipe whose reader has gone. */
    static final class OutputClosed extends IOException {
        OutputClosed(Throwable cause) {
            super("cannot write the output: " + cause.getMessage(), cause);
        }
    }

    private record Answer(byte[] bytes, int length, boolean allRead) {}

    private record Batch(List<byte[]> lines, List<String> refusals) {}

    /** Runs the whole input; returns true when every line was read. */
    boolean run(InputStream in, OutputStream out) throws IOException {
        BlockingQueue<Future<Answer>> inFlight = new ArrayBlockingQueue<>(workers * 2);
        var pool = Executors.newFixedThreadPool(workers, runnable -> {
            var thread = new Thread(runnable, "screen");
            thread.setDaemon(true);
            return thread;
        });
        var writer = new Thread(() -> write(inFlight, out), "write");
        var result = new boolean[] {true};
        var failure = new Throwable[1];
        writer.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        writer.start();
        try {
            var lines = new LineReader(in);
            var batch = new Batch(new ArrayList<>(), new ArrayList<>());
            int bytes = 0;
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                if (line.blank()) {
                    continue;
                }
                batch.lines().add(line.bytes());
                batch.refusals().add(line.refusal());
                bytes += line.bytes().length;
                if (batch.lines().size() >= BATCH_LINES || bytes >= BATCH_BYTES) {
                    submit(pool, inFlight, batch);
                    batch = new Batch(new ArrayList<>(), new ArrayList<>());
                    bytes = 0;
                }
                if (failure[0] != null) {
                    break;
                }
            }
            if (!batch.lines().isEmpty()) {
                submit(pool, inFlight, batch);
            }
            inFlight.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure[0] != null) {
            throw new OutputClosed(failure[0]);
        }
        return allRead;
    }

    private static final Future<Answer> END = java.util.concurrent.CompletableFuture.completedFuture(null);
    private volatile boolean allRead = true;

    private void submit(ExecutorService pool, BlockingQueue<Future<Answer>> inFlight, Batch batch)
            throws InterruptedException {
        inFlight.put(pool.submit(() -> answer(batch)));
    }

    private Answer answer(Batch batch) {
        var out = new AnswerWriter(batch.lines().size() * 768);
        boolean ok = true;
        for (int i = 0; i < batch.lines().size(); i++) {
            var refusal = batch.refusals().get(i);
            var line = batch.lines().get(i);
            if (refusal != null) {
                ok &= JsonLineScreening.error(out, null, refusal);
            } else {
                ok &= screening.screen(line, line.length, out);
            }
        }
        return new Answer(out.bytes(), out.length(), ok);
    }

    private void write(BlockingQueue<Future<Answer>> inFlight, OutputStream out) {
        try {
            while (true) {
                var future = inFlight.take();
                if (future == END) {
                    break;
                }
                var answer = future.get();
                out.write(answer.bytes(), 0, answer.length());
                if (!answer.allRead()) {
                    allRead = false;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("screening a batch failed", e.getCause());
        }
    }
}
