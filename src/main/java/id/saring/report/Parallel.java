package id.saring.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on each item of a list by up to {@code jobs} threads at once, the results in the list's order: how inputs are
 * processed and annotated copies made, so that a parallel run gives what a serial run gives.
 */
public final class Parallel {

    /** The work on one item. */
    public interface Task<T, R> {
        R apply(T item) throws IOException;
    }

    private Parallel() {
    }

    /**
     * The result of {@code task} on every item, in the items' order. The first failure, in that order, is thrown as
     * it was thrown (an unchecked exception or error unchanged).
     */
    public static <T, R> List<R> map(List<T> items, int jobs, String threads, Task<T, R> task) throws IOException {
        if (jobs <= 1 || items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(task.apply(item));
            }
            return results;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(jobs, items.size()), work -> {
            Thread thread = new Thread(work, threads);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> pending = new ArrayList<>(items.size());
            for (T item : items) {
                pending.add(workers.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : pending) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
