#include "diagramcommand.h"

#include "export/offscreendiagram.h"
#include "export/slidedeck.h"
#include "style/theme.h"

namespace entente {

bool DiagramCommand::applyTheme(const QString& name, QTextStream& err)
{
    Theme::Id id = Theme::Id::Light;
    if (!name.isEmpty() && !Theme::fromName(name, &id)) {
        err << "entente-cli: --theme: \"" << name << "\" is not light, dark or print\n";
        return false;
    }
    Theme::setCurrent(id);
    return true;
}

bool DiagramCommand::draw(std::shared_ptr<const KnowledgeGraph> graph, std::vector<int> vertices,
                          const FilterCriteria& filter, const DiagramOptions& options,
                          DiagramWriter::Format format, const QString& out, QString* error)
{
    OffscreenDiagram diagram;
    diagram.show(std::move(graph), std::move(vertices), filter);
    diagram.layOut();
    return DiagramWriter::write(diagram.renderer(), options, format, out, error);
}

QStringList DiagramCommand::deck(std::shared_ptr<const KnowledgeGraph> graph,
                                 const QList<SavedView>& views, const DiagramOptions& options,
                                 DiagramWriter::Format format, const QString& out, QString* error)
{
    QList<Slide> slides;
    for (const SavedView& v : views) {
        Slide s = Slide::fromPayload(v.payload);
        if (s.title.isEmpty())
            s.title = v.name;
        slides << s;
    }
    SlideDeck deck(std::move(graph), slides);
    if (format != DiagramWriter::Format::Pdf)
        return deck.writeFiles(out, format, options, error);
    return deck.writePdf(out, options, error) ? QStringList{out} : QStringList{};
}

} // namespace entente
