package id.saring.rules;

import java.util.Optional;

/**
 * What a folder's {@code saring.yaml} says of the files in it and below it.
 *
 * @param profile the region's profile (a file of {@code profiles/}) its files are checked with
 * @param opd     the agency its files belong to, when their titles name none (a Bappeda's
 *                {@code masuk/dinas-pupr/} folder holding the exports of {@code Dinas PUPR Kabupaten Lahat})
 */
public record FolderRules(Optional<String> profile, Optional<String> opd) {
}
