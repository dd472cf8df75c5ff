#pragma once

#include "core/relation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace entente {

class KnowledgeGraph;
class SourcePicker;

/**
 * Creates or changes one relation: endpoints (id, name or alias), kind — only the kinds the
 * vocabulary allows between the endpoints' entity kinds are offered — dates, attributes and a
 * note. OK checks everything (EditCheck) and shows the first problem inline.
 */
class RelationEditDialog : public QDialog
{
    Q_OBJECT
public:
    RelationEditDialog(const KnowledgeGraph& graph, const Relation& relation, bool isNew,
                       QWidget* parent = nullptr);

    Relation relation(QString* error = nullptr) const;
    QString errorText() const;
    /** Kind ids currently offered. */
    QStringList offeredKinds() const;

    void accept() override;
    /** The cited sources; the caller gives it the project's library. */
    SourcePicker* sourcePicker() const { return m_sources; }

private:
    /** Vertex for what was typed in an endpoint field (id, or exact name or alias), or -1. */
    int resolve(const QLineEdit* field) const;
    void refillKinds();
    QString noKindMessage(int source, int target) const;

    const KnowledgeGraph& m_graph;
    Relation m_original;
    bool m_isNew;
    QLineEdit* m_source;
    QComboBox* m_kind;
    QLineEdit* m_target;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QPlainTextEdit* m_attributes;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    SourcePicker* m_sources;
};

} // namespace entente
