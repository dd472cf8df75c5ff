#include "commandpalette.h"

#include "models/commandpalettemodel.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace entente {

CommandPalette::CommandPalette(CommandPaletteModel* model, QWidget* parent)
    : QFrame(parent), m_model(model), m_edit(new QLineEdit(this)), m_list(new QTreeView(this)),
      m_hint(new QLabel(this))
{
    // A child of the window rather than a top-level popup: it moves with the window, needs no
    // window-manager help, and keeps keyboard focus in the same window.
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#commandPalette { background: palette(base); border: 1px solid "
                                 "#9a9a9a; border-radius: 6px; }"));
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    m_edit->setPlaceholderText(
        tr("Go to an entity, or run a command (start with > for commands only)"));
    m_edit->setAccessibleName(tr("Command palette"));
    m_edit->setClearButtonEnabled(true);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_edit->setFont(big);
    m_edit->installEventFilter(this);

    m_list->setModel(model);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(18, 18));
    m_list->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the line edit
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAlternatingRowColors(false);

    m_hint->setContentsMargins(4, 0, 4, 0);
    m_hint->setStyleSheet(QStringLiteral("color: #6a6a6a;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        updateHint();
    });
    connect(m_list, &QTreeView::clicked, this,
            [this](const QModelIndex& index) { activate(index.row()); });
    // Focus moving anywhere outside (a click on the canvas, another window) closes the palette.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    hide();
}

void CommandPalette::popup()
{
    m_edit->clear();
    m_model->setQuery(QString());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    updateHint();
    place();
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::place()
{
    const QWidget* window = parentWidget();
    const int width = std::min(680, window->width() - 40);
    const int height = std::min(440, window->height() - 80);
    setGeometry((window->width() - width) / 2, 56, width, height);
}

void CommandPalette::updateHint()
{
    const int rows = m_model->rowCount();
    m_hint->setText(
        rows == 0 ? tr("Nothing matches — try part of a name, an abbreviation or a menu command")
                  : tr("↑↓ to choose · Enter to go · Esc to close"));
}

void CommandPalette::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    const int command = index.data(CommandPaletteModel::CommandRole).toInt();
    const QString id = index.data(CommandPaletteModel::IdRole).toString();
    QAction* action =
        command >= 0 ? m_model->commands()[static_cast<size_t>(command)].action.data() : nullptr;
    hide(); // before the choice runs: it may open a dialog or move the focus
    if (action)
        emit commandChosen(action);
    else if (!id.isEmpty())
        emit entityChosen(id);
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        auto moveTo = [&](int row) {
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::clamp(row, 0, rows - 1), 0));
            return true;
        };
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(current >= 0 ? current : 0);
            return true;
        case Qt::Key_Down:
            return moveTo(current + 1);
        case Qt::Key_Up:
            return moveTo(current - 1);
        case Qt::Key_PageDown:
            return moveTo(current + 10);
        case Qt::Key_PageUp:
            return moveTo(current - 10);
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace entente
