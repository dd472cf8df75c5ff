#include "graphexporter.h"

#include "csvgraphwriter.h"
#include "cytoscapejsonwriter.h"
#include "dotwriter.h"
#include "gexfwriter.h"
#include "graphmlwriter.h"
#include "graphsnapshot.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace entente {

namespace {

/** A file written beside its final name and put in place by commit(). */
class OutputFile
{
public:
    explicit OutputFile(const QString& path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            throw StoreError(StoreError::Code::Io,
                             QStringLiteral("%1: cannot write the file: %2").arg(path, m_file.errorString()));
    }
    QIODevice& device() { return m_file; }
    void commit()
    {
        if (!m_file.commit())
            throw StoreError(StoreError::Code::Io,
                             QStringLiteral("%1: cannot write the file: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    QSaveFile m_file;
};

} // namespace

std::pair<QString, QString> GraphExporter::csvPaths(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {QDir(path).filePath(QStringLiteral("nodes.csv")), QDir(path).filePath(QStringLiteral("edges.csv"))};
    QString base = path;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return {base + QStringLiteral("-nodes.csv"), base + QStringLiteral("-edges.csv")};
}

QStringList GraphExporter::exportProject(ProjectStore& store, GraphFormat format, const QString& path,
                                         const ExportOptions& options)
{
    return write(GraphSnapshot::load(store, options.entityIds), format, path, options);
}

QStringList GraphExporter::write(const GraphSnapshot& snapshot, GraphFormat format, const QString& path,
                                 const ExportOptions& options)
{
    if (format == GraphFormat::Auto)
        format = graphFormatForExtension(path);
    if (format == GraphFormat::Csv) {
        const auto [nodesPath, edgesPath] = csvPaths(path);
        OutputFile nodes(nodesPath);
        OutputFile edges(edgesPath);
        CsvGraphWriter::write(snapshot, nodes.device(), edges.device(), options);
        nodes.commit();
        edges.commit();
        return {nodesPath, edgesPath};
    }
    OutputFile out(path);
    switch (format) {
    case GraphFormat::GraphMl:
        GraphmlWriter::write(snapshot, out.device(), options);
        break;
    case GraphFormat::Gexf:
        GexfWriter::write(snapshot, out.device(), options);
        break;
    case GraphFormat::Json:
        CytoscapeJsonWriter::write(snapshot, out.device(), options);
        break;
    case GraphFormat::Dot:
        DotWriter::write(snapshot, out.device(), options);
        break;
    case GraphFormat::Csv:
    case GraphFormat::Auto:
        throw StoreError(StoreError::Code::Io,
                         QStringLiteral("%1: cannot tell the format from the name; expected .graphml, .gexf, "
                                        ".csv, .json or .dot")
                             .arg(path));
    }
    out.commit();
    return {path};
}

} // namespace entente
