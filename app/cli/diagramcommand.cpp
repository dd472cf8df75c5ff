#include "diagramcommand.h"

#include "export/offscreendiagram.h"
#include "export/slidedeck.h"
#include "export/sourcefootnotes.h"
#include "graph/knowledgegraph.h"
#include "store/projectstore.h"
#include "style/theme.h"

#include <cmath>

namespace entente {

namespace {

// A 4× PNG of the largest frame would be 1.6 gigapixels; more than this is refused up front
// rather than failing to allocate halfway.
constexpr double MaxPngPixels = 16384.0 * 16384.0;

SlideDeck::Footnotes footnotesFrom(ProjectStore* store, const KnowledgeGraph* graph)
{
    if (!store)
        return {};
    return [store, graph](const std::vector<int>& relations) {
        return SourceFootnotes::lines(
            *graph, relations, [store](const QString& id) { return store->relation(id); },
            [store](const QStringList& keys) { return store->sources(keys); });
    };
}

} // namespace

int DiagramCommand::parseLength(const QString& option, const QString& value, QTextStream& err)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (ok && n >= MinLength && n <= MaxLength)
        return n;
    err << "entente-cli: " << option << ": \"" << value << "\" is not a number of pixels from "
        << MinLength << " to " << MaxLength << "\n";
    return 0;
}

bool DiagramCommand::setSize(int width, int height, DiagramOptions* options, QTextStream& err)
{
    if (width == 0 && height == 0)
        return true;
    const QSizeF frame = DiagramOptions::frameSize(options->frame);
    const double w = width ? width : std::round(height * frame.width() / frame.height());
    const double h = height ? height : std::round(width * frame.height() / frame.width());
    if (w < MinLength || h < MinLength || w > MaxLength || h > MaxLength) {
        err << "entente-cli: --width/--height: keeping the frame's shape gives " << w << " × " << h
            << ", outside " << MinLength << "–" << MaxLength
            << " pixels; give both --width and --height\n";
        return false;
    }
    if (w * h * options->scale * options->scale > MaxPngPixels) {
        err << "entente-cli: --width/--height: " << w << " × " << h << " at --scale "
            << options->scale << " is too large a picture; use a smaller size or scale\n";
        return false;
    }
    options->customSize = QSizeF(w, h);
    return true;
}

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
                          DiagramWriter::Format format, const QString& out, QString* error,
                          ProjectStore* footnotes)
{
    OffscreenDiagram diagram;
    const KnowledgeGraph* g = graph.get();
    diagram.show(std::move(graph), std::move(vertices), filter);
    diagram.layOut();
    DiagramOptions o = options;
    if (const auto lines = footnotesFrom(footnotes, g))
        o.footnotes = lines(diagram.renderer().drawnRelations(o));
    return DiagramWriter::write(diagram.renderer(), o, format, out, error);
}

QStringList DiagramCommand::deck(std::shared_ptr<const KnowledgeGraph> graph,
                                 const QList<SavedView>& views, const DiagramOptions& options,
                                 DiagramWriter::Format format, const QString& out, QString* error,
                                 ProjectStore* footnotes)
{
    QList<Slide> slides;
    for (const SavedView& v : views) {
        Slide s = Slide::fromPayload(v.payload);
        if (s.title.isEmpty())
            s.title = v.name;
        slides << s;
    }
    const KnowledgeGraph* g = graph.get();
    SlideDeck deck(std::move(graph), slides);
    deck.setFootnotes(footnotesFrom(footnotes, g));
    if (format != DiagramWriter::Format::Pdf)
        return deck.writeFiles(out, format, options, error);
    return deck.writePdf(out, options, error) ? QStringList{out} : QStringList{};
}

} // namespace entente
