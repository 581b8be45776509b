package org.clusteratlas.profile;

import org.clusteratlas.snapshot.DocumentKind;

/**
 * A cluster's revealed technological (or scientific) advantage in one field of one kind:
 * {@code rta = (count / cluster's count of the kind) / (all located count in the field / all located count of
 * the kind)}. 1 means as common in the cluster as everywhere; 2 twice as common.
 *
 * @param count the cluster's fractional count in the field
 */
public record Specialisation(DocumentKind kind, String field, double count, double rta) {
}
