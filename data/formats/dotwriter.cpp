#include "dotwriter.h"

#include "attributecolumns.h"
#include "exportoptions.h"
#include "exportstyle.h"
#include "graphsnapshot.h"

#include <QIODevice>
#include <QTextStream>

namespace entente {

namespace {

/** `name=value` pairs of one statement, written as [a="x", b="y"]. */
class DotAttributes
{
public:
    void add(const QString& name, const QString& value)
    {
        if (!value.isEmpty())
            m_parts << DotWriter::quoted(name) + u'=' + DotWriter::quoted(value);
    }
    QString text() const { return m_parts.isEmpty() ? QString() : QStringLiteral(" [") + m_parts.join(QStringLiteral(", ")) + u']'; }

private:
    QStringList m_parts;
};

void addAttributes(DotAttributes& out, const QVariantMap& attributes)
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        out.add(QStringLiteral("attr:") + it.key(), AttributeColumns::text(it.value()));
}

} // namespace

QString DotWriter::quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\').append(c);
        else if (c == u'\n')
            out.append(QStringLiteral("\\n"));
        else if (c == u'\r')
            continue;
        else
            out.append(c);
    }
    out.append(u'"');
    return out;
}

void DotWriter::write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options)
{
    QTextStream out(&device);
    out.setEncoding(QStringConverter::Utf8);
    const QString title = options.title.isEmpty() ? QStringLiteral("Entente") : options.title;
    out << "// Written by Entente. Render with: dot -Tsvg file.dot > file.svg\n";
    out << "digraph " << quoted(title) << " {\n";
    out << "  graph [label=" << quoted(title) << ", labelloc=\"t\", fontname=\"Helvetica\", overlap=\"false\", "
           "splines=\"true\"];\n";
    out << "  node [shape=\"box\", style=\"rounded,filled\", fontname=\"Helvetica\", fontcolor=\"#FFFFFF\"];\n";
    out << "  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n";
    for (const Entity& e : snapshot.entities) {
        DotAttributes a;
        a.add(QStringLiteral("label"), e.name);
        a.add(QStringLiteral("fillcolor"), ExportStyle::kindColour(e.kind));
        a.add(QStringLiteral("color"), ExportStyle::kindColour(e.kind));
        a.add(QStringLiteral("kind"), entityKindName(e.kind));
        a.add(QStringLiteral("category"), e.category);
        a.add(QStringLiteral("aliases"), e.aliases.join(u'|'));
        a.add(QStringLiteral("description"), e.description);
        a.add(QStringLiteral("region"), e.region);
        a.add(QStringLiteral("country"), e.country);
        a.add(QStringLiteral("start"), e.existence.start().toString());
        a.add(QStringLiteral("end"), e.existence.end().toString());
        a.add(QStringLiteral("sources"), e.sources.join(u'|'));
        if (const auto p = options.positions.constFind(e.id); p != options.positions.cend())
            a.add(QStringLiteral("pos"), QStringLiteral("%1,%2").arg(p->x(), 0, 'f', 2).arg(-p->y(), 0, 'f', 2));
        addAttributes(a, e.attributes);
        out << "  " << quoted(e.id) << a.text() << ";\n";
    }
    for (const Relation& r : snapshot.relations) {
        const RelationKind* kind = snapshot.vocabulary.find(r.kind);
        DotAttributes a;
        a.add(QStringLiteral("id"), r.id);
        a.add(QStringLiteral("label"), kind ? kind->label : r.kind);
        a.add(QStringLiteral("color"), kind ? kind->colour : QString());
        a.add(QStringLiteral("fontcolor"), kind ? kind->colour : QString());
        if (kind && !kind->directed)
            a.add(QStringLiteral("dir"), QStringLiteral("none"));
        a.add(QStringLiteral("kind"), r.kind);
        a.add(QStringLiteral("start"), r.interval.start().toString());
        a.add(QStringLiteral("end"), r.interval.end().toString());
        a.add(QStringLiteral("note"), r.note);
        a.add(QStringLiteral("sources"), r.sources.join(u'|'));
        addAttributes(a, r.attributes);
        out << "  " << quoted(r.source) << " -> " << quoted(r.target) << a.text() << ";\n";
    }
    out << "}\n";
    out.flush();
}

} // namespace entente
