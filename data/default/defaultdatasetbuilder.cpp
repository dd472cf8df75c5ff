#include "defaultdatasetbuilder.h"

#include "core/partialdate.h"
#include "core/relationkindvocabulary.h"
#include "formats/csvreader.h"
#include "formats/formaterror.h"
#include "store/sqliteprojectstore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace entente {

namespace {

using Field = CsvReader::Field;

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u'|', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

/** Column accessor that remembers the table, so every error names file:line:column. */
class Rows
{
public:
    explicit Rows(const QString& path) : m_table(CsvReader::readFile(path)) {}
    const CsvReader::Table& table() const { return m_table; }
    int col(const QString& name) const { return m_table.requireColumn(name); }
    [[noreturn]] void fail(const Field& f, const QString& message) const
    {
        throw FormatError(m_table.file, f.line, f.column, message);
    }
    PartialDate date(const CsvReader::Row& row, int c) const
    {
        QString error;
        const auto d = PartialDate::parse(row[c].text, &error);
        if (!d)
            fail(row[c], error);
        return *d;
    }
    QString required(const CsvReader::Row& row, int c, const QString& what) const
    {
        const QString v = row[c].text.trimmed();
        if (v.isEmpty())
            fail(row[c], QStringLiteral("%1 is empty").arg(what));
        return v;
    }

private:
    CsvReader::Table m_table;
};

QList<EntityKind> parseKinds(const Rows& rows, const Field& f)
{
    QList<EntityKind> kinds;
    for (const QString& name : splitList(f.text)) {
        const auto k = entityKindFromName(name);
        if (!k)
            rows.fail(f, QStringLiteral("\"%1\" is not an entity kind (actor, organisation, treaty, mechanism)").arg(name));
        kinds << *k;
    }
    if (kinds.isEmpty())
        rows.fail(f, QStringLiteral("no entity kinds given"));
    return kinds;
}

QVariantMap parseAttributes(const Rows& rows, const Field& f)
{
    QVariantMap map;
    for (const QString& pair : splitList(f.text)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            rows.fail(f, QStringLiteral("attribute \"%1\" is not key=value").arg(pair));
        map.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return map;
}

/**
 * The files of one table: `NAME.csv` (hand-curated) first, then `NAME_*.csv` (derived by the
 * scripts in data/default/scripts) in name order, so ids may only be referenced once defined.
 */
QStringList tableFiles(const QDir& dir, const QString& name)
{
    QStringList files;
    if (dir.exists(name + QStringLiteral(".csv")))
        files << dir.filePath(name + QStringLiteral(".csv"));
    for (const QString& f : dir.entryList({name + QStringLiteral("_*.csv")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    if (files.isEmpty())
        files << dir.filePath(name + QStringLiteral(".csv")); // reported as missing when read
    return files;
}

} // namespace

WriteBatch DefaultDatasetBuilder::readTables(const QString& tablesDir)
{
    const QDir dir(tablesDir);
    WriteBatch batch;
    RelationKindVocabulary vocabulary;
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+:[A-Za-z0-9._+-]+$"));

    {
        const Rows rows(dir.filePath(QStringLiteral("relation_kinds.csv")));
        const int id = rows.col("id"), label = rows.col("label"), inverse = rows.col("inverse_label"),
                  directed = rows.col("directed"), from = rows.col("from_kinds"), to = rows.col("to_kinds"),
                  colour = rows.col("colour");
        for (const auto& r : rows.table().rows) {
            RelationKind k;
            k.id = rows.required(r, id, QStringLiteral("the kind id"));
            if (vocabulary.contains(k.id))
                rows.fail(r[id], QStringLiteral("relation kind \"%1\" is defined twice").arg(k.id));
            k.label = rows.required(r, label, QStringLiteral("the label"));
            k.inverseLabel = rows.required(r, inverse, QStringLiteral("the inverse label"));
            if (r[directed].text != u"0" && r[directed].text != u"1")
                rows.fail(r[directed], QStringLiteral("directed must be 0 or 1"));
            k.directed = r[directed].text == u"1";
            k.fromKinds = parseKinds(rows, r[from]);
            k.toKinds = parseKinds(rows, r[to]);
            if (!colourPattern.match(r[colour].text).hasMatch())
                rows.fail(r[colour], QStringLiteral("colour \"%1\" is not #RRGGBB").arg(r[colour].text));
            k.colour = r[colour].text;
            vocabulary.add(k);
            batch.relationKinds << k;
        }
    }

    QSet<QString> sourceKeys;
    for (const QString& tableFile : tableFiles(dir, QStringLiteral("sources"))) {
        const Rows rows(tableFile);
        const int key = rows.col("key"), title = rows.col("title"), publisher = rows.col("publisher"),
                  url = rows.col("url"), version = rows.col("version"), accessed = rows.col("accessed");
        for (const auto& r : rows.table().rows) {
            Source s;
            s.key = rows.required(r, key, QStringLiteral("the source key"));
            if (sourceKeys.contains(s.key))
                rows.fail(r[key], QStringLiteral("source key \"%1\" is used twice").arg(s.key));
            s.title = rows.required(r, title, QStringLiteral("the title"));
            s.publisher = r[publisher].text.trimmed();
            s.url = r[url].text.trimmed();
            if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
                rows.fail(r[url], QStringLiteral("url must start with http:// or https://"));
            s.version = r[version].text.trimmed();
            s.accessed = r[accessed].text.trimmed();
            if (!s.accessed.isEmpty())
                rows.date(r, accessed);
            sourceKeys.insert(s.key);
            batch.sources << s;
        }
    }
    auto checkSources = [&](const Rows& rows, const Field& f, bool required) {
        const QStringList keys = splitList(f.text);
        if (required && keys.isEmpty())
            rows.fail(f, QStringLiteral("no source given; every relation cites at least one"));
        for (const QString& k : keys)
            if (!sourceKeys.contains(k))
                rows.fail(f, QStringLiteral("source \"%1\" is not in sources.csv").arg(k));
        return keys;
    };

    QHash<QString, EntityKind> kindOf;
    QHash<QString, QString> nameOwner; // lower-case name or alias → entity id
    struct CountryRef
    {
        QString file;
        Field field;
    };
    QList<CountryRef> countries;
    for (const QString& tableFile : tableFiles(dir, QStringLiteral("entities"))) {
        const Rows rows(tableFile);
        const int id = rows.col("id"), kind = rows.col("kind"), category = rows.col("category"),
                  name = rows.col("name"), aliases = rows.col("aliases"), description = rows.col("description"),
                  region = rows.col("region"), country = rows.col("country"), start = rows.col("start"),
                  end = rows.col("end"), sources = rows.col("sources");
        for (const auto& r : rows.table().rows) {
            Entity e;
            e.id = rows.required(r, id, QStringLiteral("the entity id"));
            if (!idPattern.match(e.id).hasMatch())
                rows.fail(r[id], QStringLiteral("id \"%1\" is not of the form prefix:slug").arg(e.id));
            if (kindOf.contains(e.id))
                rows.fail(r[id], QStringLiteral("entity id \"%1\" is used twice").arg(e.id));
            const auto k = entityKindFromName(r[kind].text);
            if (!k)
                rows.fail(r[kind], QStringLiteral("\"%1\" is not an entity kind (actor, organisation, treaty, mechanism)").arg(r[kind].text));
            e.kind = *k;
            e.category = rows.required(r, category, QStringLiteral("the category"));
            e.name = rows.required(r, name, QStringLiteral("the name"));
            e.aliases = splitList(r[aliases].text);
            e.description = r[description].text.trimmed();
            e.region = r[region].text.trimmed();
            e.country = r[country].text.trimmed();
            e.existence = DateInterval(rows.date(r, start), rows.date(r, end));
            if (!e.existence.isValid())
                rows.fail(r[end], QStringLiteral("end %1 is before start %2").arg(e.existence.end().toString(), e.existence.start().toString()));
            e.sources = checkSources(rows, r[sources], false);
            QStringList names{e.name};
            names << e.aliases;
            QSet<QString> own;
            for (const QString& n : names) {
                const QString key = n.toLower();
                if (own.contains(key))
                    continue;
                own.insert(key);
                const auto clash = nameOwner.constFind(key);
                if (clash != nameOwner.constEnd())
                    rows.fail(n == e.name ? r[name] : r[aliases],
                              QStringLiteral("\"%1\" is already the name or an alias of %2").arg(n, *clash));
                nameOwner.insert(key, e.id);
            }
            if (!e.country.isEmpty())
                countries.append({tableFile, r[country]});
            kindOf.insert(e.id, e.kind);
            batch.entities << e;
        }
    }
    for (const CountryRef& c : countries)
        if (!kindOf.contains(c.field.text.trimmed()))
            throw FormatError(c.file, c.field.line, c.field.column,
                              QStringLiteral("country \"%1\" is not an entity").arg(c.field.text.trimmed()));

    QSet<QString> relationIds;
    for (const QString& tableFile : tableFiles(dir, QStringLiteral("relations"))) {
        const Rows rows(tableFile);
        const int id = rows.col("id"), kind = rows.col("kind"), source = rows.col("source"),
                  target = rows.col("target"), start = rows.col("start"), end = rows.col("end"),
                  attributes = rows.col("attributes"), sources = rows.col("sources"), note = rows.col("note");
        QSet<QString>& ids = relationIds;
        for (const auto& r : rows.table().rows) {
            Relation rel;
            rel.id = rows.required(r, id, QStringLiteral("the relation id"));
            if (ids.contains(rel.id))
                rows.fail(r[id], QStringLiteral("relation id \"%1\" is used twice").arg(rel.id));
            ids.insert(rel.id);
            rel.kind = rows.required(r, kind, QStringLiteral("the relation kind"));
            const RelationKind* k = vocabulary.find(rel.kind);
            if (!k)
                rows.fail(r[kind], QStringLiteral("\"%1\" is not a relation kind in relation_kinds.csv").arg(rel.kind));
            rel.source = rows.required(r, source, QStringLiteral("the source entity"));
            rel.target = rows.required(r, target, QStringLiteral("the target entity"));
            if (!kindOf.contains(rel.source))
                rows.fail(r[source], QStringLiteral("\"%1\" is not an entity").arg(rel.source));
            if (!kindOf.contains(rel.target))
                rows.fail(r[target], QStringLiteral("\"%1\" is not an entity").arg(rel.target));
            if (rel.source == rel.target)
                rows.fail(r[target], QStringLiteral("a relation cannot join %1 to itself").arg(rel.source));
            if (!k->allows(kindOf[rel.source], kindOf[rel.target]))
                rows.fail(r[kind], QStringLiteral("%1 cannot go from a %2 to a %3")
                                       .arg(rel.kind, entityKindName(kindOf[rel.source]), entityKindName(kindOf[rel.target])));
            rel.interval = DateInterval(rows.date(r, start), rows.date(r, end));
            if (!rel.interval.isValid())
                rows.fail(r[end], QStringLiteral("end %1 is before start %2").arg(rel.interval.end().toString(), rel.interval.start().toString()));
            rel.attributes = parseAttributes(rows, r[attributes]);
            rel.sources = checkSources(rows, r[sources], true);
            rel.note = r[note].text.trimmed();
            batch.relations << rel;
        }
    }
    return batch;
}

WriteBatch DefaultDatasetBuilder::build(const QString& tablesDir, const QString& outFile)
{
    WriteBatch batch = readTables(tablesDir);
    const QString temp = outFile + QStringLiteral(".building");
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));
    {
        auto store = SqliteProjectStore::create(temp);
        store->write(batch);
        store->setMetadata(QStringLiteral("title"), QStringLiteral("Entente default dataset"));
        // The first screen: the hand-curated core (entities.csv), not thousands of derived
        // rows at once; everything else is a search or a filter away.
        const CsvReader::Table curated = CsvReader::readFile(QDir(tablesDir).filePath(QStringLiteral("entities.csv")));
        const int idColumn = curated.requireColumn(QStringLiteral("id"));
        QJsonArray ids;
        for (const auto& row : curated.rows)
            ids.append(row[idColumn].text.trimmed());
        SavedView overview;
        overview.name = QStringLiteral("Overview");
        overview.payload = QJsonDocument(QJsonObject{{"title", "Overview: organisations, treaties, mechanisms and the states around them"},
                                                     {"entities", ids}})
                               .toJson(QJsonDocument::Compact);
        store->saveView(overview);
        store->finishForDistribution();
    }
    QFile::remove(outFile);
    if (!QFile::rename(temp, outFile))
        throw FormatError(outFile, 0, 0, QStringLiteral("cannot write the output file"));
    return batch;
}

} // namespace entente
