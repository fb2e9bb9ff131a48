package com.wtigg.store.privacy.inventory;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;

/**
 * The store's personal-data inventory, gathered from every {@link PersonalDataHolder}, and its
 * check against the live database schema.
 */
@Service
public class PersonalDataInventory {

	private final List<PersonalDataHolder> holders;

	private final JdbcClient jdbc;

	PersonalDataInventory(List<PersonalDataHolder> holders, JdbcClient jdbc) {
		this.holders = List.copyOf(holders);
		this.jdbc = jdbc;
	}

	public List<PersonalField> fields() {
		return holders.stream().flatMap(h -> h.inventory().personal().stream())
			.sorted(Comparator.comparing(PersonalField::column))
			.toList();
	}

	/**
	 * Columns of tables that refer to a subject (a column named {@code subject_id} or ending in
	 * {@code _subject_id}) that no holder declares, as personal or as not personal.
	 */
	public List<String> undeclaredColumns() {
		Set<String> declared = holders.stream()
			.flatMap(h -> java.util.stream.Stream.concat(h.inventory().personal().stream().map(PersonalField::column),
					h.inventory().nonPersonalColumns().stream()))
			.collect(Collectors.toSet());
		return jdbc.sql("""
				select c.table_name || '.' || c.column_name
				from information_schema.columns c
				where c.table_schema = current_schema()
				  and c.table_name in (
				      select table_name from information_schema.columns
				      where table_schema = current_schema()
				        and (column_name = 'subject_id' or column_name like '%\\_subject\\_id'))
				order by 1
				""")
			.query(String.class)
			.list()
			.stream()
			.filter(column -> !declared.contains(column))
			.toList();
	}
}
