#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;

namespace entente {

class CommandPaletteModel;

/**
 * The Ctrl+K palette: a frameless box over the top of the window with a line edit and the
 * best matches below it. Typing filters (through CommandPaletteModel), Up/Down/PageUp/PageDown
 * move in the list without leaving the line edit, Enter runs the current row, Esc or a click
 * elsewhere closes it. It only reports the choice; what a choice does is the caller's.
 */
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    /** `parent` is the window it floats over. */
    CommandPalette(CommandPaletteModel* model, QWidget* parent);

    /** Shows the palette over its window with an empty query and the keyboard in the line edit. */
    void popup();
    QLineEdit* lineEdit() const { return m_edit; }
    QTreeView* list() const { return m_list; }
    CommandPaletteModel* model() const { return m_model; }

signals:
    void entityChosen(const QString& id);
    void commandChosen(QAction* action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    void activate(int row);
    void updateHint();

    CommandPaletteModel* m_model;
    QLineEdit* m_edit;
    QTreeView* m_list;
    QLabel* m_hint;
};

} // namespace entente
