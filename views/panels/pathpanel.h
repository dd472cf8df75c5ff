#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace entente {

class EntityListModel;

/** One found path as the panel shows it: a sentence, its hops with their sources, and its items. */
struct PathRow
{
    QString sentence;
    QStringList hops; ///< one readable line per hop, with dates
    QStringList hopSources; ///< sources of each hop ("title <url>; …")
    QList<QStringList> evidence; ///< CSV rows: from id, from name, relation id, kind, start, end, to id, to name, sources
    std::vector<int> vertices;
    std::vector<int> relations;
};

/**
 * "How are A and B connected": two entity fields with completion, how many paths, whether
 * they must respect time and the current filter; results as readable sentences with dates and
 * sources on every hop. Selecting a result highlights it on the canvas; results can be copied
 * as text or exported as a CSV evidence table.
 */
class PathPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PathPanel(EntityListModel* entities, QWidget* parent = nullptr);

    void setEndpoints(const QString& from, const QString& to);
    void setFrom(const QString& text);
    void setTo(const QString& text);
    void setResults(const QList<PathRow>& rows, const QString& message);
    const QList<PathRow>& results() const { return m_rows; }
    QString resultsAsText() const;
    /** Writes the evidence table; returns false (and says why in the panel) on failure. */
    bool exportCsv(const QString& path);

    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* weightsEdit() const { return m_weights; }
    QListWidget* resultList() const { return m_list; }

public slots:
    void find();

signals:
    /** `weights` is "kind=weight, …" (empty: every hop counts 1). */
    void findRequested(const QString& from, const QString& to, int k, bool timeRespecting, bool useFilter, const QString& weights);
    void pathActivated(int row);

private:
    QLineEdit* m_from;
    QLineEdit* m_to;
    QSpinBox* m_k;
    QCheckBox* m_timeRespecting;
    QCheckBox* m_useFilter;
    QLineEdit* m_weights;
    QLabel* m_message;
    QListWidget* m_list;
    QList<PathRow> m_rows;
};

} // namespace entente
