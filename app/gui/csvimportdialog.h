#pragma once

#include "formats/csvcolumnmapping.h"

#include <QDialog>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QPushButton;
class QThread;
class QTimer;

namespace entente {

class CsvMappingPanel;
class KnowledgeGraph;
struct ImportResult;

/**
 * The CSV import wizard's controller and window: shows the file's columns in a
 * CsvMappingPanel with the meanings CsvGraphReader would guess, and after every change reads
 * the whole file with that mapping on a worker thread (a stale read is cancelled), then shows
 * the first records as they would be imported, the problems with line:column, and how many
 * entities and relations the open project would gain, update or skip. Owns the mapping and
 * the read that matches it, which is what Import hands over: nothing is read twice.
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    /** Reads the header of `path` (and of its partner table); throws FormatError if it cannot. */
    CsvImportDialog(const QString& path, std::shared_ptr<const KnowledgeGraph> graph,
                    QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    CsvMappingPanel* panel() const { return m_panel; }
    QPushButton* importButton() const { return m_import; }
    /** The mapping the panel shows now. */
    CsvColumnMapping mapping() const;
    /** The read made with the current mapping; null while reading or when the file is refused. */
    std::shared_ptr<const ImportResult> result() const { return m_result; }
    const QString& path() const { return m_path; }

signals:
    /** A read finished and the preview shows it (for tests and the status bar). */
    void previewReady();

private:
    void startRead();
    void showRead(int generation, std::shared_ptr<const ImportResult> result, const QString& error);
    void stopWorker();

    QString m_path;
    std::shared_ptr<const KnowledgeGraph> m_graph;
    QStringList m_columns;
    CsvMappingPanel* m_panel;
    QPushButton* m_import;
    QTimer* m_debounce;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    std::shared_ptr<const ImportResult> m_result;
};

} // namespace entente
