#pragma once

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace entente {

/**
 * The Slides dock: the project's saved views as an ordered list of slides. Reorder by drag
 * or Up/Down, rename, set a slide's title, delete, present full screen, export the deck. It
 * owns only the list on screen; every change goes out as a signal for the app to store.
 */
class SlidesPanel : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString title;
    };

    explicit SlidesPanel(QWidget* parent = nullptr);

    void setSlides(const QList<Entry>& slides, bool editable);
    /** Slide ids in the order shown. */
    QList<qint64> order() const;
    qint64 currentId() const;
    void setCurrentRow(int row);
    /** Moves the current slide one place up (-1) or down (+1) and emits orderChanged(). */
    void moveCurrent(int step);

signals:
    void orderChanged(const QList<qint64>& ids);
    void showRequested(qint64 id);
    void renameRequested(qint64 id);
    void titleRequested(qint64 id);
    void deleteRequested(qint64 id);
    void presentRequested();
    void exportRequested();

private:
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_rename;
    QPushButton* m_title;
    QPushButton* m_delete;
    QPushButton* m_present;
    QPushButton* m_export;
    bool m_editable = false;
};

} // namespace entente
