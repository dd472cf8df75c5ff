#pragma once

#include "core/citation.h"
#include "core/source.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace entente {

/**
 * The sources of one entity or relation in an edit dialog: a table of the cited sources with
 * page, quote and confidence per citation, a picker over the project's source library, and
 * "New source…" for one that is not there yet (kept as a new source for the edit to write).
 * With nothing cited it says that the record will show as unsourced.
 */
class SourcePicker : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePicker(QWidget* parent = nullptr);

    /** The sources that can be cited (the project's library). */
    void setLibrary(const QList<Source>& library);
    void setCitations(const QStringList& keys, const QMap<QString, Citation>& citations);

    QStringList keys() const;
    /** Citation details of the cited keys that have any. */
    QMap<QString, Citation> citations() const;
    /** Sources made with "New source…" and still cited: the edit writes them first. */
    QList<Source> newSources() const;

    /** Cites a library source by key (what the "Cite" button does); false if unknown. */
    bool cite(const QString& key);
    /** Adds a new source to the library and cites it (what "New source…" does after its form). */
    void citeNew(const Source& source);
    QTableWidget* table() const { return m_table; }
    QComboBox* libraryBox() const { return m_library; }

private:
    void addRow(const Source& source, const Citation& citation);
    void updateHint();
    void askNewSource();

    QList<Source> m_sources; ///< library plus new ones
    QList<Source> m_new;
    QTableWidget* m_table;
    QComboBox* m_library;
    QLabel* m_hint;
};

} // namespace entente
