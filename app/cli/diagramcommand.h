#pragma once

#include "export/diagramoptions.h"
#include "export/diagramwriter.h"
#include "query/filtercriteria.h"
#include "store/savedview.h"

#include <QList>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace entente {

class KnowledgeGraph;
class ProjectStore;

/**
 * The drawing half of `entente-cli export` for svg, png, pdf and --deck: lays out the chosen
 * entities offscreen (a force layout run to completion, deterministic) or replays saved views,
 * and writes the same diagram the GUI's export dialog makes. CliRunner parses; this draws.
 */
class DiagramCommand
{
public:
    /** Smallest and largest --width / --height in frame pixels. */
    static constexpr int MinLength = 200;
    static constexpr int MaxLength = 10000;

    /** A --width or --height value; 0 (after a message naming `option`) when it is not one. */
    static int parseLength(const QString& option, const QString& value, QTextStream& err);
    /**
     * Applies --width/--height: both give the frame's size; one alone keeps the aspect of the
     * frame chosen (16:9 unless --frame). False with a message when a PNG would be too large.
     */
    static bool setSize(int width, int height, DiagramOptions* options, QTextStream& err);

    /**
     * Draws with the theme named by --theme (light, dark or print; empty keeps light); false
     * with a message on `err` for any other name.
     */
    static bool applyTheme(const QString& name, QTextStream& err);
    /**
     * Draws `vertices` under `filter`; false with a message naming the file on failure. With
     * `footnotes`, the sources of the drawn relations are listed as numbered footnotes.
     */
    static bool draw(std::shared_ptr<const KnowledgeGraph> graph, std::vector<int> vertices,
                     const FilterCriteria& filter, const DiagramOptions& options,
                     DiagramWriter::Format format, const QString& out, QString* error,
                     ProjectStore* footnotes = nullptr);
    /**
     * Every saved view in slide order: one PDF page each, or one PNG/SVG file each in the folder
     * `out`. With `footnotes`, each slide lists the sources of its own relations. Returns the
     * files written, or empty with a message.
     */
    static QStringList deck(std::shared_ptr<const KnowledgeGraph> graph,
                            const QList<SavedView>& views, const DiagramOptions& options,
                            DiagramWriter::Format format, const QString& out, QString* error,
                            ProjectStore* footnotes = nullptr);
};

} // namespace entente
