package id.saring.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * Several lists read as one, without copying them: the records of every input, in input order, where one input's
 * records may be a {@link RecordSpill} that lives mostly on disk. Iteration (also from an index) goes through each
 * part's own iterator.
 */
public final class Concatenation<T> extends AbstractList<T> {

    private final List<List<T>> parts;
    /** The index of each part's first element; one more entry holds the size. */
    private final int[] starts;

    public Concatenation(List<? extends List<T>> parts) {
        this.parts = new ArrayList<>(parts);
        this.starts = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            starts[i + 1] = starts[i] + parts.get(i).size();
        }
    }

    @Override
    public int size() {
        return starts[parts.size()];
    }

    @Override
    public T get(int index) {
        int part = part(index);
        return parts.get(part).get(index - starts[part]);
    }

    @Override
    public Iterator<T> iterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<T> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new Forward(index);
    }

    /** The part that holds {@code index}. */
    private int part(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int low = 0;
        int high = parts.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** Reads forward through the parts from an index. */
    private final class Forward extends ForwardIterator<T> {
        private int part;
        private Iterator<T> current;

        Forward(int next) {
            super(next);
            if (next < size()) {
                part = part(next);
                current = parts.get(part).listIterator(next - starts[part]);
            }
        }

        @Override
        public boolean hasNext() {
            return next < size();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (!current.hasNext()) {
                part++;
                current = parts.get(part).iterator();
            }
            next++;
            return current.next();
        }
    }
}
