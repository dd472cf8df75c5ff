#include "gexfreader.h"

#include "importbuilder.h"
#include "valueparser.h"
#include "xmlinput.h"

#include <QHash>

namespace entente {

namespace {

/** One <attribute> of an <attributes class="node|edge"> block. */
struct AttributeDeclaration
{
    QString title;
    QString type;
    std::optional<QString> defaultValue;
};

/** The state of reading one GEXF file: the declarations met so far and the builder. */
class GexfParse
{
public:
    GexfParse(XmlInput& in, ImportBuilder& builder) : m_in(in), m_builder(builder) {}

    void document()
    {
        while (m_in.next() != QXmlStreamReader::StartElement)
            if (m_in.tokenType() == QXmlStreamReader::EndDocument)
                m_in.fail(QStringLiteral("no XML element; expected a GEXF document"));
        if (m_in.name() != u"gexf")
            m_in.fail(
                QStringLiteral("<%1> is not a GEXF document; expected <gexf> as the root element")
                    .arg(m_in.qualifiedName()));
        bool sawGraph = false;
        while (m_in.nextChild()) {
            if (m_in.name() == u"graph") {
                graph();
                sawGraph = true;
            } else {
                m_in.skipElement();
            }
        }
        if (!sawGraph)
            m_in.fail(
                QStringLiteral("the document has no <graph>; expected <graph> inside <gexf>"));
        if (m_dynamicValues > 0)
            m_builder.warn(
                QStringLiteral("%1: %2 attribute values change over time; the last value of each "
                               "was kept")
                    .arg(m_in.file())
                    .arg(m_dynamicValues));
    }

private:
    ImportBuilder::Location here() const { return {QString(), m_in.line(), m_in.column()}; }

    void graph()
    {
        const QStringView edgeType = m_in.attribute("defaultedgetype");
        m_builder.setDefaultDirected(edgeType != u"undirected" && edgeType != u"mutual");
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"attributes")
                attributes();
            else if (name == u"nodes")
                nodes(QString());
            else if (name == u"edges")
                edges();
            else
                m_in.skipElement();
        }
    }

    void attributes()
    {
        auto& target = m_in.attribute("class") == u"edge" ? m_edgeAttributes : m_nodeAttributes;
        while (m_in.nextChild()) {
            if (m_in.name() != u"attribute") {
                m_in.skipElement();
                continue;
            }
            const QString id = m_in.attribute("id").toString();
            AttributeDeclaration d;
            d.title = m_in.attribute("title").toString();
            if (d.title.isEmpty())
                d.title = id;
            d.type = m_in.attribute("type").toString();
            if (d.type.isEmpty())
                d.type = QStringLiteral("string");
            while (m_in.nextChild()) {
                if (m_in.name() == u"default")
                    d.defaultValue = m_in.readText();
                else
                    m_in.skipElement();
            }
            if (!target.contains(id))
                m_order[&target == &m_edgeAttributes] << id;
            target.insert(id, d);
        }
    }

    /** A date of a spell or a start/end attribute; warns and gives null when unreadable. */
    PartialDate date(QStringView text, const QString& owner)
    {
        if (text.isNull())
            return {};
        const auto d = ValueParser::parseDate(text);
        if (!d) {
            m_builder.warn(QStringLiteral("%1:%2: %3: \"%4\" is not a date or a year; left out")
                               .arg(m_in.file())
                               .arg(m_in.line())
                               .arg(owner, text.toString()));
            return {};
        }
        return *d;
    }

    /** Bounds of the current element: start/startopen, end/endopen, or a timestamp (also
     *  found under `timestampAttribute`, as <timestamp value="…"> has it). */
    std::optional<DateInterval> bounds(const QString& owner,
                                       const char* timestampAttribute = nullptr)
    {
        QStringView start = m_in.attribute("start");
        if (start.isNull())
            start = m_in.attribute("startopen");
        QStringView end = m_in.attribute("end");
        if (end.isNull())
            end = m_in.attribute("endopen");
        QStringView stamp = m_in.attribute("timestamp");
        if (stamp.isNull() && timestampAttribute)
            stamp = m_in.attribute(timestampAttribute);
        if (!stamp.isNull() && start.isNull() && end.isNull()) {
            const PartialDate t = date(stamp, owner);
            return DateInterval(t, t);
        }
        if (start.isNull() && end.isNull())
            return std::nullopt;
        return DateInterval(date(start, owner), date(end, owner));
    }

    void spells(QList<DateInterval>& out, const QString& owner)
    {
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"spell") {
                if (const auto b = bounds(owner))
                    out << *b;
            } else if (name == u"timestamp") {
                if (const auto b = bounds(owner, "value"))
                    out << *b;
            }
            m_in.skipElement();
        }
    }

    /** Reads <attvalues> into id → text, the last value winning when values change over time. */
    void attvalues(QHash<QString, QString>& values)
    {
        while (m_in.nextChild()) {
            if (m_in.name() == u"attvalue") {
                QStringView id = m_in.attribute("for");
                if (id.isNull())
                    id = m_in.attribute("id"); // GEXF 1.0
                const QString key = id.toString();
                if (values.contains(key))
                    ++m_dynamicValues;
                values.insert(key, m_in.attribute("value").toString());
            }
            m_in.skipElement();
        }
    }

    void applyAttributes(const QHash<QString, AttributeDeclaration>& declarations,
                         const QStringList& order, const QHash<QString, QString>& values,
                         QVariantMap& into, const QString& owner)
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (!declarations.contains(it.key()))
                into.insert(it.key(), it.value()); // undeclared: keep as text under its id
        for (const QString& id : order) {
            const AttributeDeclaration& d = declarations[id];
            const auto v = values.constFind(id);
            if (v == values.cend() && !d.defaultValue)
                continue;
            const QString text = v != values.cend() ? *v : *d.defaultValue;
            const auto typed = ValueParser::typed(text, d.type);
            if (!typed)
                m_builder.warn(
                    QStringLiteral("%1:%2: %3: \"%4\" = \"%5\" is not of type %6; kept as text")
                        .arg(m_in.file())
                        .arg(m_in.line())
                        .arg(owner, d.title, text, d.type));
            into.insert(d.title, typed ? *typed : QVariant(text));
        }
    }

    void colour(QString& out)
    {
        const QStringView hex = m_in.attribute("hex");
        if (!hex.isNull()) {
            if (const auto c = ValueParser::parseColour(hex))
                out = *c;
            return;
        }
        out = ValueParser::colour(m_in.attribute("r").toInt(), m_in.attribute("g").toInt(),
                                  m_in.attribute("b").toInt());
    }

    void nodes(const QString& parent)
    {
        while (m_in.nextChild()) {
            if (m_in.name() == u"node")
                node(parent);
            else
                m_in.skipElement();
        }
    }

    void node(const QString& parent)
    {
        ImportBuilder::Node n;
        n.at = here();
        n.id = m_in.attribute("id").toString();
        if (n.id.isEmpty())
            m_in.fail(QStringLiteral("a <node> without an id; expected id=\"…\""));
        const QString owner = QStringLiteral("node \"%1\"").arg(n.id);
        // Attribute views die with the token: copy what is needed after the children.
        const QString label = m_in.attribute("label").toString();
        const bool hasLabel = m_in.hasAttribute("label");
        QString parentId = parent;
        if (const QStringView pid = m_in.attribute("pid"); !pid.isEmpty())
            parentId = pid.toString();
        if (const auto b = bounds(owner))
            n.spells << *b;
        QHash<QString, QString> values;
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"attvalues") {
                attvalues(values);
            } else if (name == u"spells" || name == u"timestamps") {
                spells(n.spells, owner);
            } else if (name == u"color") {
                colour(n.colour);
                m_in.skipElement();
            } else if (name == u"position") {
                n.position =
                    QPointF(m_in.attribute("x").toDouble(), m_in.attribute("y").toDouble());
                m_in.skipElement();
            } else if (name == u"nodes") {
                nodes(n.id);
            } else if (name == u"parents") {
                while (m_in.nextChild()) {
                    if (m_in.name() == u"parent" && parentId.isEmpty())
                        parentId = m_in.attribute("for").toString();
                    m_in.skipElement();
                }
            } else {
                m_in.skipElement();
            }
        }
        applyAttributes(m_nodeAttributes, m_order[0], values, n.attributes, owner);
        if (hasLabel)
            n.attributes.insert(QStringLiteral("label"), label);
        if (!parentId.isEmpty())
            n.attributes.insert(QStringLiteral("parent"), parentId);
        m_builder.addNode(n);
    }

    void edges()
    {
        while (m_in.nextChild()) {
            if (m_in.name() == u"edge")
                edge();
            else
                m_in.skipElement();
        }
    }

    void edge()
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
        const QString owner =
            QStringLiteral("edge \"%1\"").arg(e.id.isEmpty() ? e.source + u'-' + e.target : e.id);
        if (const QStringView type = m_in.attribute("type"); !type.isEmpty())
            e.directed = type == u"directed";
        QVariantMap native;
        if (const QStringView label = m_in.attribute("label"); !label.isNull())
            native.insert(QStringLiteral("label"), label.toString());
        if (const QStringView kind = m_in.attribute("kind"); !kind.isNull())
            native.insert(QStringLiteral("kind"), kind.toString());
        if (const QStringView weight = m_in.attribute("weight"); !weight.isNull()) {
            const auto w = ValueParser::typed(weight.toString(), u"double");
            native.insert(QStringLiteral("weight"), w ? *w : QVariant(weight.toString()));
        }
        if (const auto b = bounds(owner))
            e.spells << *b;
        QHash<QString, QString> values;
        while (m_in.nextChild()) {
            const QStringView name = m_in.name();
            if (name == u"attvalues")
                attvalues(values);
            else if (name == u"spells" || name == u"timestamps")
                spells(e.spells, owner);
            else
                m_in.skipElement();
        }
        applyAttributes(m_edgeAttributes, m_order[1], values, e.attributes, owner);
        for (auto it = native.cbegin(); it != native.cend(); ++it)
            e.attributes.insert(it.key(), it.value());
        m_builder.addEdge(std::move(e));
    }

    XmlInput& m_in;
    ImportBuilder& m_builder;
    QHash<QString, AttributeDeclaration> m_nodeAttributes;
    QHash<QString, AttributeDeclaration> m_edgeAttributes;
    QStringList m_order[2]; ///< declaration order of node and edge attributes
    int m_dynamicValues = 0;
};

} // namespace

ImportResult GexfReader::read(const QString& path, const RelationKindVocabulary& vocabulary,
                              ProgressReporter* progress)
{
    return XmlInput::readFast([&](XmlInput::Path how) {
        XmlInput in(path, QStringLiteral("a GEXF document"), progress, how);
        ImportBuilder builder(path, vocabulary);
        GexfParse(in, builder).document();
        return builder.finish();
    });
}

} // namespace entente
