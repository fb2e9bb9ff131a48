package com.wtigg.store.catalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wtigg.store.catalog.CatalogItem;
import com.wtigg.store.catalog.PieceFacts;
import com.wtigg.store.catalog.domain.CatalogSnapshot;
import com.wtigg.store.catalog.domain.Category;
import com.wtigg.store.catalog.domain.Colour;
import com.wtigg.store.catalog.domain.Grade;
import com.wtigg.store.catalog.domain.JadeType;
import com.wtigg.store.catalog.domain.Piece;
import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the catalog tables.
 */
@Repository
public class CatalogRepository {

	private final JdbcClient jdbc;

	CatalogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long revision() {
		return jdbc.sql("select revision from catalog_revision where id = 1").query(Long.class).single();
	}

	public boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from catalog_piece)").query(Boolean.class).single();
	}

	/** The whole catalog; the revision is read first so a change made meanwhile is picked up next time. */
	public CatalogSnapshot snapshot() {
		long revision = revision();
		List<Category> categories = jdbc.sql("select * from catalog_category order by position")
			.query((rs, n) -> new Category(rs.getString("slug"),
					new LocalizedText(rs.getString("name_en"), rs.getString("name_zh")), rs.getInt("position")))
			.list();
		List<Colour> colours = jdbc.sql("select * from catalog_colour order by position")
			.query((rs, n) -> new Colour(rs.getString("key"),
					new LocalizedText(rs.getString("name_en"), rs.getString("name_zh")),
					rs.getString("base"), rs.getString("shade"), rs.getString("light"), rs.getInt("position")))
			.list();
		Map<String, Category> categoryBySlug = categories.stream()
			.collect(Collectors.toMap(Category::slug, Function.identity()));
		Map<String, Colour> colourByKey = colours.stream().collect(Collectors.toMap(Colour::key, Function.identity()));
		List<Piece> pieces = jdbc.sql("select * from catalog_piece order by id")
			.query((rs, n) -> piece(rs, categoryBySlug, colourByKey))
			.list();
		return CatalogSnapshot.of(revision, categories, colours, pieces);
	}

	/** Current stock and price of some pieces, straight from the table. */
	public Map<Long, CatalogItem> items(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, slug, name_en, name_zh, price_cents, stock from catalog_piece where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(CatalogRepository::item)
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(CatalogItem::id, Function.identity()));
	}

	/** The kind and weight (rounded up to whole grams) of some pieces. */
	public Map<Long, PieceFacts> facts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, category, ceil(weight_g)::int as grams from catalog_piece where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> new PieceFacts(rs.getLong("id"), rs.getString("category"), rs.getInt("grams")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(PieceFacts::id, Function.identity()));
	}

	/** Lowers the stock only when enough is there, in the caller's transaction; false when not. */
	public boolean takeFromStock(long pieceId, int quantity) {
		return quantity > 0 && jdbc.sql("update catalog_piece set stock = stock - ?, updated_at = now() where id = ? and stock >= ?")
			.params(quantity, pieceId, quantity).update() == 1;
	}

	public void putBackInStock(long pieceId, int quantity) {
		jdbc.sql("update catalog_piece set stock = stock + ?, updated_at = now() where id = ?").params(quantity, pieceId).update();
	}

	public List<CatalogItem> itemBySlug(String slug) {
		return jdbc.sql("select id, slug, name_en, name_zh, price_cents, stock from catalog_piece where slug = ?")
			.param(slug)
			.query(CatalogRepository::item)
			.list();
	}

	private static CatalogItem item(ResultSet rs, int row) throws SQLException {
		String slug = rs.getString("slug");
		return new CatalogItem(rs.getLong("id"), slug, new LocalizedText(rs.getString("name_en"), rs.getString("name_zh")),
				new Money(rs.getLong("price_cents")), rs.getInt("stock"), "/media/pieces/" + slug + ".svg");
	}

	private static Piece piece(ResultSet rs, Map<String, Category> categories, Map<String, Colour> colours)
			throws SQLException {
		return new Piece(rs.getLong("id"), rs.getString("slug"), categories.get(rs.getString("category")),
				new LocalizedText(rs.getString("name_en"), rs.getString("name_zh")),
				new LocalizedText(rs.getString("description_en"), rs.getString("description_zh")),
				JadeType.valueOf(rs.getString("jade_type")), colours.get(rs.getString("colour")),
				Grade.valueOf(rs.getString("treatment_grade")), rs.getString("origin"),
				rs.getBigDecimal("inner_diameter_mm"), rs.getBigDecimal("ring_size_us"), rs.getBigDecimal("length_mm"),
				rs.getBigDecimal("width_mm"), rs.getBigDecimal("thickness_mm"), rs.getBigDecimal("weight_g"),
				rs.getString("certificate_lab"), rs.getString("certificate_number"), new Money(rs.getLong("price_cents")),
				rs.getInt("stock"), rs.getBoolean("featured"), rs.getTimestamp("created_at").toInstant());
	}
}
