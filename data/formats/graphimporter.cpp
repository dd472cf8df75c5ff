#include "graphimporter.h"

#include "csvgraphreader.h"
#include "dotreader.h"
#include "formaterror.h"
#include "gexfreader.h"
#include "graphmlreader.h"
#include "importmerger.h"
#include "jsongraphreader.h"
#include "store/projectstore.h"

#include <QFile>
#include <QRegularExpression>

namespace entente {

namespace {

/** What the first bytes say, or Auto when they say nothing clear. */
GraphFormat sniff(const QByteArray& head)
{
    QByteArray t = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    t = t.trimmed();
    if (t.startsWith('{') || t.startsWith('['))
        return GraphFormat::Json;
    if (t.startsWith('<')) {
        if (t.contains("<gexf"))
            return GraphFormat::Gexf;
        if (t.contains("<graphml"))
            return GraphFormat::GraphMl;
        return GraphFormat::Auto;
    }
    static const QRegularExpression dot(QStringLiteral("^(strict\\s+)?(di)?graph(\\s|\\{)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (dot.match(QString::fromLatin1(t.left(64))).hasMatch())
        return GraphFormat::Dot;
    return GraphFormat::Auto;
}

} // namespace

GraphFormat GraphImporter::detect(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw FormatError(path, 0, 0,
                          QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    const QByteArray head = f.read(4096);
    const GraphFormat byExtension = graphFormatForExtension(path);
    if (head.trimmed().isEmpty() && byExtension == GraphFormat::Auto)
        throw FormatError(
            path, 1, 1,
            QStringLiteral("the file is empty; expected a graph (CSV, GraphML, GEXF or "
                           "JSON)"));
    const GraphFormat byContent = sniff(head);
    if (byContent != GraphFormat::Auto)
        return byContent;
    if (byExtension != GraphFormat::Auto)
        return byExtension;
    if (head.trimmed().startsWith('<'))
        throw FormatError(path, 1, 1,
                          QStringLiteral("an XML file that is neither GraphML nor GEXF; expected "
                                         "<graphml> or <gexf>"));
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray firstLine = head.left(lineEnd < 0 ? head.size() : lineEnd);
    if (firstLine.contains(',') || firstLine.contains(';') || firstLine.contains('\t'))
        return GraphFormat::Csv;
    throw FormatError(
        path, 1, 1,
        QStringLiteral("cannot tell the format of the file; expected CSV, GraphML, GEXF "
                       "or JSON (.csv, .graphml, .gexf, .json)"));
}

ImportResult GraphImporter::read(const QString& path, const RelationKindVocabulary& vocabulary,
                                 GraphFormat format, ProgressReporter* progress,
                                 const CsvColumnMapping& mapping)
{
    if (format == GraphFormat::Auto)
        format = detect(path);
    if (!mapping.isEmpty() && format != GraphFormat::Csv)
        throw FormatError(
            path, 0, 0,
            QStringLiteral("a column mapping applies to CSV tables, but this file is %1; "
                           "expected a .csv file")
                .arg(graphFormatName(format)));
    switch (format) {
    case GraphFormat::Csv:
        return CsvGraphReader::read(path, vocabulary, progress, mapping);
    case GraphFormat::GraphMl:
        return GraphmlReader::read(path, vocabulary, progress);
    case GraphFormat::Gexf:
        return GexfReader::read(path, vocabulary, progress);
    case GraphFormat::Json:
        return JsonGraphReader::read(path, vocabulary, progress);
    case GraphFormat::Dot:
        return DotReader::read(path, vocabulary, progress);
    case GraphFormat::Auto:
        break;
    }
    throw FormatError(
        path, 1, 1,
        QStringLiteral("cannot tell the format of the file; expected CSV, GraphML, GEXF, "
                       "JSON or DOT"));
}

ImportResult GraphImporter::readCsvTables(const QString& nodesPath, const QString& edgesPath,
                                          const RelationKindVocabulary& vocabulary,
                                          ProgressReporter* progress)
{
    return CsvGraphReader::readTables(nodesPath, edgesPath, vocabulary, progress);
}

ImportSummary GraphImporter::importInto(ProjectStore& store, const QString& path,
                                        GraphFormat format, ProgressReporter* progress,
                                        const CsvColumnMapping& mapping)
{
    const ImportResult result = read(path, store.vocabulary(), format, progress, mapping);
    return ImportMerger::merge(store, result);
}

} // namespace entente
