#pragma once

#include "core/entity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace entente {

class KnowledgeGraph;
class SourcePicker;

/**
 * Creates or changes one entity: id, kind, category, name, aliases, description, region,
 * dates with their precision and free attributes. OK checks everything (EditCheck) and shows
 * the first problem inline instead of closing — nothing is silently corrected.
 */
class EntityEditDialog : public QDialog
{
    Q_OBJECT
public:
    EntityEditDialog(const KnowledgeGraph& graph, const Entity& entity, bool isNew,
                     QWidget* parent = nullptr);

    /** The entity as the fields describe it; `error` gets the first field that does not parse. */
    Entity entity(QString* error = nullptr) const;
    /** The message shown inline, empty when none. */
    QString errorText() const;

    void accept() override;
    /** The cited sources; the caller gives it the project's library. */
    SourcePicker* sourcePicker() const { return m_sources; }

private:
    const KnowledgeGraph& m_graph;
    Entity m_original;
    bool m_isNew;
    bool m_idTouched = false;
    QLineEdit* m_id;
    QComboBox* m_kind;
    QComboBox* m_category;
    QLineEdit* m_name;
    QLineEdit* m_aliases;
    QPlainTextEdit* m_description;
    QLineEdit* m_region;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QPlainTextEdit* m_attributes;
    QLabel* m_error;
    SourcePicker* m_sources;
};

} // namespace entente
