package id.merit.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 0. */
public record PagedResult<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The page before this one; from an address past the end, the last page there is. */
    public int previousPage() {
        return Math.max(0, Math.min(page - 1, totalPages() - 1));
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItem() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** A Spring Data page of entities, mapped to read models. */
    public static <E, T> PagedResult<T> of(org.springframework.data.domain.Page<E> page, Function<E, T> f) {
        return new PagedResult<>(page.getContent().stream().map(f).toList(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
