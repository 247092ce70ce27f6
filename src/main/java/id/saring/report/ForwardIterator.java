package id.saring.report;

import java.util.ListIterator;

/**
 * A list iterator that only reads forward, as the lists whose records are read back from disk give them
 * ({@link RecordSpill}, {@link Concatenation}): {@code subList} and iteration from an index need no more.
 */
abstract class ForwardIterator<T> implements ListIterator<T> {

    /** The index of the element {@link #next()} gives. */
    protected int next;

    ForwardIterator(int next) {
        this.next = next;
    }

    @Override
    public int nextIndex() {
        return next;
    }

    @Override
    public int previousIndex() {
        return next - 1;
    }

    @Override
    public boolean hasPrevious() {
        throw new UnsupportedOperationException("read forward only");
    }

    @Override
    public T previous() {
        throw new UnsupportedOperationException("read forward only");
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void set(T t) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(T t) {
        throw new UnsupportedOperationException();
    }
}
