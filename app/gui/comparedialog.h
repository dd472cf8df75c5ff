#pragma once

#include <QDialog>

class QLineEdit;
class QTextBrowser;

namespace entente {

class EntityListModel;
class FilterController;
class GraphDocument;

/** Compare two actors: shared organisations, treaties and alliances, and their Jaccard score. */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(GraphDocument* document, EntityListModel* entities, FilterController* filter, QWidget* parent = nullptr);
    void compare(const QString& a, const QString& b);
    QString resultText() const;

private:
    GraphDocument* m_document;
    FilterController* m_filter;
    QLineEdit* m_a;
    QLineEdit* m_b;
    QTextBrowser* m_result;
};

} // namespace entente
