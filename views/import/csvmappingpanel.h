#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace entente {

/**
 * The column-mapping step of a CSV import: one row per column of the file with an example
 * value and a menu of what the column means (id, name, source, target, attribute, ignore…),
 * a preview of the first records as they would be imported, the problems found (with
 * line:column) and a summary of what the import would add, update and skip. Owns only its
 * widgets: the meanings on offer and everything it shows are given to it, and a change of
 * meaning is announced with rolesChanged() for whoever reads the file.
 */
class CsvMappingPanel : public QWidget
{
    Q_OBJECT
public:
    /** One meaning a column can have: a key handed back in roles() and the words shown. */
    struct Choice
    {
        QString key;
        QString label;
    };

    explicit CsvMappingPanel(QWidget* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    /** The file's columns, an example value of each and the key of the meaning each starts with. */
    void setColumns(const QStringList& names, const QStringList& examples,
                    const QStringList& roles);
    /** The chosen meaning of every column, as keys, in column order. */
    QStringList roles() const;
    QStringList columnNames() const { return m_names; }

    /** Records as they would be imported: a header and rows each, for entities and relations. */
    void setPreview(const QStringList& entityHeader, const QList<QStringList>& entityRows,
                    const QStringList& relationHeader, const QList<QStringList>& relationRows);
    void setProblems(const QStringList& problems);
    void setSummary(const QString& summary);

    QTableWidget* columnTable() const { return m_columns; }
    QTableWidget* entityPreview() const { return m_entities; }
    QTableWidget* relationPreview() const { return m_relations; }
    QListWidget* problemList() const { return m_problems; }
    QString summary() const;

signals:
    void rolesChanged();

private:
    static void fill(QTableWidget* table, const QStringList& header,
                     const QList<QStringList>& rows);

    QList<Choice> m_choices;
    QStringList m_names;
    QTableWidget* m_columns;
    QTabWidget* m_previewTabs;
    QTableWidget* m_entities;
    QTableWidget* m_relations;
    QListWidget* m_problems;
    QLabel* m_summary;
};

} // namespace entente
