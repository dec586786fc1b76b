package org.unkg.serve.ops;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the server should be sent traffic. It starts {@link State#WARMING} (the store is open, the queries that warm
 * it are running), becomes {@link State#READY}, and turns {@link State#DRAINING} for good when the process is told to
 * stop: the balancer then sends it nothing new while what it has in flight finishes.
 */
public final class Readiness {

    public enum State {
        WARMING, READY, DRAINING
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.WARMING);

    public State state() {
        return state.get();
    }

    public boolean ready() {
        return state.get() == State.READY;
    }

    public boolean draining() {
        return state.get() == State.DRAINING;
    }

    /** Warm: ready, unless draining began meanwhile. */
    void warm() {
        state.compareAndSet(State.WARMING, State.READY);
    }

    /** Never ready again. */
    public void drain() {
        state.set(State.DRAINING);
    }
}
