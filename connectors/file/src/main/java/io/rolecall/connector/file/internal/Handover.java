package io.rolecall.connector.file.internal;

import io.rolecall.core.port.DirectoryReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items from the thread that reads them to a worker thread that handles them, in batches and
 * in order. Parsing a large export and making checked people of what it holds each take about half
 * of a read; with two threads a machine with two cores does both at once. Whatever the worker
 * touches, only the worker touches until {@link #finish()} returns.
 */
final class Handover<T> implements AutoCloseable {

    private static final int BATCH = 256;
    /** Batches waiting at most: the reader never runs far ahead, so little is held in memory. */
    private static final int WAITING = 8;
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread worker;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);

    Handover(String name, Consumer<T> handler) {
        worker = new Thread(() -> work(handler), name);
        worker.setDaemon(true);
        worker.start();
    }

    @SuppressWarnings("unchecked")
    private void work(Consumer<T> handler) {
        try {
            for (List<?> next = queue.take(); next != END; next = queue.take()) {
                for (Object item : next) {
                    handler.accept((T) item);
                }
            }
        } catch (InterruptedException e) {
            // closed by the reader, which has failed already and reports why
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** @throws RuntimeException the worker's failure, as soon as it is known */
    void give(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until the worker has handled every item given. */
    void finish() {
        if (!batch.isEmpty()) {
            send(batch);
            batch = new ArrayList<>();
        }
        send(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryReadException("the read was interrupted", e);
        }
        rethrowFailure();
    }

    private void send(List<?> items) {
        try {
            while (!queue.offer(items, 20, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
                if (!worker.isAlive()) {
                    throw new IllegalStateException("the worker of " + worker.getName() + " stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryReadException("the read was interrupted", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    /** Stops the worker if the reader gave up before {@link #finish()}. */
    @Override
    public void close() {
        if (worker.isAlive()) {
            worker.interrupt();
        }
    }
}
