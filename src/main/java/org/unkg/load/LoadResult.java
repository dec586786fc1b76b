package org.unkg.load;

import java.util.Optional;

/**
 * A load that succeeded.
 *
 * @param store    the new store, now current
 * @param info     what its {@code store.properties} says
 * @param previous the store that was current before, kept in case a server still has it open
 */
public record LoadResult(Store store, StoreInfo info, Optional<Store> previous) {
}
