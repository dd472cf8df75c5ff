#include "jsongraphreader.h"

#include "core/progressreporter.h"
#include "csvreader.h"
#include "formaterror.h"
#include "importbuilder.h"
#include "importcancelled.h"
#include "jsonparser.h"

#include <QFile>
#include <QSet>

namespace entente {

namespace {

using Value = JsonParser::Value;

/** Turns byte offsets into line and column, cheaply for offsets met in file order. */
class Locator
{
public:
    explicit Locator(const QByteArray& bytes) : m_bytes(bytes) { rewind(); }

    std::pair<int, int> at(qsizetype offset)
    {
        if (offset < m_offset)
            rewind(); // out of order (edges before nodes): start again, then go on in order
        for (; m_offset < offset && m_offset < m_bytes.size(); ++m_offset) {
            const unsigned char c = static_cast<unsigned char>(m_bytes[m_offset]);
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((c & 0xc0) != 0x80) {
                ++m_column;
            }
        }
        return {m_line, m_column};
    }

private:
    void rewind()
    {
        m_offset = m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        m_line = 1;
        m_column = 1;
    }

    const QByteArray& m_bytes;
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

/** The state of reading one JSON graph: the text, the builder and positions. */
class JsonParse
{
public:
    JsonParse(const QByteArray& bytes, const QString& file, ImportBuilder& builder, ProgressReporter* progress)
        : m_bytes(bytes), m_file(file), m_builder(builder), m_progress(progress), m_locator(bytes)
    {
    }

    void document(const Value& root)
    {
        if (root.isArray()) {
            elements(root.items);
            return;
        }
        if (root.isObject()) {
            if (const Value* elements = root.member(u"elements")) {
                cytoscape(*elements);
                return;
            }
            const Value* nodes = root.member(u"nodes");
            if (nodes && nodes->isArray()) {
                const bool cytoscapeStyle = !nodes->items.empty() && nodes->items.front().member(u"data") &&
                                            nodes->items.front().member(u"data")->isObject();
                if (cytoscapeStyle)
                    cytoscape(root);
                else
                    nodeLink(root);
                return;
            }
        }
        fail(root.offset, QStringLiteral("expected a node-link graph ({\"nodes\": […], \"links\": […]}) or "
                                         "Cytoscape.js JSON ({\"elements\": …})"));
    }

private:
    [[noreturn]] void fail(qsizetype offset, const QString& message) const
    {
        const auto [line, column] = JsonParser::position(m_bytes, offset);
        throw FormatError(m_file, line, column, message);
    }

    ImportBuilder::Location at(qsizetype offset)
    {
        const auto [line, column] = m_locator.at(offset);
        return {QString(), line, column};
    }

    void progress(qsizetype offset)
    {
        if ((++m_records & 0x3fff) == 0 && !reportProgress(m_progress, offset, m_bytes.size()))
            throw ImportCancelled();
    }

    /** A node id from a string or a number; anything else is an error at the value. */
    QString idOf(const Value& v, const QString& what) const
    {
        if (v.isString() || v.isNumber())
            return v.text();
        fail(v.offset, QStringLiteral("%1 is not a string or a number; expected a node id").arg(what));
    }

    // ---- node-link (d3, NetworkX) ---------------------------------------------------------

    void nodeLink(const Value& root)
    {
        // NetworkX says whether the graph is directed; d3 examples are undirected ties.
        const Value* directed = root.member(u"directed");
        m_builder.setDefaultDirected(directed && directed->type == Value::Type::Bool && directed->boolean);
        const Value& nodes = *root.member(u"nodes");
        bool byId = true;
        for (const Value& n : nodes.items) {
            if (!n.isObject())
                fail(n.offset, QStringLiteral("a node that is not an object; expected {\"id\": …}"));
            if (!n.member(u"id"))
                byId = false;
        }
        QStringList indexIds;
        for (size_t i = 0; i < nodes.items.size(); ++i) {
            const Value& n = nodes.items[i];
            ImportBuilder::Node node;
            node.at = at(n.offset);
            node.id = byId ? idOf(*n.member(u"id"), QStringLiteral("the node's \"id\"")) : QString::number(i);
            for (size_t k = 0; k < n.keys.size(); ++k) {
                const QString& key = n.keys[k];
                // Simulation state that d3 adds to nodes is not data.
                if (key == u"id" || key == u"index" || key == u"vx" || key == u"vy" || key == u"fx" || key == u"fy")
                    continue;
                node.attributes.insert(key, n.items[k].toVariant());
            }
            indexIds << node.id;
            m_builder.addNode(node);
            progress(n.offset);
        }
        const Value* links = root.member(u"links");
        if (!links)
            links = root.member(u"edges");
        if (!links)
            return;
        if (!links->isArray())
            fail(links->offset, QStringLiteral("\"links\" is not an array; expected [{\"source\": …, \"target\": …}]"));
        for (const Value& l : links->items) {
            if (!l.isObject())
                fail(l.offset, QStringLiteral("a link that is not an object; expected {\"source\": …, \"target\": …}"));
            ImportBuilder::Edge edge;
            edge.at = at(l.offset);
            const Value* source = l.member(u"source");
            const Value* target = l.member(u"target");
            if (!source || !target)
                fail(l.offset, QStringLiteral("a link without \"%1\"; expected \"source\" and \"target\"")
                                   .arg(source ? QStringLiteral("target") : QStringLiteral("source")));
            edge.source = endpoint(*source, byId, indexIds);
            edge.target = endpoint(*target, byId, indexIds);
            edge.sourceAt = at(source->offset);
            edge.targetAt = at(target->offset);
            if (const Value* id = l.member(u"id"); id && (id->isString() || id->isNumber()))
                edge.id = id->text();
            for (size_t k = 0; k < l.keys.size(); ++k) {
                const QString& key = l.keys[k];
                if (key == u"source" || key == u"target" || key == u"id" || key == u"index")
                    continue;
                edge.attributes.insert(key, l.items[k].toVariant());
            }
            m_builder.addEdge(std::move(edge));
            progress(l.offset);
        }
    }

    /** A link end: an id, an index into the nodes, or (after a d3 simulation) the node itself. */
    QString endpoint(const Value& v, bool byId, const QStringList& indexIds) const
    {
        if (v.isObject()) {
            if (const Value* id = v.member(u"id"))
                return idOf(*id, QStringLiteral("the linked node's \"id\""));
            if (const Value* index = v.member(u"index"))
                return endpoint(*index, false, indexIds);
            fail(v.offset, QStringLiteral("a linked node without \"id\" or \"index\""));
        }
        if (v.isNumber() && !byId) {
            if (!v.integral || v.integer < 0 || v.integer >= indexIds.size())
                fail(v.offset, QStringLiteral("link end %1 is not the index of a node; expected 0 to %2")
                                   .arg(v.text())
                                   .arg(indexIds.size() - 1));
            return indexIds.at(static_cast<qsizetype>(v.integer));
        }
        return idOf(v, QStringLiteral("a link end"));
    }

    // ---- Cytoscape.js -----------------------------------------------------------------------

    void cytoscape(const Value& elements)
    {
        m_builder.setDefaultDirected(true);
        if (elements.isArray()) {
            this->elements(elements.items);
            return;
        }
        if (!elements.isObject())
            fail(elements.offset, QStringLiteral("\"elements\" is neither an array nor {\"nodes\": […], \"edges\": […]}"));
        for (const char16_t* group : {u"nodes", u"edges"}) {
            const Value* list = elements.member(group);
            if (!list)
                continue;
            if (!list->isArray())
                fail(list->offset, QStringLiteral("\"%1\" is not an array").arg(QStringView(group)));
            for (const Value& e : list->items)
                element(e, QStringView(group) == u"edges" ? Group::Edge : Group::Node);
        }
    }

    enum class Group { Unknown, Node, Edge };

    void elements(const std::vector<Value>& items)
    {
        for (const Value& e : items)
            element(e, Group::Unknown);
    }

    void element(const Value& e, Group group)
    {
        const Value* data = e.member(u"data");
        if (!data || !data->isObject())
            fail(e.offset, QStringLiteral("a Cytoscape element without a \"data\" object; expected {\"data\": "
                                          "{\"id\": …}}"));
        if (group == Group::Unknown) {
            const Value* g = e.member(u"group");
            if (g && g->isString() && g->string == u"edges")
                group = Group::Edge;
            else if (g && g->isString() && g->string == u"nodes")
                group = Group::Node;
            else
                group = data->member(u"source") && data->member(u"target") ? Group::Edge : Group::Node;
        }
        if (group == Group::Node) {
            ImportBuilder::Node node;
            node.at = at(e.offset);
            const Value* id = data->member(u"id");
            if (!id)
                fail(data->offset, QStringLiteral("a Cytoscape node without \"id\" in its data"));
            node.id = idOf(*id, QStringLiteral("the node's \"id\""));
            for (size_t k = 0; k < data->keys.size(); ++k)
                if (data->keys[k] != u"id")
                    node.attributes.insert(data->keys[k], data->items[k].toVariant());
            if (const Value* p = e.member(u"position"); p && p->isObject()) {
                const Value* x = p->member(u"x");
                const Value* y = p->member(u"y");
                if (x && y && x->isNumber() && y->isNumber())
                    node.position = QPointF(x->number, y->number);
            }
            m_builder.addNode(node);
        } else {
            ImportBuilder::Edge edge;
            edge.at = at(e.offset);
            const Value* source = data->member(u"source");
            const Value* target = data->member(u"target");
            if (!source || !target)
                fail(data->offset, QStringLiteral("a Cytoscape edge without \"%1\" in its data")
                                       .arg(source ? QStringLiteral("target") : QStringLiteral("source")));
            edge.source = idOf(*source, QStringLiteral("the edge's \"source\""));
            edge.target = idOf(*target, QStringLiteral("the edge's \"target\""));
            edge.sourceAt = at(source->offset);
            edge.targetAt = at(target->offset);
            if (const Value* id = data->member(u"id"); id && (id->isString() || id->isNumber()))
                edge.id = id->text();
            for (size_t k = 0; k < data->keys.size(); ++k) {
                const QString& key = data->keys[k];
                if (key != u"id" && key != u"source" && key != u"target")
                    edge.attributes.insert(key, data->items[k].toVariant());
            }
            m_builder.addEdge(std::move(edge));
        }
        progress(e.offset);
    }

    const QByteArray& m_bytes;
    const QString& m_file;
    ImportBuilder& m_builder;
    ProgressReporter* m_progress;
    Locator m_locator;
    qint64 m_records = 0;
};

} // namespace

ImportResult JsonGraphReader::read(const QString& path, const RelationKindVocabulary& vocabulary,
                                   ProgressReporter* progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw FormatError(path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    if (f.size() > MaxBytes)
        throw FormatError(path, 0, 0, QStringLiteral("the file is %1 MiB; JSON graphs are read whole and limited "
                                                     "to %2 MiB (use GraphML, which is streamed)")
                                          .arg(f.size() / (1024 * 1024))
                                          .arg(MaxBytes / (1024 * 1024)));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        throw FormatError(path, 1, 1, QStringLiteral("the file is empty; expected a JSON graph"));
    if (const auto bad = CsvReader::findInvalidUtf8(bytes))
        throw FormatError(path, bad->first, bad->second,
                          QStringLiteral("invalid UTF-8 byte sequence; expected UTF-8, as JSON requires (save "
                                         "the file as UTF-8)"));
    const JsonParser::Value root = JsonParser::parse(bytes, path);
    if (!reportProgress(progress, bytes.size() / 2, bytes.size()))
        throw ImportCancelled();
    ImportBuilder builder(path, vocabulary);
    JsonParse(bytes, path, builder, progress).document(root);
    ImportResult result = builder.finish();
    reportProgress(progress, bytes.size(), bytes.size());
    return result;
}

} // namespace entente
