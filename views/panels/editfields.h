#pragma once

#include "core/partialdate.h"

#include <QString>
#include <QVariantMap>
#include <optional>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace entente {

/**
 * The text conventions the edit dialogs share: partial dates typed as YYYY, YYYY-MM or
 * YYYY-MM-DD (their precision is what was typed), attributes as "key: value" lines, and the
 * inline error label. Kept in one place so both dialogs read and write them alike.
 */
class EditFields
{
public:
    /** A field for a partial date with its placeholder. */
    static QLineEdit* dateField(QWidget* parent);
    /** Parses a date field; empty text is a null date. On error, fills `error` naming `what`. */
    static std::optional<PartialDate> date(const QLineEdit* field, const QString& what,
                                           QString* error);
    static QString attributesText(const QVariantMap& attributes);
    /** Parses "key: value" lines; keeps a value's original type when its text did not change. */
    static QVariantMap attributes(const QString& text, const QVariantMap& before, QString* error);
    /**
     * Lays out an edit dialog: the form, the red wrapping label for its one current problem
     * (returned, hidden until needed), and OK/Cancel wired to accept() and reject().
     */
    static QLabel* layOut(QDialog* dialog, QFormLayout* form);
};

} // namespace entente
