#include "graphmlreader.h"

#include "importbuilder.h"
#include "valueparser.h"
#include "xmlinput.h"

#include <QHash>
#include <unordered_map>
#include <vector>

namespace entente {

namespace {

/** One <key>: what a <data key="…"> means in a domain (node, edge, all…). */
struct Key
{
    QString id;
    QString domain;
    QString name;
    QString type;
    std::optional<QString> defaultValue;
    bool graphics = false; ///< yFiles drawing data: read for labels and geometry, not kept
    bool plainText = true; ///< attr.type "string": the text is the value, nothing to parse
};

/** Hashes keys by their text, so a <data key="…"> finds its key without copying the id. */
struct KeyIdHash
{
    using is_transparent = void;
    size_t operator()(QStringView id) const { return qHash(id); }
    size_t operator()(const QString& id) const { return qHash(QStringView(id)); }
};

struct KeyIdEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const { return a == b; }
};

/** What a yFiles graphics <data> block says about its node or edge. */
struct Graphics
{
    QString label;
    std::optional<QPointF> centre;
    QString fill;
};

/** The state of reading one GraphML file: the keys and the builder. */
class GraphmlParse
{
public:
    GraphmlParse(XmlInput& in, ImportBuilder& builder) : m_in(in), m_builder(builder) {}

    void document()
    {
        while (m_in.next() != QXmlStreamReader::StartElement)
            if (m_in.tokenType() == QXmlStreamReader::EndDocument)
                m_in.fail(QStringLiteral("no XML element; expected a GraphML document"));
        if (m_in.name() != u"graphml")
            m_in.fail(QStringLiteral(
                          "<%1> is not a GraphML document; expected <graphml> as the root element")
                          .arg(m_in.qualifiedName()));
        bool sawGraph = false;
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"key") {
                key();
            } else if (name == u"graph") {
                graph(QString());
                sawGraph = true;
            } else {
                m_in.skipElement();
            }
        }
        if (!sawGraph)
            m_in.fail(
                QStringLiteral("the document has no <graph>; expected <graph> inside <graphml>"));
        if (m_undeclared > 0)
            m_builder.warn(
                QStringLiteral(
                    "%1: %2 <data> elements name keys that are not declared; kept as text")
                    .arg(m_in.file())
                    .arg(m_undeclared));
    }

private:
    ImportBuilder::Location here() const { return {QString(), m_in.line(), m_in.column()}; }

    void key()
    {
        Key k;
        k.id = m_in.attribute("id").toString();
        if (k.id.isEmpty())
            m_in.fail(QStringLiteral("a <key> without an id; expected id=\"…\""));
        k.domain = m_in.attribute("for").toString();
        if (k.domain.isEmpty())
            k.domain = QStringLiteral("all");
        k.name = m_in.attribute("attr.name").toString();
        if (k.name.isEmpty())
            k.name = k.id;
        k.type = m_in.attribute("attr.type").toString();
        if (k.type.isEmpty())
            k.type = QStringLiteral("string");
        k.plainText = k.type.compare(QLatin1String("string"), Qt::CaseInsensitive) == 0;
        k.graphics = m_in.hasAttribute("yfiles.type");
        if (m_in.hasAttributeInNamespace(u"attr.uri", u"yworks"))
            k.graphics = true;
        while (m_in.nextChild()) {
            if (m_in.name() == u"default" && !k.graphics)
                k.defaultValue = m_in.readText();
            else
                m_in.skipElement();
        }
        m_keys[k.id].push_back(k);
        m_defaultsReady = false;
    }

    const Key* findKey(QStringView id, QStringView domain) const
    {
        const auto it = m_keys.find(id);
        if (it == m_keys.end())
            return nullptr;
        for (const Key& k : it->second)
            if (k.domain == domain)
                return &k;
        for (const Key& k : it->second)
            if (k.domain == u"all")
                return &k;
        return nullptr;
    }

    /** Adds the defaults of the domain's keys that the record's data did not set. */
    void applyDefaults(QStringView domain, QVariantMap& attributes)
    {
        if (!m_defaultsReady) {
            m_nodeDefaults.clear();
            m_edgeDefaults.clear();
            for (const auto& [id, keys] : m_keys)
                for (const Key& k : keys) {
                    if (!k.defaultValue || k.graphics)
                        continue;
                    const auto typed = ValueParser::typed(*k.defaultValue, k.type);
                    const QVariant value = typed ? *typed : QVariant(*k.defaultValue);
                    if (k.domain == u"node" || k.domain == u"all")
                        m_nodeDefaults.insert(k.name, value);
                    if (k.domain == u"edge" || k.domain == u"all")
                        m_edgeDefaults.insert(k.name, value);
                }
            m_defaultsReady = true;
        }
        const QVariantMap& defaults = domain == u"node" ? m_nodeDefaults : m_edgeDefaults;
        for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
            if (!attributes.contains(it.key()))
                attributes.insert(it.key(), it.value());
    }

    void graph(const QString& parent)
    {
        const bool directed = m_in.attribute("edgedefault") != u"undirected";
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"node") {
                node(parent);
            } else if (name == u"edge") {
                edge(directed);
            } else if (name == u"hyperedge") {
                m_builder.skip(here(),
                               QStringLiteral("a <hyperedge> (joining more than two nodes) has no "
                                              "counterpart in Entente"));
                m_in.skipElement();
            } else {
                m_in.skipElement();
            }
        }
    }

    /** What a <data> holds: its own text, or structured (yFiles drawing) content. */
    struct DataContent
    {
        QString text;
        bool structured = false;
        Graphics graphics;
    };

    /** Reads a <data> to its end tag, picking label text, geometry and fill from any depth. */
    DataContent dataContent()
    {
        DataContent c;
        Graphics& g = c.graphics;
        int depth = 1;
        int labelDepth = 0;
        QString label;
        while (depth > 0) {
            switch (m_in.next()) {
            case QXmlStreamReader::StartElement: {
                ++depth;
                c.structured = true;
                const QStringView name = m_in.name();
                if (labelDepth == 0 &&
                    (name == u"NodeLabel" || name == u"EdgeLabel" || name == u"Label.Text")) {
                    labelDepth = depth;
                    label.clear();
                } else if (!g.centre && (name == u"Geometry" || name == u"RectD")) {
                    const bool upper = name == u"RectD";
                    const double x = m_in.attribute(upper ? "X" : "x").toDouble();
                    const double y = m_in.attribute(upper ? "Y" : "y").toDouble();
                    const double w = m_in.attribute(upper ? "Width" : "width").toDouble();
                    const double h = m_in.attribute(upper ? "Height" : "height").toDouble();
                    g.centre = QPointF(x + w / 2, y + h / 2);
                } else if (g.fill.isEmpty() && name == u"Fill") {
                    if (const auto colour = ValueParser::parseColour(m_in.attribute("color")))
                        g.fill = *colour;
                }
                break;
            }
            case QXmlStreamReader::EndElement:
                if (depth == labelDepth) {
                    labelDepth = 0;
                    // yEd labels break lines for the drawing; a name is one line.
                    if (g.label.isEmpty())
                        g.label = label.simplified();
                }
                --depth;
                break;
            case QXmlStreamReader::Characters:
                if (depth == 1)
                    c.text += m_in.text();
                else if (labelDepth > 0)
                    label += m_in.text();
                break;
            case QXmlStreamReader::EndDocument:
                return c;
            default:
                break;
            }
        }
        return c;
    }

    /**
     * Reads a <data>: plain text into `attributes`, drawing data into `g`. `ownerId` (a node's
     * or edge's id, or its endpoints) names the record in a warning; it is only formatted then.
     */
    void data(QStringView domain, QVariantMap& attributes, Graphics& g, const QString& ownerId)
    {
        // The key id is looked up in place; it is only copied (before the reader moves on)
        // when no key declares it.
        const QStringView keyView = m_in.attribute("key");
        const Key* k = findKey(keyView, domain);
        const QString undeclaredId = k ? QString() : keyView.toString();
        const int line = m_in.line();
        const DataContent c = dataContent();
        if ((k && k->graphics) || c.structured) {
            if (g.label.isEmpty())
                g.label = c.graphics.label;
            if (!g.centre)
                g.centre = c.graphics.centre;
            if (g.fill.isEmpty())
                g.fill = c.graphics.fill;
            return;
        }
        if (!k) {
            ++m_undeclared;
            attributes.insert(undeclaredId, c.text);
            return;
        }
        if (k->plainText) {
            attributes.insert(k->name, c.text);
            return;
        }
        const auto typed = ValueParser::typed(c.text, k->type);
        if (!typed)
            m_builder.warn(
                QStringLiteral("%1:%2: %3 \"%4\": \"%5\" = \"%6\" is not of type %7; kept as text")
                    .arg(m_in.file())
                    .arg(line)
                    .arg(domain.toString(), ownerId, k->name, c.text, k->type));
        attributes.insert(k->name, typed ? *typed : QVariant(c.text));
    }

    void node(const QString& parent)
    {
        ImportBuilder::Node n;
        n.at = here();
        n.id = m_in.attribute("id").toString();
        if (n.id.isEmpty())
            m_in.fail(QStringLiteral("a <node> without an id; expected id=\"…\""));
        Graphics g;
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"data")
                data(u"node", n.attributes, g, n.id);
            else if (name == u"graph")
                graph(n.id);
            else
                m_in.skipElement();
        }
        applyDefaults(u"node", n.attributes);
        if (!g.label.isEmpty() && !n.attributes.contains(QStringLiteral("label")))
            n.attributes.insert(QStringLiteral("label"), g.label);
        if (!parent.isEmpty())
            n.attributes.insert(QStringLiteral("parent"), parent);
        n.position = g.centre;
        n.colour = g.fill;
        m_builder.addNode(n);
    }

    void edge(bool graphDirected)
    {
        ImportBuilder::Edge e;
        e.at = here();
        e.id = m_in.attribute("id").toString();
        e.source = m_in.attribute("source").toString();
        e.target = m_in.attribute("target").toString();
        if (e.source.isEmpty() || e.target.isEmpty())
            m_in.fail(
                QStringLiteral(
                    "an <edge> without a %1; expected source=\"…\" and target=\"…\" naming nodes")
                    .arg(e.source.isEmpty() ? QStringLiteral("source") : QStringLiteral("target")));
        const QStringView directed = m_in.attribute("directed");
        e.directed = directed.isNull() ? graphDirected : directed == u"true" || directed == u"1";
        Graphics g;
        while (m_in.nextChild()) {
            if (m_in.name() == u"data")
                data(u"edge", e.attributes, g, e.id.isEmpty() ? e.source + u'-' + e.target : e.id);
            else
                m_in.skipElement();
        }
        applyDefaults(u"edge", e.attributes);
        if (!g.label.isEmpty() && !e.attributes.contains(QStringLiteral("label")))
            e.attributes.insert(QStringLiteral("label"), g.label);
        m_builder.addEdge(std::move(e));
    }

    XmlInput& m_in;
    ImportBuilder& m_builder;
    std::unordered_map<QString, std::vector<Key>, KeyIdHash, KeyIdEqual> m_keys;
    bool m_defaultsReady = false;
    QVariantMap m_nodeDefaults;
    QVariantMap m_edgeDefaults;
    int m_undeclared = 0;
};

} // namespace

ImportResult GraphmlReader::read(const QString& path, const RelationKindVocabulary& vocabulary,
                                 ProgressReporter* progress)
{
    return XmlInput::readFast([&](XmlInput::Path how) {
        XmlInput in(path, QStringLiteral("a GraphML document"), progress, how);
        ImportBuilder builder(path, vocabulary);
        GraphmlParse(in, builder).document();
        return builder.finish();
    });
}

} // namespace entente
