#include "citationstore.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace entente {

QStringList CitationStore::read(Owner owner, qint64 pk, QMap<QString, Citation>* citations) const
{
    const bool relation = owner == Owner::Relation;
    // Table names cannot be bound; they come from this fixed choice, never from data.
    const char* sql =
        m_version >= 2
            ? (relation ? "SELECT s.key, l.quote, l.page, l.confidence FROM relation_source l JOIN "
                          "source s ON s.pk = l.source WHERE l.relation = ?1 ORDER BY s.key"
                        : "SELECT s.key, l.quote, l.page, l.confidence FROM entity_source l JOIN "
                          "source s ON s.pk = l.source WHERE l.entity = ?1 ORDER BY s.key")
            : (relation ? "SELECT s.key, '', '', 0 FROM relation_source l JOIN source s ON s.pk = "
                          "l.source WHERE l.relation = ?1 ORDER BY s.key"
                        : "SELECT s.key, '', '', 0 FROM entity_source l JOIN source s ON s.pk = "
                          "l.source WHERE l.entity = ?1 ORDER BY s.key");
    SqliteStatement st(m_db, sql);
    st.bind(1, pk);
    QStringList keys;
    while (st.step()) {
        keys << st.text(0);
        const Citation c{st.text(1), st.text(2), static_cast<int>(st.int64(3))};
        if (citations && !c.isEmpty())
            citations->insert(keys.last(), c);
    }
    return keys;
}

void CitationStore::writeDetails(Owner owner, qint64 pk, qint64 sourcePk, const Citation& c) const
{
    SqliteStatement st(m_db,
                       owner == Owner::Relation
                           ? "UPDATE relation_source SET quote = ?3, page = ?4, confidence = "
                             "?5 WHERE relation = ?1 AND source = ?2"
                           : "UPDATE entity_source SET quote = ?3, page = ?4, confidence = ?5 "
                             "WHERE entity = ?1 AND source = ?2");
    st.bind(1, pk)
        .bind(2, sourcePk)
        .bind(3, c.quote)
        .bind(4, c.page)
        .bind(5, qBound(0, c.confidence, 3))
        .run();
}

QList<SourceUse> CitationStore::uses(int perSource) const
{
    // A source of a large project may back a million relations; a list shows the first ones
    // (the window function numbers the links of each source by the link table's index).
    QList<SourceUse> out;
    SqliteStatement es(m_db,
                       "SELECT s.key, e.id, e.name FROM (SELECT source, entity, row_number() "
                       "OVER (PARTITION BY source) AS n FROM entity_source) l JOIN source s ON "
                       "s.pk = l.source JOIN entity e ON e.pk = l.entity WHERE l.n <= ?1 "
                       "ORDER BY s.key, e.name");
    es.bind(1, perSource);
    while (es.step())
        out << SourceUse{es.text(0), false, es.text(1), es.text(2)};
    SqliteStatement rs(
        m_db, "SELECT s.key, r.id, a.name || ' — ' || k.label || ' — ' || b.name FROM "
              "(SELECT source, relation, row_number() OVER (PARTITION BY source) AS n FROM "
              "relation_source) l JOIN source s ON s.pk = l.source JOIN relation r ON r.pk "
              "= l.relation JOIN relation_kind k ON k.pk = r.kind JOIN entity a ON a.pk = "
              "r.source JOIN entity b ON b.pk = r.target WHERE l.n <= ?1 "
              "ORDER BY s.key, a.name, b.name");
    rs.bind(1, perSource);
    while (rs.step())
        out << SourceUse{rs.text(0), true, rs.text(1), rs.text(2)};
    std::stable_sort(out.begin(), out.end(), [](const SourceUse& a, const SourceUse& b) {
        return a.sourceKey < b.sourceKey;
    });
    return out;
}

QHash<QString, QSet<QString>> CitationStore::tags(Owner owner) const
{
    QHash<QString, QSet<QString>> out;
    // json_each reads the list; rows without a "tags" key are skipped by the instr() test
    // before any JSON is parsed, so untagged projects cost one scan.
    SqliteStatement st(m_db, owner == Owner::Relation
                                 ? "SELECT r.id, j.value FROM relation r, json_each(r.attributes, "
                                   "'$.tags') j WHERE instr(r.attributes, '\"tags\"') > 0"
                                 : "SELECT e.id, j.value FROM entity e, json_each(e.attributes, "
                                   "'$.tags') j WHERE instr(e.attributes, '\"tags\"') > 0");
    while (st.step())
        out[st.text(1)].insert(st.text(0));
    return out;
}

} // namespace entente
