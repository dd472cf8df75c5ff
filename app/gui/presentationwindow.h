#pragma once

#include "export/diagramoptions.h"

#include <QHash>
#include <QImage>
#include <QWidget>
#include <memory>

namespace entente {

class SlideDeck;

/**
 * Presentation mode: the slides full screen, one at a time, drawn exactly as the deck export
 * draws them. Right, Down, Space and Page Down step forward; Left, Up, Backspace and Page Up
 * step back; Home and End jump; Esc ends.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    PresentationWindow(std::unique_ptr<SlideDeck> deck, const DiagramOptions& options,
                       QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int current() const { return m_current; }
    int count() const;
    void showSlide(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::unique_ptr<SlideDeck> m_deck;
    DiagramOptions m_options;
    int m_current = 0;
    QHash<int, QImage> m_images; ///< slides drawn so far; stepping back is instant
};

} // namespace entente
