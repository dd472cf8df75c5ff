#include "editfields.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace entente {

namespace {

QString valueText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return v.toStringList().join(QStringLiteral("; "));
    return v.toString();
}

} // namespace

QLineEdit* EditFields::dateField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setPlaceholderText(QObject::tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    return field;
}

std::optional<PartialDate> EditFields::date(const QLineEdit* field, const QString& what,
                                            QString* error)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return PartialDate();
    QString why;
    const auto d = PartialDate::parse(text, &why);
    if (!d && error)
        *error = QObject::tr("%1: %2. Write YYYY, YYYY-MM or YYYY-MM-DD.").arg(what, why);
    return d;
}

QString EditFields::attributesText(const QVariantMap& attributes)
{
    QStringList lines;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
    return lines.join(u'\n');
}

QVariantMap EditFields::attributes(const QString& text, const QVariantMap& before, QString* error)
{
    QVariantMap out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString key = colon > 0 ? line.left(colon).trimmed() : QString();
        if (key.isEmpty()) {
            if (error)
                *error = QObject::tr("Attribute line %1 (\"%2\") needs the form \"key: value\".")
                             .arg(i + 1)
                             .arg(line);
            return {};
        }
        const QString value = line.mid(colon + 1).trimmed();
        const QVariant old = before.value(key);
        if (old.isValid() && valueText(old) == value)
            out.insert(key, old);
        else if (key == QLatin1String("tags")) {
            QStringList tags;
            for (const QString& t : value.split(u';', Qt::SkipEmptyParts))
                if (!t.trimmed().isEmpty())
                    tags << t.trimmed();
            out.insert(key, tags);
        } else
            out.insert(key, value);
    }
    return out;
}

QLabel* EditFields::layOut(QDialog* dialog, QFormLayout* form)
{
    auto* label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("editError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
    label->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(label);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460);
    return label;
}

} // namespace entente
