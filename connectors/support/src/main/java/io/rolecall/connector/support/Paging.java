package io.rolecall.connector.support;

import io.rolecall.core.port.DirectoryReadException;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes sure one paged listing ends. A server that hands back a cursor it gave before, a page that
 * only repeats what earlier pages held yet promises more, or more pages than a directory of
 * {@link #MAX_PEOPLE} people can need, would otherwise keep a read going for ever and burn the
 * customer's rate limit (a repeated cursor once made 200,000 requests in two minutes). Each of these
 * fails the read at once. An empty page with a next cursor is allowed: some APIs return those.
 */
public final class Paging {

    /** The largest directory RoleCall reads; the README documents it. */
    public static final int MAX_PEOPLE = 1_000_000;

    private final String service;
    private final String listing;
    private final int maxPages;
    private final Set<String> cursors = new HashSet<>();
    private int pages;

    /**
     * @param listing names the listing in messages, for example "GET /api/v1/users"
     * @param pageSize the page size asked for, which with {@link #MAX_PEOPLE} caps the page count
     */
    public Paging(String service, String listing, int pageSize) {
        this.service = service;
        this.listing = listing;
        this.maxPages = (MAX_PEOPLE + pageSize - 1) / pageSize + 1;
    }

    /**
     * Records a page just read and decides whether to read the next.
     *
     * @param items how many items the page held
     * @param newItems how many of them were not seen before in this listing
     * @param nextCursor the cursor of the next page, null or empty when this was the last
     * @return true when there is a next page to read
     * @throws DirectoryReadException when the listing would not end
     */
    public boolean next(int items, int newItems, String nextCursor) {
        pages++;
        if (nextCursor == null || nextCursor.isEmpty()) {
            return false;
        }
        if (!cursors.add(nextCursor)) {
            throw stop("returned a page cursor it had already given (page " + pages + ")");
        }
        if (items > 0 && newItems == 0) {
            throw stop("returned a page that only repeats earlier ones and still points to a next page (page "
                    + pages + ")");
        }
        if (pages >= maxPages) {
            throw stop("went on past " + pages + " pages, more than a directory of " + MAX_PEOPLE + " people needs");
        }
        return true;
    }

    public int pages() {
        return pages;
    }

    private DirectoryReadException stop(String what) {
        return new DirectoryReadException(service + " " + what + " while listing " + listing + "; such a listing "
                + "would never end, so the read stopped there and nothing was scanned. This is a fault of the "
                + "service or of a proxy in front of it: try again later, and report it if it persists.");
    }
}
