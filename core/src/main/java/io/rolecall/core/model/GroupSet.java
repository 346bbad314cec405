package io.rolecall.core.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The groups of one person, in the order the directory gave, never changed. Most people are in a
 * handful of groups: an array holds them in a fraction of a LinkedHashSet's memory, which at 100,000
 * people is what a garbage collector copies again and again while a directory is read.
 */
final class GroupSet extends AbstractSet<String> {

    /** Above this many groups, membership is looked up in a hash set rather than by walking the array. */
    private static final int SCANNED = 16;
    private static final GroupSet EMPTY = new GroupSet(new String[0]);

    private final String[] groups;
    private final Set<String> index;

    private GroupSet(String[] groups) {
        this.groups = groups;
        this.index = groups.length > SCANNED ? new HashSet<>(Arrays.asList(groups)) : null;
    }

    /** Group names trimmed, blanks and repeats dropped, order kept. */
    static Set<String> of(Collection<String> raw) {
        if (raw instanceof GroupSet clean) {
            return clean;
        }
        String[] kept = raw.toArray(new String[raw.size()]);
        int count = 0;
        Set<String> seen = kept.length > SCANNED ? new HashSet<>() : null;
        for (String group : kept) {
            String trimmed = group == null ? "" : group.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean repeated = seen != null ? !seen.add(trimmed) : indexOf(kept, count, trimmed) >= 0;
            if (!repeated) {
                kept[count++] = trimmed;
            }
        }
        return count == 0 ? EMPTY : new GroupSet(count == kept.length ? kept : Arrays.copyOf(kept, count));
    }

    private static int indexOf(String[] groups, int count, Object group) {
        for (int i = 0; i < count; i++) {
            if (groups[i].equals(group)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object group) {
        return index != null ? index.contains(group) : indexOf(groups, groups.length, group) >= 0;
    }

    @Override
    public int size() {
        return groups.length;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(groups, groups.length, Object[].class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] array) {
        if (array.length < groups.length) {
            return (T[]) Arrays.copyOf(groups, groups.length, array.getClass());
        }
        System.arraycopy(groups, 0, array, 0, groups.length);
        if (array.length > groups.length) {
            array[groups.length] = null;
        }
        return array;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < groups.length;
            }

            @Override
            public String next() {
                if (next >= groups.length) {
                    throw new NoSuchElementException();
                }
                return groups[next++];
            }
        };
    }
}
