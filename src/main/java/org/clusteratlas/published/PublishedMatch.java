package org.clusteratlas.published;

import org.clusteratlas.rank.ClusterRow;

import java.util.List;

/**
 * How one published row was matched to the computed ranking.
 *
 * @param row      the published row
 * @param computed the computed cluster it is matched to, or null
 * @param cities   the cities its name lists
 * @param found    per city the computed cluster id it lies in, -1 when the gazetteer has no such city in the
 *                 row's economies or it lies in no cluster
 * @param note     why it is unmatched, or what else is worth knowing (its places spread over several
 *                 computed clusters); null when there is nothing to say
 */
public record PublishedMatch(PublishedRow row, ClusterRow computed, List<PublishedNames.City> cities,
                             List<Integer> found, String note) {
    public PublishedMatch {
        cities = List.copyOf(cities);
        found = List.copyOf(found);
    }

    public boolean matched() {
        return computed != null;
    }

    /** Published rank minus computed rank: positive when the computed ranking puts it higher; null unmatched. */
    public Integer rankChange() {
        return computed == null ? null : row.rank() - computed.rank();
    }
}
