package com.wtigg.store.privacy;

import java.util.List;

/**
 * What one module stores: its personal fields, and the other columns of its tables that hold
 * subjects' records but are not personal data (each named, so nothing is left undecided).
 *
 * @param nonPersonalColumns {@code table.column} names
 */
public record Inventory(List<PersonalField> personal, List<String> nonPersonalColumns) {
}
